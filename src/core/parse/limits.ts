/**
 * What keeps a check bounded on any text a writer (or a stray binary file) can produce. Past these
 * limits a draft is reported as not checked, with a reason the writer can act on, instead of
 * exhausting the stack or the parser's time.
 */

/**
 * Deepest nesting of lists and blockquotes that is checked. Real drafts stay under ten; the
 * parser's cost and the depth of the syntax tree grow with it.
 */
export const MAX_NESTING = 100;

/** Why a draft was not checked: it then has no messages and no coverage. */
export interface NotChecked {
  reason: 'too-deep' | 'internal-error';
  /** One sentence for the writer: what is wrong and what would let the draft be checked. */
  message: string;
  /** For an internal error: where it happened, for the log and a bug report. */
  stack?: string;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9;
}

/** The space that separates a marker from what follows it is not indentation. */
function skipOneSpace(text: string, i: number): number {
  return isSpace(text.charCodeAt(i)) ? i + 1 : i;
}

/**
 * An upper estimate of how deeply any line nests lists and blockquotes: the markers that open its
 * line (`>`, `-`, `*`, `+`, `1.`, `1)`) plus, on a line that has such markers, one level per two
 * columns of further indentation (a nested list item is indented under its parent). One pass, no
 * backtracking: linear in the text.
 */
const LINE_BREAK = /\r\n?|\n/g;
/** A line whose first character after spaces and tabs may be a marker: the only lines that count. */
const CANDIDATE_LINE = /(?:^|\r\n|\r|\n)[ \t]*[>*+\-0-9]/g;

export function nestingEstimate(text: string): number {
  let deepest = 0;
  const length = text.length;
  CANDIDATE_LINE.lastIndex = 0;
  for (let found = CANDIDATE_LINE.exec(text); found; found = CANDIDATE_LINE.exec(text)) {
    const head = found[0];
    let i = found.index + (head[0] === '\r' ? (head[1] === '\n' ? 2 : 1) : head[0] === '\n' ? 1 : 0);
    let markers = 0;
    let columns = 0;
    for (;;) {
      while (i < length && isSpace(text.charCodeAt(i))) {
        columns += text.charCodeAt(i) === 9 ? 4 - (columns % 4) : 1;
        i++;
      }
      const code = text.charCodeAt(i);
      if (code === 62 /* > */) {
        markers++;
        i = skipOneSpace(text, i + 1);
        continue;
      }
      const next = i + 1 < length ? text.charCodeAt(i + 1) : 10;
      if ((code === 45 || code === 42 || code === 43) /* - * + */ && (isSpace(next) || next === 10 || next === 13)) {
        markers++;
        i = skipOneSpace(text, i + 1);
        continue;
      }
      let digits = 0;
      while (digits < 10 && text.charCodeAt(i + digits) >= 48 && text.charCodeAt(i + digits) <= 57) digits++;
      if (digits > 0 && digits < 10) {
        const delimiter = text.charCodeAt(i + digits);
        const after = i + digits + 1 < length ? text.charCodeAt(i + digits + 1) : 10;
        if ((delimiter === 46 || delimiter === 41) /* . ) */ && (isSpace(after) || after === 10 || after === 13)) {
          markers++;
          i = skipOneSpace(text, i + digits + 1);
          continue;
        }
      }
      break;
    }
    if (markers > 0) deepest = Math.max(deepest, markers + Math.floor(columns / 2));
    // On to the next candidate line, from this line's end.
    LINE_BREAK.lastIndex = i;
    if (!LINE_BREAK.test(text)) break;
    CANDIDATE_LINE.lastIndex =
      LINE_BREAK.lastIndex -
      (text[LINE_BREAK.lastIndex - 1] === '\n' && text[LINE_BREAK.lastIndex - 2] === '\r' ? 2 : 1);
  }
  return deepest;
}

/** Whether an error is the JavaScript engine running out of stack (a tree nested too deeply). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
