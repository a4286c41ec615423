/** The pure core: knowledge base, checker and citations. Never imports `vscode`. */
export * from './model.js';
export * from './analyze.js';
export * from './bibliography/index.js';
export * from './check.js';
export * from './citations.js';
export * from './editor-helpers.js';
export * from './fixes.js';
export * from './fix-draft.js';
export * from './knowledge-base.js';
export * from './limits.js';
export * from './pillars.js';
export * from './positions.js';
export * from './source-loader.js';
export * from './text.js';
export { RULES, RULE_IDS, isRuleId, type RuleId, type Severity, type RuleSetting } from './rules/index.js';
export { default as remarkPillars, type PillarsOptions } from './plugin.js';
export * from './report.js';
