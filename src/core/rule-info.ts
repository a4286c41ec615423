/**
 * The rules as data (id, default severity, summary) without their plugins, for code that names rules but never
 * runs them: the editor's settings and quick fixes. Importing `./rules/index.js` instead would load the checker
 * (unified, remark, yaml) with the plugins. A unit test holds this table equal to `RULES`.
 */
import type { RuleId, Severity } from './rules/index.js';

/** Every rule, in the order of `RULES`, with its id, default severity and summary. */
export const RULE_INFO = [
  { id: 'missing-pillar', severity: 'warning', summary: 'A pillar the draft does not cover.' },
  { id: 'thin-pillar', severity: 'info', summary: 'A pillar covered by a single piece of evidence.' },
  { id: 'unknown-citation', severity: 'error', summary: 'A citation key that names no claim.' },
  { id: 'misquote', severity: 'error', summary: 'A quotation that does not match the claim it cites.' },
  { id: 'front-matter', severity: 'warning', summary: 'Front matter settings that cannot be used.' },
] as const satisfies readonly { id: RuleId; severity: Severity; summary: string }[];

const IDS: readonly string[] = RULE_INFO.map((rule) => rule.id);

/** Whether a value is a rule's id. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && IDS.includes(value);
}
