/**
 * Bibliography files of CSL items: CSL JSON (Pandoc, Quarto, Zotero, citeproc-js), CSL YAML (Pandoc's
 * `references:`, also usable in a draft's front matter) and BibLaTeX (LaTeX with biber; Pandoc reads it too).
 * Pandoc tells a bibliography's format by its file's extension: {@link formatOfFile}.
 */
import { stringify as stringifyYaml } from 'yaml';
import { cslJson } from './csl-json.js';
import { VERBATIM_FIELDS, type CslDate, type CslItem } from './entries.js';

export const BIBLIOGRAPHY_FORMATS = ['csl-json', 'csl-yaml', 'biblatex'] as const;
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

/** The extension Pandoc reads each format by. */
export const FORMAT_EXTENSIONS: Record<BibliographyFormat, string> = {
  'csl-json': '.json',
  'csl-yaml': '.yaml',
  biblatex: '.bib',
};

export function isBibliographyFormat(value: unknown): value is BibliographyFormat {
  return typeof value === 'string' && (BIBLIOGRAPHY_FORMATS as readonly string[]).includes(value);
}

/** The format Pandoc reads a bibliography file in, by its extension (`.bibtex` is BibTeX, read as BibLaTeX here). */
export function formatOfFile(file: string): BibliographyFormat | undefined {
  const extension = /\.[^./\\]+$/.exec(file)?.[0].toLowerCase();
  if (extension === '.json') return 'csl-json';
  if (extension === '.yaml' || extension === '.yml') return 'csl-yaml';
  if (extension === '.bib' || extension === '.bibtex') return 'biblatex';
  return undefined;
}

const isVerbatim = (field: string) => (VERBATIM_FIELDS as readonly string[]).includes(field);

/** CSL YAML values are Markdown to Pandoc: `[…]{.nocase}`, and nothing the writer wrote read as Markdown. */
function markdownText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#@$~^|]/g, '\\$&');
}

function cslYaml(items: readonly CslItem[]): string {
  const marked = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([field, value]) => {
        if (field === 'container-author')
          return [field, (value as { literal: string }[]).map((name) => ({ literal: markdownText(name.literal) }))];
        if (typeof value !== 'string' || field === 'id' || field === 'type' || field === 'URL') return [field, value];
        return [field, isVerbatim(field) ? `[${markdownText(value)}]{.nocase}` : markdownText(value)];
      }),
    ),
  );
  return stringifyYaml({ references: marked }, { lineWidth: 0 });
}

/** LaTeX's special characters, escaped; braces protect a value's case (a quotation keeps its words as written). */
function latexText(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) =>
    ch === '\\' ? '\\textbackslash{}' : ch === '^' ? '\\^{}' : ch === '~' ? '\\~{}' : `\\${ch}`,
  );
}

function biblatexDate(date: CslDate): string {
  if ('literal' in date) return latexText(date.literal);
  return date['date-parts'][0]
    .map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0')))
    .join('-');
}

function biblatex(items: readonly CslItem[]): string {
  const entries = items.map((item) => {
    const fields: [string, string][] = [
      ['title', `{${latexText(item.title)}}`],
      ['shorttitle', `{${latexText(item['title-short'])}}`],
      // A `type` is printed as written, braces and all: no braces of its own.
      ['type', latexText(item.genre)],
      ['booktitle', latexText(item['container-title'])],
    ];
    // Organisations and names as written: double braces, so that no style splits them into given and family names.
    if (item['container-author'])
      fields.push(['bookauthor', item['container-author'].map((name) => `{${latexText(name.literal)}}`).join(' and ')]);
    if (item.issued) fields.push(['date', biblatexDate(item.issued)]);
    if (item.publisher) fields.push(['publisher', latexText(item.publisher)]);
    if (item.URL) fields.push(['url', item.URL.replace(/[{}]/g, (ch) => `\\${ch}`)]);
    fields.push(['label', latexText(item['citation-label'])]);
    // @inbook: a part of a book (Pandoc reads it as a chapter); @inreference: an entry (Pandoc: entry-encyclopedia).
    const type = item.type === 'chapter' ? 'inbook' : 'inreference';
    return `@${type}{${item.id},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
  });
  return `${entries.join('\n\n')}\n`;
}

/** What the file is, said at its top where the format allows comments (CSL JSON does not). */
export const BIBLIOGRAPHY_NOTE =
  'The claims of the source, one entry per citation key: what the source says, not verified facts. Written by `pillars bibliography`: write it again rather than edit it.';

/** The items as a bibliography file in `format`. */
export function writeBibliography(items: readonly CslItem[], format: BibliographyFormat): string {
  if (format === 'csl-yaml') return `# ${BIBLIOGRAPHY_NOTE}\n${cslYaml(items)}`;
  if (format === 'biblatex') return `% ${BIBLIOGRAPHY_NOTE}\n\n${biblatex(items)}`;
  return cslJson(items);
}
