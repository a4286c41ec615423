import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { analysisOf, report, ruleUrl, type RuleOptions } from './shared.js';

/** Front matter settings the checker cannot use: named at their place, defaults apply meanwhile. */
const frontMatter = lintRule<Root, RuleOptions>(
  { origin: 'pillars:front-matter', url: ruleUrl('front-matter') },
  (tree, file, options) => {
    for (const problem of analysisOf(tree, file, options).frontMatter?.problems ?? []) {
      report(file, problem.message, problem.range, { fixes: [] });
    }
  },
);

export default frontMatter;
