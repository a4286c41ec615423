import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { coversCommentFix, insertSectionFix, skipPillarFix } from '../edits/fixes.js';
import { analysisOf, pillarName, report, ruleUrl, type RuleOptions } from './shared.js';
import { bomLength } from '../parse/bom.js';

/** One message per pillar the draft does not cover, on its title (or at the passing mention). */
const missingPillar = lintRule<Root, RuleOptions>(
  { origin: 'pillars:missing-pillar', url: ruleUrl('missing-pillar') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    for (const [id, coverage] of Object.entries(analysis.coverage)) {
      if (coverage.status !== 'missing') continue;
      const title = pillarName(analysis, id);
      const coverHint = analysis.pillars.get(id)?.coverHint ?? 'add a section or paragraph on it';
      const skip = skipPillarFix(analysis, id);
      const mention = coverage.passing[0];
      if (coverage.placeholder) {
        // A skeleton was inserted and not yet written: point at its prompt, and offer no second one.
        const reason = `Pillar “${title}” has a section still to be written: replace its prompt with what the draft says (the prompt is not evidence).`;
        report(file, reason, coverage.placeholder, { pillar: id, fixes: skip ? [skip] : [] });
        continue;
      }
      const reason = mention
        ? `Pillar “${title}” is only mentioned in passing (“${mention.excerpt}”): ${coverHint}.`
        : `Draft does not cover the pillar “${title}”: ${coverHint}.`;
      const place =
        mention?.range ??
        (analysis.title ? analysis.lines.range(analysis.title.start, analysis.title.end) : firstLine(analysis));
      const fixes = [insertSectionFix(analysis, id)];
      if (skip) fixes.push(skip);
      if (mention?.blockStart !== undefined) fixes.push(coversCommentFix(analysis, id, mention.blockStart));
      report(file, reason, place, { pillar: id, fixes });
    }
  },
);

/** The draft's first line, after a byte order mark (which editors do not show). */
function firstLine(analysis: ReturnType<typeof analysisOf>) {
  const start = bomLength(analysis.text);
  const end = /^[^\r\n]*/.exec(analysis.text)![0].length;
  return analysis.lines.range(Math.min(start, end), end);
}

export default missingPillar;
