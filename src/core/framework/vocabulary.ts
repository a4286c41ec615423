/**
 * A pillar's vocabulary as data: signal lines (the built-in framework file's format), read with checks, and the
 * vocabulary a pillar gets from its own section when the framework gives none.
 */
import { stem } from '../judgement/signals.js';
import type { Signal } from './pillars.js';

/** A signal line read, or why it cannot be. */
export type ReadSignal = { signal: Signal; problem?: undefined } | { signal?: undefined; problem: string };

const WEIGHTS: Record<string, { weight: 0 | 1 | 2; naming: boolean }> = {
  '0': { weight: 0, naming: false },
  '1': { weight: 1, naming: false },
  '1n': { weight: 1, naming: true },
  '2': { weight: 2, naming: true },
};

/** Characters of regular expressions and globs: a form is plain words, never a pattern run on drafts. */
const PATTERN_CHARACTERS = /[*+?()[\]{}^$\\|~]/;

/**
 * Reads one signal line (as the built-in pillars' were read when they were written in code, so its
 * format is read again here; `test/unit/framework-loader.test.ts` holds the two to the same results):
 * `'2 memorandum of understanding|mou ~mou'` is a strong signal (weight 2) with two forms, of the family `mou`;
 * `1` is a weak signal, `1n` a weak one that names the pillar in a heading, `0` a false friend; a form written
 * `=FIRST` matches only in that case. Unlike `signals()`, a line it cannot read is a problem, not a guess.
 */
export function readSignalLine(line: string): ReadSignal {
  const trimmed = line.trim();
  const match = /^(\S+)\s+(.*)$/.exec(trimmed);
  if (!match) {
    return {
      problem: `"${trimmed}" is not a signal line: write a weight (2, 1, 1n or 0), then forms separated by |, e.g. "2 national strategy|action plan ~strategy"`,
    };
  }
  const [, weightText, rest] = match;
  const weight = WEIGHTS[weightText];
  if (!weight) {
    return {
      problem: `"${weightText}" is not a signal weight: use 2 (strong), 1 (weak), 1n (weak, names the pillar in a heading) or 0 (false friend)`,
    };
  }
  const familyMatch = /\s~(\S*)$/.exec(` ${rest}`);
  if (familyMatch && familyMatch[1] === '') return { problem: 'a family is written ~name, with no space after the ~' };
  const body = familyMatch ? ` ${rest}`.slice(0, familyMatch.index).trim() : rest;
  const forms = body.split('|').map((form) => form.trim());
  for (const form of forms) {
    if (form === '' || form === '=')
      return { problem: `"${body}" has an empty form: forms are separated by single | marks` };
    const plain = form.startsWith('=') ? form.slice(1) : form;
    if (PATTERN_CHARACTERS.test(plain) || plain.includes('=')) {
      return {
        problem: `the form "${form}" is not plain words: forms are words and phrases (any inflection matches), never patterns`,
      };
    }
    if (!/[\p{L}\p{N}]/u.test(plain)) return { problem: `the form "${form}" has no word in it` };
  }
  const id = forms[0].replace(/^=/, '');
  const family = familyMatch?.[1] ?? id;
  return { signal: { id, family, weight: weight.weight, naming: weight.naming, forms } };
}

/**
 * False friends of a pillar written as a list of phrases: one weight-0 signal, as the built-in framework writes them.
 */
export function falseFriendSignal(phrases: string[]): Signal {
  return { id: phrases[0], family: 'false', weight: 0, naming: false, forms: phrases };
}

/**
 * English words that carry no topic: function words, auxiliaries, and the connectives of policy prose. They never
 * become signals, alone or in a phrase.
 */
const STOP_WORDS = new Set(
  `a about above across after again against all almost along already also although always among amongst an and
  another any anyone anything are aren around as at be became because become becomes been before being below
  between both but by can cannot could did do does doing done down during each either else enough especially
  etc even ever every few for from further had has have having he her here hers herself him himself his how
  however i if in including into is isn it its itself just least less like made make makes many may me might
  more most much must my myself neither no nor not now of off often on once one only onto or other others
  otherwise our ours ourselves out over own per rather same several shall she should since so some such than
  that the their theirs them themselves then there therefore these they this those though through thus to too
  toward towards under unless until up upon us use used uses using very via was we well were what whatever when
  whenever where whether which while who whom whose why will with within without would yet you your yours
  yourself e g i e eg ie`.split(/\s+/),
);

