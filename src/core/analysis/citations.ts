/**
 * Pandoc citations: `[@key]`, `[see @a, p. 3; -@b]`, `[@{key}]`, and, for keys in a known
 * namespace, author-in-text `@key`. Offsets are into the text given.
 */

export interface CitationItem {
  key: string;
  /** Offsets of the key (without `@` and braces). */
  start: number;
  end: number;
  /** `-@key`: the author is suppressed. */
  suppressAuthor: boolean;
  prefix: string;
  /** Locator and suffix after the key, e.g. `, p. 3`. */
  suffix: string;
}

export interface Citation {
  /** Offsets of the whole citation, brackets included. */
  start: number;
  end: number;
  /** Whether it is a bracketed citation (else author-in-text). */
  bracketed: boolean;
  items: CitationItem[];
}

const KEY_START = /[\p{L}\p{N}_]/u;
const KEY_CHAR = /[\p{L}\p{N}_]/u;
const KEY_PUNCT = new Set([':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/']);

/** Reads a key starting at `at` (just after `@`); returns its end, or -1. */
function readKey(text: string, at: number): { start: number; end: number; next: number } | undefined {
  if (text[at] === '{') {
    const close = text.indexOf('}', at + 1);
    if (close < 0 || close === at + 1 || /[\r\n{]/.test(text.slice(at + 1, close))) return undefined;
    return { start: at + 1, end: close, next: close + 1 };
  }
  if (!KEY_START.test(text[at] ?? '')) return undefined;
  let end = at + 1;
  while (end < text.length) {
    if (KEY_CHAR.test(text[end])) end++;
    else if (KEY_PUNCT.has(text[end]) && KEY_CHAR.test(text[end + 1] ?? '')) end += 2;
    else break;
  }
  return { start: at, end, next: end };
}

function parseItems(text: string, from: number, to: number): CitationItem[] | undefined {
  const items: CitationItem[] = [];
  let pieceStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ';') continue;
    const piece = text.slice(pieceStart, i);
    const at = findAt(piece);
    if (at < 0) return undefined;
    const keyAt = pieceStart + at + 1;
    const key = readKey(text, keyAt);
    if (!key) return undefined;
    const suppress = at > 0 && piece[at - 1] === '-';
    items.push({
      key: text.slice(key.start, key.end),
      start: key.start,
      end: key.end,
      suppressAuthor: suppress,
      prefix: piece.slice(0, suppress ? at - 1 : at).trim(),
      suffix: text.slice(key.next, i).trim(),
    });
    pieceStart = i + 1;
  }
  return items;
}

/** Index of the `@` that starts a key in a citation piece: at the start or after a space or `-`. */
function findAt(piece: string): number {
  for (let i = 0; i < piece.length; i++) {
    if (piece[i] !== '@') continue;
    const before = i === 0 ? ' ' : piece[i - 1];
    if (/[\s\-[]/.test(before) || i === 0) return i;
  }
  return -1;
}

/** Whether the line after the line break at `at` holds only white space (or the text ends). */
function blankLineAfter(text: string, at: number): boolean {
  let i = text[at] === '\r' && text[at + 1] === '\n' ? at + 2 : at + 1;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') return true;
    if (!/\s/.test(ch)) return false;
  }
  return true;
}

/**
 * Finds citations in `text`. Bracketed groups must not nest and must stay within one paragraph;
 * `knownNamespaces` turns on author-in-text `@ns:key` outside brackets (an e-mail address never matches).
 */
export function findCitations(text: string, knownNamespaces: readonly string[] = []): Citation[] {
  const citations: Citation[] = [];
  let open = -1;
  let hasAt = false;
  // Only brackets, `@` and line breaks matter: jump from one to the next.
  const interesting = /[[\]@\r\n]/g;
  for (let found = interesting.exec(text); found; found = interesting.exec(text)) {
    const i = found.index;
    const ch = text[i];
    if (ch === '[') {
      open = i;
      hasAt = false;
    } else if (ch === '@' && open >= 0) {
      hasAt = true;
    } else if (ch === ']' && open >= 0) {
      if (hasAt && text[i + 1] !== '(' && text[i + 1] !== '[') {
        const items = parseItems(text, open + 1, i);
        if (items && items.length > 0) citations.push({ start: open, end: i + 1, bracketed: true, items });
      }
      open = -1;
    } else if ((ch === '\n' || ch === '\r') && open >= 0 && blankLineAfter(text, i)) {
      open = -1;
    } else if (ch === '@' && open < 0 && knownNamespaces.length > 0) {
      const before = i === 0 ? ' ' : text[i - 1];
      if (/[\p{L}\p{N}_.]/u.test(before)) continue;
      const key = readKey(text, i + 1);
      if (!key) continue;
      const value = text.slice(key.start, key.end);
      if (!knownNamespaces.some((ns) => value.startsWith(`${ns}:`))) continue;
      citations.push({
        start: i,
        end: key.next,
        bracketed: false,
        items: [{ key: value, start: key.start, end: key.end, suppressAuthor: false, prefix: '', suffix: '' }],
      });
      interesting.lastIndex = key.next;
    }
  }
  return citations;
}

/** The citation item whose key (or `@`) covers `offset`, for hovers and completions. */
export function citationItemAt(citations: readonly Citation[], offset: number): CitationItem | undefined {
  for (const citation of citations) {
    if (offset < citation.start || offset > citation.end) continue;
    for (const item of citation.items) if (offset >= item.start - 1 && offset <= item.end) return item;
  }
  return undefined;
}
