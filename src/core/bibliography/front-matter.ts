/**
 * Naming a bibliography in a draft's front matter, for Pandoc and Quarto: the edit the editor's quick fix and
 * command make (they write the file itself beside the draft).
 */
import { isScalar, isSeq, parseDocument } from 'yaml';
import type { FrontMatter } from '../analysis/analyze.js';
import type { TextEdit } from '../edits/fixes.js';
import { lineEnding } from '../analysis/text.js';
import { bomLength } from '../parse/bom.js';

/** The file the editor writes beside a draft: CSL JSON, which Pandoc, Quarto and Zotero read. */
export const DEFAULT_BIBLIOGRAPHY_FILE = 'claims.json';

function yamlScalar(value: string): string {
  return /^[\w][\w./-]*$/.test(value) ? value : JSON.stringify(value);
}

/** The names a front matter's `bibliography` gives (one, a list, or none). */
export function bibliographyNames(data: unknown): string[] {
  const named =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>).bibliography
      : undefined;
  if (typeof named === 'string') return [named];
  return Array.isArray(named) ? named.filter((name): name is string => typeof name === 'string') : [];
}

/**
 * The edit that names `file` as a bibliography of the draft `text`: a front matter made for it, a
 * `bibliography:` line added to the draft's, or `file` added to the files it names already. Undefined when
 * it names the file already, or when its front matter is not valid YAML (fix that first).
 */
export function addBibliographyEdit(
  text: string,
  frontMatter: FrontMatter | undefined,
  file = DEFAULT_BIBLIOGRAPHY_FILE,
): TextEdit | undefined {
  const eol = lineEnding(text);
  const line = `bibliography: ${yamlScalar(file)}`;
  if (!frontMatter) {
    const at = bomLength(text);
    return { start: at, end: at, newText: `---${eol}${line}${eol}---${eol}${eol}` };
  }
  if (frontMatter.problems.some((problem) => problem.message.startsWith('Front matter is not valid YAML')))
    return undefined;
  const names = bibliographyNames(frontMatter.data);
  if (names.includes(file)) return undefined;
  const record =
    frontMatter.data !== null && typeof frontMatter.data === 'object' && !Array.isArray(frontMatter.data)
      ? (frontMatter.data as Record<string, unknown>)
      : {};
  if (!('bibliography' in record)) {
    if (frontMatter.valueEnd === frontMatter.valueStart)
      return { start: frontMatter.valueStart, end: frontMatter.valueStart, newText: `${line}${eol}` };
    return { start: frontMatter.valueEnd, end: frontMatter.valueEnd, newText: `${eol}${line}` };
  }
  // It names other files (or none, `bibliography:`): add this one, keeping the rest of the YAML (comments too) as
  // written.
  const document = parseDocument(text.slice(frontMatter.valueStart, frontMatter.valueEnd).replace(/\r\n?/g, '\n'));
  const node = document.get('bibliography', true);
  if (isSeq(node)) {
    node.items.push(document.createNode(file));
  } else if (names.length) {
    const list = document.createNode([...names, file], { flow: true });
    // A comment after the one name stays after the list.
    if (isScalar(node)) Object.assign(list, { comment: node.comment, commentBefore: node.commentBefore });
    document.set('bibliography', list);
  } else {
    document.set('bibliography', file);
  }
  return {
    start: frontMatter.valueStart,
    end: frontMatter.valueEnd,
    newText: document.toString().replace(/\n$/, '').replace(/\n/g, eol),
  };
}
