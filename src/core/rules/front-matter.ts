import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { frontMatterTypos, type FrontMatterTypo } from '../edits/fixes.js';
import { analysisOf, report, ruleUrl, type RuleOptions } from './shared.js';

/** Whether a problem of the analysis (its message names the word in backticks) is about this typo. */
function names(message: string, typo: FrontMatterTypo): boolean {
  return message.includes(typo.kind === 'setting' ? `\`pillars.${typo.word}\`` : `pillar \`${typo.word}\``);
}

/**
 * Front matter settings the checker cannot use: named at their place, defaults apply meanwhile. A typo with one
 * suggestion gets its fix.
 */
const frontMatter = lintRule<Root, RuleOptions>(
  { origin: 'pillars:front-matter', url: ruleUrl('front-matter') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    const problems = analysis.frontMatter?.problems ?? [];
    const typos = problems.length ? frontMatterTypos(analysis) : [];
    for (const problem of problems) {
      const typo = typos.find((candidate) => names(problem.message, candidate));
      report(file, problem.message, problem.range, { fixes: typo ? [typo.fix] : [] });
    }
  },
);

export default frontMatter;
