/**
 * The rules as data (id, default severity, summary) without their plugins, for code that names rules but never
 * runs them: the editor's settings and quick fixes. `./rules/index.js` builds `RULES` from this table by adding each
 * rule's plugin; importing it instead would load the checker (unified, remark, yaml) with the plugins.
 */

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

/**
 * Every rule, in the order of `RULES`, with its id, default severity and summary. The README documents each under
 * `#rule-<id>`.
 */
export const RULE_INFO = [
  { id: 'missing-pillar', severity: 'warning', summary: 'A pillar the draft does not cover.' },
  { id: 'thin-pillar', severity: 'info', summary: 'A pillar covered by a single piece of evidence.' },
  { id: 'unknown-citation', severity: 'error', summary: 'A citation key that names no claim.' },
  { id: 'misquote', severity: 'error', summary: 'A quotation that does not match the claim it cites.' },
  { id: 'front-matter', severity: 'warning', summary: 'Front matter settings that cannot be used.' },
  {
    id: 'uncited-claim',
    severity: 'info',
    summary: 'A sentence that restates a claim of the source without citing it.',
  },
] as const satisfies readonly { id: string; severity: Severity; summary: string }[];

export type RuleId = (typeof RULE_INFO)[number]['id'];
export const RULE_IDS: RuleId[] = RULE_INFO.map((rule) => rule.id);

/** Whether a value is a rule's id. */
export function isRuleId(value: unknown): value is RuleId {
  return typeof value === 'string' && (RULE_IDS as string[]).includes(value);
}
