import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { notEvidenceCommentFix } from '../edits/fixes.js';
import { analysisOf, pillarName, report, ruleUrl, type RuleOptions } from './shared.js';

const KIND = {
  heading: 'a heading',
  citation: 'a citation',
  prose: 'a paragraph',
  section: 'a section',
  marked: 'a block marked by a `pillars-covers` comment',
} as const;

/** A pillar covered by one piece of evidence only: worth strengthening. */
const thinPillar = lintRule<Root, RuleOptions>(
  { origin: 'pillars:thin-pillar', url: ruleUrl('thin-pillar') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    for (const [id, coverage] of Object.entries(analysis.coverage)) {
      if (coverage.status !== 'thin') continue;
      const evidence = coverage.evidence[0];
      const what = evidence.kind === 'citation' ? `one citation (@${evidence.claim})` : `${KIND[evidence.kind]} only`;
      report(
        file,
        `Pillar “${pillarName(analysis, id)}” rests on ${what}: discuss it in a paragraph of its own or cite more of its claims.`,
        evidence.range,
        {
          pillar: id,
          fixes:
            evidence.blockStart !== undefined && evidence.kind !== 'marked'
              ? [notEvidenceCommentFix(analysis, evidence.blockStart)]
              : [],
        },
      );
    }
  },
);

export default thinPillar;
