/**
 * The part of a claim a partial quotation stands for, so that restoring a misquotation puts back the words the
 * writer quoted and no more: `that Belarus “has implementd robust policies”` becomes `that Belarus “has
 * implemented robust cybersecurity policies”`, not the whole sentence with its subject and full stop.
 */
import { normalizeQuote } from './text.js';

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)].map((match) => ({
    word: normalizeQuote(match[0]).toLowerCase(),
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Whether two words are one word misspelt or inflected (`implementd`, `implemented`). */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 4) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.min(a.length, b.length) - 2;
}

/** Length of the longest common subsequence of two word lists (alike words count as equal). */
function common(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 0; j < b.length; j++)
      row[j + 1] = alike(word, b[j]) ? previous[j] + 1 : Math.max(previous[j + 1], row[j]);
    previous = row;
  }
  return previous[b.length];
}

/**
 * The claim's words that a quotation renders: the run of the claim's words that shares most words with it in
 * order, from its first word to its last (a word or two more or fewer than quoted). The whole claim when the
 * quotation shares too little with any run to tell, or renders most of the sentence.
 */
/** Words no quotation ends on when the claim goes on: the run takes the word they lead to. */
const FUNCTION_WORD = /^(?:a|an|the|of|in|on|at|to|for|with|by|from|and|or|its|their|our|as|into|than)$/i;

export function quotedSpan(quote: string, claimText: string): string {
  const quoted = wordsOf(quote).map((word) => word.word);
  const claim = wordsOf(claimText);
  if (quoted.length === 0 || claim.length === 0) return claimText;
  const words = claim.map((word) => word.word);
  let best = { score: -Infinity, first: 0, last: claim.length - 1, shared: 0 };
  const slack = 3;
  for (let first = 0; first < claim.length; first++) {
    for (let last = first; last < claim.length && last - first + 1 <= quoted.length + slack; last++) {
      const size = last - first + 1;
      if (size < quoted.length - slack) continue;
      const shared = common(quoted, words.slice(first, last + 1));
      // Every word shared counts for, every word of the claim not quoted against: the tightest run wins.
      const score = shared * 2 - size;
      if (score > best.score) best = { score, first, last, shared };
    }
  }
  if (best.shared < Math.ceil(quoted.length / 2)) return claimText;
  // A run ends on a word that says something, and a quotation that ended the sentence ends with it: "combat cyber
  // threats in solitude." is "combat cyber threats in isolation.", not "… cyber threats in".
  const endsSentence = /[.!?]["'”’]?\s*$/.test(quote);
  while (best.last < claim.length - 1 && FUNCTION_WORD.test(words[best.last])) best.last++;
  if (endsSentence && claim.length - 1 - best.last <= slack) best.last = claim.length - 1;
  if (best.first === 0 && best.last === claim.length - 1) return claimText;
  const span = claimText.slice(claim[best.first].start, claim[best.last].end);
  // The sentence's full stop only when the quotation ended the sentence.
  return best.last === claim.length - 1 && endsSentence ? claimText.slice(claim[best.first].start) : span;
}
