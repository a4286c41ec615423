/** A code or HTML block the draft leaves open at its end: text added at the end would fall inside it. */

import { bomLength } from '../parse/bom.js';
/** HTML blocks that run until a closing marker, not a blank line (CommonMark kinds 1 to 5). */
const HTML_UNTIL = [
  { open: /^<(script|pre|style|textarea)(?=[\s>]|$)/i, close: (m: RegExpExecArray) => new RegExp(`</${m[1]}>`, 'i') },
  { open: /^<!--/, close: () => /-->/ },
  { open: /^<\?/, close: () => /\?>/ },
  { open: /^<![A-Za-z]/, close: () => />/ },
  { open: /^<!\[CDATA\[/, close: () => /\]\]>/ },
];

/**
 * Start of the line of a top-level code or HTML block left open at the end of the draft (`last`: the draft's last node,
 * offsets into `text`).
 */
export function openAtEnd(last: { type: string; lineStart: number } | undefined, text: string): number | undefined {
  if (!last || (last.type !== 'code' && last.type !== 'html')) return undefined;
  const line = last.lineStart;
  const start = line === 0 ? bomLength(text) : line; // after a byte order mark
  const raw = text.slice(start, text.length).replace(/^[ \t]+/, '');
  let open = false;
  if (last.type === 'code') {
    const fence = /^(`{3,}|~{3,})/.exec(raw);
    const rows = raw.trimEnd().split(/\r\n|\r|\n/);
    open =
      fence !== null &&
      (rows.length < 2 || !new RegExp(`^[ \\t]{0,3}\\${fence[1][0]}{${fence[1].length},}[ \\t]*$`).test(rows.at(-1)!));
  } else {
    for (const kind of HTML_UNTIL) {
      const m = kind.open.exec(raw);
      if (m) {
        open = !kind.close(m).test(raw.slice(m[0].length));
        break;
      }
    }
  }
  return open ? start : undefined;
}
