import { RULE_INFO, type RuleId } from '../rule-info.js';
import frontMatter from './front-matter.js';
import misquote from './misquote.js';
import missingPillar from './missing-pillar.js';
import thinPillar from './thin-pillar.js';
import uncitedClaim from './uncited-claim.js';
import unknownCitation from './unknown-citation.js';

export { RULE_IDS, isRuleId, type RuleId, type RuleSetting, type Severity } from '../rule-info.js';

/** Each rule's plugin, by id: a rule without a plugin (or a plugin without a rule) does not type-check. */
const PLUGINS = {
  'missing-pillar': missingPillar,
  'thin-pillar': thinPillar,
  'unknown-citation': unknownCitation,
  misquote,
  'front-matter': frontMatter,
  'uncited-claim': uncitedClaim,
} satisfies Record<RuleId, unknown>;

/** Every rule, with its id, default severity, summary (from `rule-info.ts`) and plugin. */
export const RULES = RULE_INFO.map((rule) => ({ ...rule, plugin: PLUGINS[rule.id] }));
