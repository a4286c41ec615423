/**
 * The citation keys a bibliography file holds, read as Pandoc would read it: CSL JSON (`.json`), CSL YAML
 * (`.yaml`, `.yml`) and BibLaTeX or BibTeX (`.bib`, `.bibtex`). Only the keys: what the unknown-citation rule
 * needs to know that `[@smith2020]` resolves.
 */
import { parse as parseYaml } from 'yaml';
import { formatOfFile } from './formats.js';
import { withoutBom } from '../parse/bom.js';

/** A bibliography file that cannot be read, or not in the format its extension names. */
export class BibliographyError extends Error {}

function idsOf(list: unknown, what: string): string[] {
  if (!Array.isArray(list)) throw new BibliographyError(`${what} is not a list of entries`);
  return list.map((entry, index) => {
    const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
    if (typeof id !== 'string' && typeof id !== 'number')
      throw new BibliographyError(`entry ${index + 1} has no \`id\``);
    return String(id);
  });
}

/** Keys of `@type{key, …}` entries; `@string`, `@preamble` and `@comment` are not entries. */
function biblatexKeys(text: string): string[] {
  const keys: string[] = [];
  const entry = /@([A-Za-z]+)\s*[{(]\s*([^,\s{}()]*)\s*,?/g;
  for (let found = entry.exec(text); found; found = entry.exec(text)) {
    const type = found[1].toLowerCase();
    if (type === 'string' || type === 'preamble' || type === 'comment') continue;
    if (!found[2]) throw new BibliographyError(`the @${found[1]} entry at offset ${found.index} has no key`);
    keys.push(found[2]);
  }
  return keys;
}

/**
 * The keys of the bibliography `text` of file `file` (its extension says the format); `undefined` for a
 * format Pandoc reads but this does not (RIS, EndNote): then nothing is known of its keys. Throws
 * {@link BibliographyError} for a file that is not what its extension says.
 */
export function bibliographyKeys(text: string, file: string): Set<string> | undefined {
  const format = formatOfFile(file);
  if (format === 'biblatex') return new Set(biblatexKeys(text));
  if (format === 'csl-json') {
    let data: unknown;
    try {
      data = JSON.parse(withoutBom(text));
    } catch (error) {
      throw new BibliographyError(`it is not valid JSON: ${(error as Error).message}`);
    }
    return new Set(idsOf(data, 'its JSON'));
  }
  if (format === 'csl-yaml') {
    let data: unknown;
    try {
      data = parseYaml(withoutBom(text), { prettyErrors: false, logLevel: 'error' });
    } catch (error) {
      throw new BibliographyError(`it is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
    }
    const list =
      data && typeof data === 'object' && !Array.isArray(data) ? (data as { references?: unknown }).references : data;
    return new Set(idsOf(list, 'its `references`'));
  }
  return undefined;
}
