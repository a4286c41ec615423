import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { uncitedRestatements } from '../analysis/restatement.js';
import type { Fix } from '../edits/fixes.js';
import { analysisOf, knowledgeBaseOf, report, ruleUrl, type RuleOptions } from './shared.js';

/** A sentence that restates a claim of the source closely but cites nothing: cite it, or say it in your own terms. */
const uncitedClaim = lintRule<Root, RuleOptions>(
  { origin: 'pillars:uncited-claim', url: ruleUrl('uncited-claim') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    const kb = knowledgeBaseOf(options);
    for (const found of uncitedRestatements(analysis, kb)) {
      const { claim } = found;
      const sentence = analysis.text.slice(found.start, found.end);
      // Pandoc's place for a citation: before the sentence's closing punctuation.
      const stop = /[.!?;:]+["'”’)]*$/.exec(sentence);
      const at = stop ? found.start + stop.index : found.end;
      const fix: Fix = {
        title: `Cite @${claim.key}`,
        edits: [{ start: at, end: at, newText: ` [@${claim.key}]` }],
        preferred: true,
      };
      const words = claim.text.length > 60 ? `${claim.text.slice(0, 59)}…` : claim.text;
      report(
        file,
        `Sentence restates the claim @${claim.key} (“${words}”) without citing it: cite it, or say it in the draft’s own words.`,
        analysis.lines.range(found.start, found.end),
        {
          claim: claim.key,
          fixes: [fix],
        },
      );
    }
  },
);

export default uncitedClaim;
