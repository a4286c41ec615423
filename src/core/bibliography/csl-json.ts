/**
 * CSL JSON, the bibliography format Pandoc, Quarto, Zotero and citeproc-js all read. Apart from the other
 * formats: the editor writes it (claims.json) and must not load the YAML library to do so.
 */
import { VERBATIM_FIELDS, type CslItem } from './entries.js';

const isVerbatim = (field: string) => (VERBATIM_FIELDS as readonly string[]).includes(field);

/**
 * CSL JSON's rich text is a little HTML: `<span class="nocase">` keeps a title's case (no title-casing of a quotation).
 */
function htmlText(text: string): string {
  return text.replace(/&/g, '&#38;').replace(/</g, '&#60;').replace(/>/g, '&#62;');
}

/** The items as a CSL JSON file. */
export function cslJson(items: readonly CslItem[]): string {
  const marked = items.map((item) =>
    Object.fromEntries(
      Object.entries(item).map(([field, value]) => {
        if (typeof value !== 'string' || field === 'id' || field === 'type' || field === 'URL') return [field, value];
        return [field, isVerbatim(field) ? `<span class="nocase">${htmlText(value)}</span>` : htmlText(value)];
      }),
    ),
  );
  return `${JSON.stringify(marked, null, 2)}\n`;
}
