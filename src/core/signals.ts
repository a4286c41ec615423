import type { PillarId } from './model.js';
import { PILLARS, type Signal } from './pillars.js';

/** A signal found in a draft: which pillar, which signal, and where (offsets into the draft). */
export interface SignalMatch {
  pillar: PillarId;
  signal: Signal;
  start: number;
  end: number;
}

interface Phrase {
  stems: string[];
  pillar: PillarId;
  signal: Signal;
}

interface Token {
  stem: string;
  start: number;
  end: number;
}

/** Words, possibly joined by `&` (R&D) or ending in a possessive. Linear: no nested quantifiers. */
const WORD = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*/gu;

/**
 * A light inflectional stem: plural, past and -ing endings and a final e, and no more, so that
 * "training" meets "trained" but "deliberately" never meets "deliberation" (as Porter's would).
 */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (!/^[a-z]+$/.test(w) || w.length <= 3) return w;
  const keep = (candidate: string) => (candidate.length >= 3 ? candidate : w);
  if (w.endsWith('ies') && w.length > 4) w = keep(`${w.slice(0, -3)}y`);
  else if (w.endsWith('ied') && w.length > 4) w = keep(`${w.slice(0, -3)}y`);
  else if (/(?:ss|us|is)$/.test(w)) {
    // "business", "status", "analysis": not plurals.
  } else if (/(?:ches|shes|sses|xes|zes)$/.test(w)) w = keep(w.slice(0, -2));
  else if (w.endsWith('s')) w = keep(w.slice(0, -1));
  else if (w.endsWith('ing') && w.length > 5) w = keep(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = keep(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Splits text into stemmed tokens with their offsets (plus `base`). */
export function tokenize(text: string, base = 0): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    tokens.push({ stem: stem(match[0]), start: base + match.index, end: base + match.index + match[0].length });
  }
  return tokens;
}

/** Phrases indexed by their first stem, longest first, so that matching is one pass over the tokens. */
function buildIndex(): Map<string, Phrase[]> {
  const index = new Map<string, Phrase[]>();
  for (const pillar of PILLARS) {
    for (const signal of pillar.signals) {
      for (const form of signal.forms) {
        const stems = tokenize(form).map((token) => token.stem);
        if (stems.length === 0) continue;
        const list = index.get(stems[0]) ?? [];
        // Forms that stem alike ("dialogue", "dialogues") are one phrase.
        if (list.some((phrase) => phrase.pillar === pillar.id && phrase.stems.join(' ') === stems.join(' '))) continue;
        list.push({ stems, pillar: pillar.id, signal });
        index.set(stems[0], list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return index;
}

let phraseIndex: Map<string, Phrase[]> | undefined;

/**
 * Finds every pillar signal in `text`. Each token is looked at once and a phrase is tried only
 * where its first word stands, so the cost is linear in the text whatever it holds.
 * Where a phrase matches, its words are consumed: "lessons learned" is not also "learn".
 */
export function findSignals(text: string, base = 0): SignalMatch[] {
  phraseIndex ??= buildIndex();
  const tokens = tokenize(text, base);
  const matches: SignalMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const candidates = phraseIndex.get(tokens[i].stem);
    let consumed = 0;
    if (candidates) {
      for (const phrase of candidates) {
        if (i + phrase.stems.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < phrase.stems.length && ok; k++) ok = tokens[i + k].stem === phrase.stems[k];
        if (!ok) continue;
        const length = phrase.stems.length;
        // One phrase can signal more than one pillar ("specialists"); keep each, once.
        if (consumed && consumed !== length) break;
        matches.push({ pillar: phrase.pillar, signal: phrase.signal, start: tokens[i].start, end: tokens[i + length - 1].end });
        consumed = length;
      }
    }
    i += consumed || 1;
  }
  // Exact length: a list grown by pushing keeps room for more, and a long draft keeps many of them.
  return matches.length ? matches.slice() : matches;
}
