/** Text normalisation shared by the loader, the citation index and the misquote rule. */

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};

/** Straightens quote marks, folds white space and dashes, so that a quotation compares with its source. */
export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (ch) => QUOTES[ch])
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-case ASCII slug: `Building Partnerships` → `building-partnerships`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The first line break of a text (`\r\n`, `\r` or `\n`), or `\n` when it has none: what inserted lines should use. */
export function lineEnding(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}

/**
 * A copy of `text` that refers to no longer string: V8 keeps the string a slice was taken from
 * alive as long as the slice, and flattening a concatenation makes a string of its own (a slice
 * shorter than 13 characters is a copy already).
 */
export function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}
