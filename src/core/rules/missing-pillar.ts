import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { PILLAR_IDS } from '../model.js';
import { pillar } from '../pillars.js';
import { insertSectionFix, skipPillarFix } from '../fixes.js';
import { analysisOf, report, ruleUrl, type RuleOptions } from './shared.js';

/** One message per pillar the draft does not cover, on its title (or at the passing mention). */
const missingPillar = lintRule<Root, RuleOptions>(
  { origin: 'pillars:missing-pillar', url: ruleUrl('missing-pillar') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    for (const id of PILLAR_IDS) {
      const coverage = analysis.coverage[id];
      if (coverage.status !== 'missing') continue;
      const { title, coverHint } = pillar(id);
      const mention = coverage.passing[0];
      const reason = mention
        ? `Pillar “${title}” is only mentioned in passing (“${mention.excerpt}”): ${coverHint}.`
        : `Draft does not cover the pillar “${title}”: ${coverHint}.`;
      const place = mention?.range ?? (analysis.title ? analysis.lines.range(analysis.title.start, analysis.title.end) : firstLine(analysis));
      const skip = skipPillarFix(analysis, id);
      report(file, reason, place, { pillar: id, fixes: skip ? [insertSectionFix(analysis, id), skip] : [insertSectionFix(analysis, id)] });
    }
  },
);

/** The draft's first line, after a byte order mark (which editors do not show). */
function firstLine(analysis: ReturnType<typeof analysisOf>) {
  const start = analysis.text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const end = /^[^\r\n]*/.exec(analysis.text)![0].length;
  return analysis.lines.range(Math.min(start, end), end);
}

export default missingPillar;
