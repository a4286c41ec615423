/**
 * Sentence boundaries with offsets. Small and predictable on purpose: the source texts are
 * edited prose, and keys are pinned by a test, so every boundary must be explainable.
 */

/** Words that end with a full stop without ending a sentence. Lower case, without the stop. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'cf',
  'al',
  'approx',
  'ca',
  'art',
  'arts',
  'para',
  'paras',
  'p',
  'pp',
  'ch',
  'sec',
  'fig',
  'vol',
  'ed',
  'eds',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'govt',
  'min',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'col',
  'lt',
  'rev',
  'hon',
]);

const CLOSERS = new Set(['"', "'", '\u2019', '\u201D', ')', ']', '\u00BB']);
const OPENERS = new Set(['"', "'", '\u2018', '\u201C', '(', '[', '\u00AB']);

export interface SentenceSpan {
  start: number;
  end: number;
}

function isUpperOrDigit(ch: string): boolean {
  return /\p{Lu}|\p{Nd}/u.test(ch);
}

function wordBefore(text: string, index: number): string {
  let start = index;
  while (start > 0 && /[\p{L}\p{N}.]/u.test(text[start - 1])) start--;
  return text.slice(start, index).toLowerCase();
}

/**
 * Splits `text` into sentences. Spans exclude surrounding white space; a trailing fragment
 * without a terminator is a sentence too.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  let i = start;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '.' || ch === '!' || ch === '?' || ch === '\u2026') {
      let end = i + 1;
      while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < text.length && CLOSERS.has(text[end])) end++;
      const next = skipSpace(text, end);
      const atEnd = next >= text.length;
      const boundary =
        atEnd ||
        (next > end && (isUpperOrDigit(text[next]) || OPENERS.has(text[next])) && !isAbbreviation(text, i, ch));
      if (boundary) {
        spans.push({ start, end });
        start = next;
        i = next;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  const tailEnd = trimEnd(text, text.length);
  if (start < tailEnd) spans.push({ start, end: tailEnd });
  return spans;
}

function isAbbreviation(text: string, stopIndex: number, stop: string): boolean {
  if (stop !== '.') return false;
  const word = wordBefore(text, stopIndex);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // "No. 5" numbers a thing; "said no. Then" ends a sentence.
  if ((word === 'no' || word === 'nos') && /^\s*\d/.test(text.slice(stopIndex + 1))) return true;
  // A single letter is an initial ("J. Smith"), a dotted acronym ("U.S.") likewise.
  if (/^\p{L}$/u.test(word)) return true;
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

function skipSpace(text: string, index: number): number {
  while (index < text.length && /\s/.test(text[index])) index++;
  return index;
}

function trimEnd(text: string, index: number): number {
  while (index > 0 && /\s/.test(text[index - 1])) index--;
  return index;
}
