import type { Root } from 'mdast';
import { lintRule } from 'unified-lint-rule';
import { replaceKeyFixes } from '../fixes.js';
import { analysisOf, knowledgeBaseOf, report, ruleUrl, type RuleOptions } from './shared.js';

/**
 * A citation key that names no claim. Keys outside the sources' namespaces are left alone when the
 * front matter names a Pandoc bibliography, where they resolve.
 */
const unknownCitation = lintRule<Root, RuleOptions>(
  { origin: 'pillars:unknown-citation', url: ruleUrl('unknown-citation') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    const kb = knowledgeBaseOf(options);
    const namespaces = kb.namespaces;
    for (const use of analysis.citations) {
      use.citation.items.forEach((item, i) => {
        if (use.claims[i]) return;
        const namespaced = namespaces.some((ns) => item.key.startsWith(`${ns}:`));
        if (!namespaced && analysis.frontMatter?.hasBibliography) return;
        const fixes = replaceKeyFixes(kb, item.key, item.start, item.end);
        const hint = fixes.length
          ? `did you mean ${fixes.map((fix) => fix.edits[0].newText).map((key) => `@${key}`).join(', ')}?`
          : 'cite a key listed by `pillars claims`.';
        report(file, `Citation @${item.key} names no claim in the source: ${hint}`, analysis.lines.range(item.start - 1, item.end), {
          claim: item.key,
          fixes,
        });
      });
    }
  },
);

export default unknownCitation;
