import type { PillarId } from '../framework/model.js';
import { stem as porter2 } from 'porter2';
import { PILLARS, type Pillar, type Signal } from '../framework/pillars.js';
import { cacheMap } from '../caches.js';

/** A signal found in a draft: which pillar, which signal, and where (offsets into the draft). */
export interface SignalMatch {
  pillar: PillarId;
  signal: Signal;
  /** Which of the signal's phrases matched (phrases that stem alike are one): distinct ones add up. */
  phrase: number;
  start: number;
  end: number;
}

interface Phrase {
  id: number;
  stems: string[];
  pillar: PillarId;
  signal: Signal;
  /** A form that matches only in this case (`=FIRST`). */
  exact?: string;
}

interface Token {
  stem: string;
  start: number;
  end: number;
}

/** Words, possibly joined by `&` (R&D) or ending in a possessive. Linear: no nested quantifiers. */
const WORD = /[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*/gu;

/**
 * A word's stem: Porter2 (the English Snowball stemmer, from the `porter2` package), so that a
 * word family meets ("collaborate", "collaborative", "collaboratively", "collaboration";
 * "coordinate", "coordination"), after American spellings are made British ("organization",
 * "centralized", "behavior", "defense", "program") so that both spellings meet too.
 */
export function stem(word: string): string {
  return stemLower(word.toLowerCase().replace(/['’]s$/, ''));
}

/** Whether `w` is all ASCII letters a to z. */
function isPlain(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (ch < 97 || ch > 122) return false;
  }
  return true;
}

/**
 * Words Porter2 stems together with a signal they have nothing to do with: "internal" and
 * "international" would both be "intern", "universal" and "university" both "univers",
 * "deliberately" and "deliberation" both "deliber", "government" and "governance" both "govern",
 * "account" and "accountability" both "account", "consultant" and "consultation" both "consult",
 * "coordinator" (a post) and "coordination" both "coordin".
 * Each keeps a stem of its own.
 */
const OWN_STEMS = new Map<string, string>([
  ['internal', 'internal'],
  ['internally', 'internal'],
  ['universal', 'universal'],
  ['universally', 'universal'],
  ['universe', 'universe'],
  ['universes', 'universe'],
  ['deliberately', 'deliberately'],
  ['deliberate', 'deliberately'],
  ['generally', 'general'],
  ['government', 'government'],
  ['accession', 'accession'],
  ['accessions', 'accession'],
  ['governments', 'government'],
  ['accountability', 'accountability'],
  ['assistant', 'assistant'],
  ['assistants', 'assistant'],
  ['consultant', 'consultant'],
  ['consultants', 'consultant'],
  ['coordinator', 'coordinator'],
  ['coordinators', 'coordinator'],
  ['ordinator', 'ordinator'],
  ['ordinators', 'ordinator'],
  ['consultancy', 'consultancy'],
  ['consultancies', 'consultancy'],

  ['dying', 'dying'],
  ['lying', 'lying'],
  ['tying', 'tying'],
]);

/** American spellings with their British ones (a word's start, then the rest as it comes). */
const BRITISH_ROOTS: [RegExp, string][] = [
  [/^(behavio|neighbo|labo|favo|hono|colo|harbo|rumo|endeavo|vigo|humo|armo|rigo)r/, '$1ur'],
  [/^cent(er)(s|ed|ing)?$/, 'centre$2'],
  [/^(defen|licen|offen|preten)se(s)?$/, '$1ce$2'],
  [/^program(s)?$/, 'programme$1'],
  [/^(dialo|catalo|analo)g(s)?$/, '$1gue$2'],
  [/^(enrol|fulfil)l(s|ed|ing|ment|ments)?$/, '$1$2'],
];

/** `-ize`, `-ization`, `-yze` and their inflections, as British English writes them with s. */
const IZE = /([a-z]{3})(i|y)z(e|es|ed|ing|er|ers|ation|ations|ational)$/;

function british(w: string): string {
  if (w.length >= 6) {
    const ize = IZE.exec(w);
    if (ize) return `${w.slice(0, ize.index)}${ize[1]}${ize[2]}s${ize[3]}`;
  }
  for (const [root, replacement] of BRITISH_ROOTS) if (root.test(w)) return w.replace(root, replacement);
  return w;
}

/**
 * A word with letters beyond a to z (Spanish, Portuguese, French, German, Italian: "éducatifs", "políticas",
 * "università"), which Porter2 does not read: its plural -s goes, so the singular in the vocabulary finds it. No
 * other ending is stripped: these languages' derivations are listed in the vocabulary as words of their own.
 */
function pluralOf(word: string): string {
  return word.length > 4 && word.charCodeAt(word.length - 1) === 115 && word.charCodeAt(word.length - 2) !== 115
    ? word.slice(0, -1)
    : word;
}

/** Stems already found (words repeat): cleared when it grows past `STEM_MEMO_MAX`. */
const stemMemo = cacheMap<string, string>('stems');
const STEM_MEMO_MAX = 50_000;

/**
 * `stem` of a word already lower-cased, without a possessive (as `WORD` reads words). Words of
 * three letters or fewer ("un", "eu", "cbm") and words with letters beyond a to z are their own
 * stems; a longer word's stem always starts with its first three letters (`startOf` relies on it).
 */
function stemLower(word: string): string {
  if (word.length <= 3) return word;
  if (!isPlain(word)) return pluralOf(word);
  let found = stemMemo.get(word);
  if (found !== undefined) return found;
  found = OWN_STEMS.get(word) ?? porter2(british(word));
  if (
    found.length < 3 ||
    found.charCodeAt(0) !== word.charCodeAt(0) ||
    found.charCodeAt(1) !== word.charCodeAt(1) ||
    found.charCodeAt(2) !== word.charCodeAt(2)
  )
    found = word;
  if (stemMemo.size >= STEM_MEMO_MAX) stemMemo.clear();
  stemMemo.set(word, found);
  return found;
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

/** A set of pillars' signals, ready for matching: built once per `PillarSet`. */
export interface Vocabulary {
  /** Phrases indexed by their first stem, longest first, so that matching is one pass over the tokens. */
  index: Map<string, Phrase[]>;
  /**
   * The first three letters of every stem a phrase has (the whole stem when shorter). A word of
   * more than three letters stems to a stem that starts with its own first three (`stemLower`), so a word
   * whose start is not here stems to nothing a phrase holds: it is not stemmed at all.
   */
  stemStarts: Set<string>;
  /** `stemStarts` as a table, for starts of ASCII letters and digits: see `asciiKey`. */
  asciiStarts: Uint8Array;
}

/** The phrase index of the pillars' signals (see `Vocabulary`). */
export function buildVocabulary(pillars: readonly Pillar[]): Vocabulary {
  const index = new Map<string, Phrase[]>();
  let id = 0;
  for (const pillar of pillars) {
    for (const signal of pillar.signals) {
      for (const written of signal.forms) {
        const exact = written.startsWith('=') ? written.slice(1) : undefined;
        const stems = tokenize(exact ?? written).map((token) => token.stem);
        if (stems.length === 0) continue;
        const list = index.get(stems[0]) ?? [];
        // Forms that stem alike ("dialogue", "dialogues") are one phrase.
        if (
          list.some(
            (phrase) =>
              phrase.pillar === pillar.id && phrase.stems.join(' ') === stems.join(' ') && phrase.exact === exact,
          )
        )
          continue;
        list.push({ id: id++, stems, pillar: pillar.id, signal, exact });
        index.set(stems[0], list);
      }
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  const stemStarts = buildStemStarts(index);
  return { index, stemStarts, asciiStarts: buildAsciiStarts(stemStarts) };
}

let builtin: Vocabulary | undefined;

/** The built-in pillars' vocabulary. */
export function builtinVocabulary(): Vocabulary {
  return (builtin ??= buildVocabulary(PILLARS));
}

function buildStemStarts(index: Map<string, Phrase[]>): Set<string> {
  const starts = new Set<string>();
  for (const list of index.values()) for (const phrase of list) for (const s of phrase.stems) starts.add(s.slice(0, 3));
  return starts;
}

/** What the stem of a lower-cased word starts with (see `stemStarts` and `stemLower`). */
function startOf(lower: string): string {
  return lower.length <= 3 ? lower : lower.slice(0, 3);
}

/** 1–36 for an ASCII digit or letter (either case), 0 for anything else. */
function asciiDigit(ch: number): number {
  if (ch >= 97 && ch <= 122) return ch - 86; // a–z: 11–36
  if (ch >= 65 && ch <= 90) return ch - 54; // A–Z: 11–36
  if (ch >= 48 && ch <= 57) return ch - 47; // 0–9: 1–10
  return 0;
}

/** A start of one to three ASCII letters or digits as a number (`startOf` of it, lower-cased). */
function keyOf(a: number, b: number, c: number): number {
  return (a * 37 + b) * 37 + c;
}

function buildAsciiStarts(starts: Set<string>): Uint8Array {
  const table = new Uint8Array(37 * 37 * 37);
  for (const start of starts) {
    const digits = [...start].map((ch) => asciiDigit(ch.charCodeAt(0)));
    if (digits.length > 3 || digits.some((digit) => digit === 0)) continue;
    table[keyOf(digits[0] ?? 0, digits[1] ?? 0, digits[2] ?? 0)] = 1;
  }
  return table;
}

/** Letters and digits beyond ASCII (`WORD`'s), by code point, as they come. */
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const wordCharacters = cacheMap<number, boolean>('word characters');

function isWordCharacter(cp: number): boolean {
  if (cp < 128) return asciiDigit(cp) > 0;
  let known = wordCharacters.get(cp);
  if (known === undefined) {
    known = WORD_CHARACTER.test(String.fromCodePoint(cp));
    if (wordCharacters.size < 10_000) wordCharacters.set(cp, known);
  }
  return known;
}

/** A token's stem when it cannot be part of any phrase (no phrase stem is empty). */
const NO_STEM = '';

/** Tokens of the text being matched, reused from call to call: stems and offsets side by side. */
let stems: string[] = [];
let starts: number[] = [];
let ends: number[] = [];

/**
 * Reads the words of `text` as `WORD` does into `stems`, `starts` and `ends`, stemming only the
 * words whose stem could start a phrase's (`stemStarts`): the others get `NO_STEM`, and no
 * string of their own. Returns how many.
 */
function readTokens(text: string, base: number, known: Set<string>, table: Uint8Array): number {
  let count = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let cp = text.charCodeAt(i);
    if (cp < 128 ? asciiDigit(cp) === 0 : !isWordCharacter((cp = text.codePointAt(i)!))) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n) {
        cp = text.charCodeAt(i);
        if (cp < 128 ? asciiDigit(cp) === 0 : !isWordCharacter((cp = text.codePointAt(i)!))) break;
        i += cp > 0xffff ? 2 : 1;
      }
      // `&` between two words joins them ("R&D").
      if (i + 1 < n && text.charCodeAt(i) === 38 && isWordCharacter(text.codePointAt(i + 1)!)) {
        i++;
        continue;
      }
      break;
    }
    const length = i - start;
    const a = asciiDigit(text.charCodeAt(start));
    const b = length > 1 ? asciiDigit(text.charCodeAt(start + 1)) : 0;
    const c = length > 2 ? asciiDigit(text.charCodeAt(start + 2)) : 0;
    let could: boolean;
    if (a && (length < 2 || b) && (length < 3 || c)) {
      could = table[keyOf(a, length > 1 ? b : 0, length > 2 ? c : 0)] === 1;
    } else {
      could = known.has(startOf(text.slice(start, i).toLowerCase()));
    }
    stems[count] = could ? stemLower(text.slice(start, i).toLowerCase()) : NO_STEM;
    starts[count] = base + start;
    ends[count] = base + i;
    count++;
  }
  return count;
}

/**
 * Finds every signal of the vocabulary's pillars in `text`. Each token is looked at once and a phrase is tried only
 * where its first word stands, so the cost is linear in the text whatever it holds.
 * Where a phrase matches, its words are consumed: "lessons learned" is not also "learn".
 * (`fast`: read words as `readTokens` does; off, with `WORD` and every word stemmed, for tests.)
 */
export function findSignals(text: string, base = 0, fast = true, vocabulary = builtinVocabulary()): SignalMatch[] {
  const index = vocabulary.index;
  let count = 0;
  if (fast) {
    count = readTokens(text, base, vocabulary.stemStarts, vocabulary.asciiStarts);
  } else {
    for (const token of tokenize(text, base)) {
      stems[count] = token.stem;
      starts[count] = token.start;
      ends[count] = token.end;
      count++;
    }
  }
  const matches: SignalMatch[] = [];
  for (let i = 0; i < count;) {
    const candidates = stems[i] === NO_STEM ? undefined : index.get(stems[i]);
    let consumed = 0;
    if (candidates) {
      for (const phrase of candidates) {
        const length = phrase.stems.length;
        if (i + length > count) continue;
        let ok = true;
        for (let k = 1; k < length && ok; k++) ok = stems[i + k] === phrase.stems[k];
        if (
          !ok ||
          (phrase.exact !== undefined && text.slice(starts[i] - base, ends[i + length - 1] - base) !== phrase.exact)
        )
          continue;
        // One phrase can signal more than one pillar ("specialists"); keep each, once.
        if (consumed && consumed !== length) break;
        matches.push({
          pillar: phrase.pillar,
          signal: phrase.signal,
          phrase: phrase.id,
          start: starts[i],
          end: ends[i + length - 1],
        });
        consumed = length;
      }
    }
    i += consumed || 1;
  }
  // A long text's tokens are not kept for good.
  if (stems.length > 100_000) {
    stems = [];
    starts = [];
    ends = [];
  }
  // Exact length: a list grown by pushing keeps room for more, and a long draft keeps many of them.
  return matches.length ? matches.slice() : matches;
}
