/** The pure core: knowledge base, checker and citations. Never imports `vscode`. */
export * from './framework/model.js';
export * from './analysis/analyze.js';
export * from './bibliography/index.js';
export * from './check.js';
export * from './analysis/citations.js';
export * from './edits/editor-helpers.js';
export * from './edits/fixes.js';
export * from './fix-draft.js';
export * from './framework/knowledge-base.js';
export * from './parse/limits.js';
export * from './framework/pillars.js';
export * from './parse/positions.js';
export * from './framework/source-loader.js';
export * from './analysis/text.js';
export { RULES, RULE_IDS, isRuleId, type RuleId, type Severity, type RuleSetting } from './rules/index.js';
export { default as remarkPillars, type PillarsOptions } from './plugin.js';
export * from './report/report.js';
export { clearCaches } from './caches.js';
