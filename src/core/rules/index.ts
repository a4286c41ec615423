import frontMatter from './front-matter.js';
import misquote from './misquote.js';
import missingPillar from './missing-pillar.js';
import thinPillar from './thin-pillar.js';
import unknownCitation from './unknown-citation.js';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/** Every rule, with its id and default severity. The README documents each under `#rule-<id>`. */
export const RULES = [
  { id: 'missing-pillar', plugin: missingPillar, severity: 'warning', summary: 'A pillar the draft does not cover.' },
  { id: 'thin-pillar', plugin: thinPillar, severity: 'info', summary: 'A pillar covered by a single piece of evidence.' },
  { id: 'unknown-citation', plugin: unknownCitation, severity: 'error', summary: 'A citation key that names no claim.' },
  { id: 'misquote', plugin: misquote, severity: 'error', summary: 'A quotation that does not match the claim it cites.' },
  { id: 'front-matter', plugin: frontMatter, severity: 'warning', summary: 'Front matter settings that cannot be used.' },
] as const satisfies readonly { id: string; severity: Severity; summary: string; plugin: unknown }[];

export type RuleId = (typeof RULES)[number]['id'];
export const RULE_IDS: RuleId[] = RULES.map((rule) => rule.id);

export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as string[]).includes(value);
}
