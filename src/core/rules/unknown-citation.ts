import type { Root } from 'mdast';
import { resolve } from 'node:path';
import { lintRule } from 'unified-lint-rule';
import type { VFile } from 'vfile';
import type { Analysis } from '../analysis/analyze.js';
import { draftBibliography, inBibliography, type DraftBibliography } from '../bibliography/draft.js';
import { formatOfFile } from '../bibliography/formats.js';
import { replaceKeyFixes } from '../edits/fixes.js';
import type { Range } from '../framework/model.js';
import { analysisOf, knowledgeBaseOf, report, ruleUrl, type RuleOptions } from './shared.js';

/**
 * Where the draft is on disk, for the bibliography files its front matter names relative to it:
 * `file.data.fsPath` when the caller says (empty: not on disk), else the file's path from its `cwd`.
 */
function draftPathOf(file: VFile): string | undefined {
  const fsPath = (file.data as { fsPath?: unknown }).fsPath;
  if (typeof fsPath === 'string') return fsPath || undefined;
  return file.path ? resolve(file.cwd, file.path) : undefined;
}

/** The place of the front matter's `bibliography` key (else the whole front matter). */
function bibliographyPlace(analysis: Analysis): Range {
  const frontMatter = analysis.frontMatter!;
  const yaml = analysis.text.slice(frontMatter.valueStart, frontMatter.valueEnd);
  const found = /^[ \t]*bibliography[ \t]*:/m.exec(yaml);
  if (!found) return analysis.lines.range(frontMatter.start, frontMatter.end);
  const start = frontMatter.valueStart + found.index + found[0].length - found[0].trimStart().length;
  return analysis.lines.range(start, frontMatter.valueStart + found.index + found[0].length - 1);
}

function reportFileProblems(file: VFile, analysis: Analysis, bibliography: DraftBibliography): void {
  const place = bibliographyPlace(analysis);
  if (bibliography.problem) report(file, bibliography.problem, place, { fixes: [] });
  for (const entry of bibliography.files) {
    if (!entry.problem) continue;
    const missing = entry.problem === 'there is no such file';
    const fix =
      missing && formatOfFile(entry.name)
        ? `write it with \`pillars bibliography --output ${entry.name}\` (from the draft's folder) or correct the name`
        : 'correct the file or its name';
    report(
      file,
      `Bibliography \`${entry.name}\` cannot be read (${entry.problem}${missing && entry.path ? `: ${entry.path}` : ''}): ${fix}; until then its keys are not checked.`,
      place,
      { fixes: [] },
    );
  }
}

/**
 * A citation key that names no claim. A key found in the draft's bibliographies (its front matter's
 * `bibliography` files, read from the draft's folder, and `references`) resolves; other keys outside the
 * sources' namespaces are left alone unless every bibliography could be read (Pandoc would not find them
 * either). A bibliography that cannot be read is reported once, at the front matter.
 */
const unknownCitation = lintRule<Root, RuleOptions>(
  { origin: 'pillars:unknown-citation', url: ruleUrl('unknown-citation') },
  (tree, file, options) => {
    const analysis = analysisOf(tree, file, options);
    const kb = knowledgeBaseOf(options);
    const namespaces = kb.namespaces;
    const hasBibliography = analysis.frontMatter?.hasBibliography ?? false;
    const bibliography = hasBibliography ? draftBibliography(analysis.frontMatter!.data, draftPathOf(file)) : undefined;
    if (bibliography) reportFileProblems(file, analysis, bibliography);
    const names = bibliography?.files.map((entry) => `\`${entry.name}\``).join(', ');
    for (const use of analysis.citations) {
      use.citation.items.forEach((item, i) => {
        if (use.claims[i]) return;
        if (bibliography && inBibliography(bibliography, item.key)) return;
        const namespaced = namespaces.some((ns) => item.key.startsWith(`${ns}:`));
        const range = analysis.lines.range(item.start - 1, item.end);
        if (!namespaced && hasBibliography) {
          if (!bibliography?.complete) return;
          const where = names ? `the draft's bibliography (${names})` : "the front matter's `references`";
          report(
            file,
            `Citation @${item.key} is neither a claim of the source nor an entry of ${where}: add it there, or correct the key.`,
            range,
            { claim: item.key, fixes: [] },
          );
          return;
        }
        const fixes = replaceKeyFixes(kb, item.key, item.start, item.end);
        const hint = fixes.length
          ? `did you mean ${fixes
              .map((fix) => fix.edits[0].newText)
              .map((key) => `@${key}`)
              .join(', ')}?`
          : 'cite a key listed by `pillars claims`.';
        report(file, `Citation @${item.key} names no claim in the source: ${hint}`, range, { claim: item.key, fixes });
      });
    }
  },
);

export default unknownCitation;