/** Words of the text, lower case, with where phrases break: `null` stands for a stop word or a sentence end. */
function words(text: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:&[\p{L}\p{N}]+)*(?:['’]s(?![\p{L}\p{N}]))?|[.;:!?,()]/gu)) {
    const word = match[0].toLowerCase().replace(/['’]s$/, '');
    if (/^[.;:!?,()]$/.test(word) || STOP_WORDS.has(word) || word.length < 3 || /^\d/.test(word)) out.push(null);
    else out.push(word);
  }
  return out;
}

/** A section's text for the vocabulary: its heading (read twice: a heading names its topic) and its sentences. */
export interface SectionText {
  heading: string;
  sentences: string[];
}

interface Term {
  count: number;
  /** The term as it was written most often (signals compare stems, so one form per stem is enough). */
  forms: Map<string, number>;
  first: number;
}

function countTerms(section: SectionText): { words: Map<string, Term>; pairs: Map<string, Term> } {
  const result = { words: new Map<string, Term>(), pairs: new Map<string, Term>() };
  let order = 0;
  const add = (map: Map<string, Term>, key: string, form: string) => {
    const term = map.get(key) ?? { count: 0, forms: new Map<string, number>(), first: order++ };
    term.count++;
    term.forms.set(form, (term.forms.get(form) ?? 0) + 1);
    map.set(key, term);
  };
  for (const text of [section.heading, section.heading, ...section.sentences]) {
    const list = words(text);
    for (let i = 0; i < list.length; i++) {
      const word = list[i];
      if (word === null) continue;
      add(result.words, stem(word), word);
      const next = list[i + 1];
      if (next) add(result.pairs, `${stem(word)} ${stem(next)}`, `${word} ${next}`);
    }
  }
  return result;
}

function commonest(forms: Map<string, number>): string {
  return [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}

/** How many phrases and words a derived vocabulary keeps at most. */
export const DERIVED_PHRASES = 4;
export const DERIVED_WORDS = 6;

/**
 * The vocabulary of a pillar whose framework gives no signals, from its own section, so that a framework written
 * in nothing but Markdown still gets a useful check.
 *
 * Method. Each section's heading (counted twice) and sentences are cut into words; stop words, numbers and words
 * of one or two letters are left out, and break phrases. Words are compared by stem (the checker's own `stem`, so
 * "protect", "protection" and "protecting" are one term); two-word phrases are pairs of adjacent kept words.
 * For each term, `here` is how often it occurs in this section and `elsewhere` how often in all the other sections
 * (pillars or not) together. A term is distinctive when its share, here / (here + elsewhere), is at least 3/4: it
 * is mostly this section's. Distinctive terms are ranked by here × share (frequent and distinctive first, the
 * earlier one first on a tie):
 * - phrases that occur at least twice here (a heading's phrase counts twice) become weight-2 signals, at most
 *   `DERIVED_PHRASES`, each of the family of its last word's stem (a phrase and its head word count once per block);
 * - words that occur at least twice here become weight-1 signals, at most `DERIVED_WORDS`, those of the heading as
 *   `1n` (they name the pillar in a heading), each of the family of its stem. A word a kept phrase holds still
 *   counts on its own (as "partner" does beside "partnership" in the built-in vocabulary).
 * When a section is too short for any word to occur twice, words that occur only here (share 1) are taken instead,
 * so a one-paragraph pillar is never without vocabulary.
 */
export function deriveVocabulary(sections: readonly SectionText[], index: number): Signal[] {
  const counted = sections.map(countTerms);
  const own = counted[index];
  const elsewhere = (kind: 'words' | 'pairs', key: string) =>
    counted.reduce((sum, other, at) => (at === index ? sum : sum + (other[kind].get(key)?.count ?? 0)), 0);
  const ranked = (kind: 'words' | 'pairs', minimum: number, minimumShare: number) =>
    [...own[kind]]
      .map(([key, term]) => {
        const share = term.count / (term.count + elsewhere(kind, key));
        return { key, term, share, score: term.count * share };
      })
      .filter((entry) => entry.term.count >= minimum && entry.share >= minimumShare)
      .sort((a, b) => b.score - a.score || a.term.first - b.term.first);

  const headingStems = new Set(
    words(sections[index].heading)
      .filter((word): word is string => word !== null)
      .map(stem),
  );
  const signals: Signal[] = [];
  for (const { key, term } of ranked('pairs', 2, 0.75).slice(0, DERIVED_PHRASES)) {
    const form = commonest(term.forms);
    signals.push({ id: form, family: key.split(' ')[1], weight: 2, naming: true, forms: [form] });
  }
  let chosenWords = ranked('words', 2, 0.75);
  if (chosenWords.length === 0) chosenWords = ranked('words', 1, 1);
  for (const { key, term } of chosenWords.slice(0, DERIVED_WORDS)) {
    const form = commonest(term.forms);
    signals.push({ id: form, family: key, weight: 1, naming: headingStems.has(key), forms: [form] });
  }
  return signals;
}
