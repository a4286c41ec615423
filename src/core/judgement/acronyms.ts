/**
 * Acronyms a text defines for a pillar's names. Policy writing names a strategy, a body or a programme once in full
 * and then by its letters: "the National Cybersecurity Plan (NCSP) 2023 to 2028" … "the NCSP targets …" … "officially
 * adopting the NCSP". Each later use of the letters is a mention of the same name: a signal of the same family, with
 * the same phrase (so the letters beside the full name add nothing), where the vocabulary knows only the full name.
 */
import type { SignalMatch } from './signals.js';

/** A block of a piece: where it stands in the piece's prose, and its signals (offsets from the block's start). */
export interface SignalledBlock {
  start: number;
  end: number;
  signals: readonly SignalMatch[];
}

/**
 * After a strong signal, the rest of a capitalised name (a few capitalised words, numbers, connectors) and the letters
 * in brackets: "National Cybersecurity Policy and Strategy (NCPS)", "National Cybersecurity Plan 2023-2028 (NCSP)".
 */
const DEFINED = new RegExp(
  String.raw`^(?:[ \t]+(?:(?:and|of|for|on|the|&)[ \t]+)?[\p{Lu}\p{N}][\p{L}\p{N}’'–-]*){0,5}` +
    String.raw`[ \t]*\(([\p{Lu}][\p{L}\p{N}&-]{1,11})\)`,
  'u',
);
/** Words that may open a name before the signal, with a letter of their own: "National Cyber Security Centre". */
const NAME_OPENERS = /^(?:national|federal|state|royal|joint|central|new)$/i;
/** How far after a signal its name may go on before the letters in brackets. */
const REACH = 90;

/** The letters must be initials: at least two capitals, the first the name's first letter, all of them in order. */
function abbreviates(letters: string, name: string): boolean {
  const capitals = letters.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length < 2 || capitals[0] !== name[0]?.toUpperCase()) return false;
  const upper = name.toUpperCase();
  let at = 0;
  for (const letter of capitals) {
    at = upper.indexOf(letter, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** The name a signal opens, back over opening words such as "National" (at most two). */
function nameStart(words: string, start: number): number {
  let from = start;
  for (let k = 0; k < 2; k++) {
    const before = /([\p{L}]+)[ \t]+$/u.exec(words.slice(Math.max(0, from - 24), from));
    if (!before || !NAME_OPENERS.test(before[1])) break;
    from -= before[0].length;
  }
  return from;
}

/** Where a block's letters stand for one of its strong signals, by the letters (`prose`: the piece's). */
function definitionsIn(prose: string, block: SignalledBlock, found: Map<string, SignalMatch>): void {
  for (const match of block.signals) {
    const start = block.start + match.start;
    const end = block.start + match.end;
    if (match.signal.weight < 2 || !/^\p{Lu}/u.test(prose.slice(start, end))) continue;
    const after = DEFINED.exec(prose.slice(end, Math.min(block.end, end + REACH)));
    if (!after) continue;
    const letters = after[1];
    const from = Math.max(block.start, nameStart(prose, start));
    if (!abbreviates(letters, prose.slice(from, end + after[0].length - letters.length - 2))) continue;
    if (!found.has(letters)) found.set(letters, match);
  }
}

/**
 * Each block's signals with the uses of the letters defined in it or before it (`blocks` in text order, `prose` the
 * piece's); the same list where there is none to add.
 */
export function withAcronyms(prose: string, blocks: readonly SignalledBlock[]): (readonly SignalMatch[])[] {
  const defined = new Map<string, SignalMatch>();
  let pattern: RegExp | undefined;
  let patternSize = 0;
  return blocks.map((block) => {
    const { signals } = block;
    definitionsIn(prose, block, defined);
    if (!defined.size) return signals;
    if (patternSize !== defined.size) {
      // Letters, digits, "&" and "-" only (`DEFINED`): nothing to escape.
      const alternatives = [...defined.keys()].sort((a, b) => b.length - a.length);
      pattern = new RegExp(
        `(?<![\\p{L}\\p{N}&-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}&]|-[\\p{L}\\p{N}])`,
        'gu',
      );
      patternSize = defined.size;
    }
    const words = prose.slice(block.start, block.end);
    let added: SignalMatch[] | undefined;
    for (const use of words.matchAll(pattern!)) {
      const start = use.index;
      const end = start + use[0].length;
      // The letters in their own brackets are the definition; words the vocabulary knows already speak for themselves.
      if (words[start - 1] === '(' && words[end] === ')') continue;
      if (signals.some((match) => match.start < end && start < match.end)) continue;
      const named = defined.get(use[0])!;
      (added ??= []).push({ ...named, start, end });
    }
    if (!added) return signals;
    return [...signals, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
  });
}
