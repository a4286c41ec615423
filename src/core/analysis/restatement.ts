/**
 * Sentences of a draft that restate a claim of the source without citing it (the uncited-claim rule). A
 * sentence restates a claim when it shares the claim's distinctive words (rare among the source's claims, by
 * word stem, in any order) and at least one of its phrases (two distinctive words that stand together in both);
 * the words every claim uses (*Belarus*, *cybersecurity*, *international*) count for little, so a sentence on
 * the same topic is not taken for a restatement.
 */
import type { Analysis } from './analyze.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { Claim } from '../framework/model.js';
import { lowerBound } from '../parse/positions.js';
import { splitSentences } from './sentences.js';
import { tokenize } from '../judgement/signals.js';
import { withoutBom } from '../parse/bom.js';
import { weakMemo } from '../caches.js';
import { detached } from './text.js';

/** Words that carry no claim of their own. */
const STOP = new Set(
  'a an and are as at be been but by for from has have in into is it its of on or so such that the their these this those through to was were which while with will would can could also not no more most other its our we they them our who whose what when where how than then there here each any all both either some very just about over under across among between own'.split(
    ' ',
  ),
);

interface ClaimProfile {
  claim: Claim;
  /** Distinctive stems and their weight (rarer among the claims: heavier). */
  weights: Map<string, number>;
  total: number;
  /** Adjacent pairs of distinctive stems (`critical infrastructure`). */
  phrases: Set<string>;
}

export interface Restatement {
  claim: Claim;
  /** Offsets of the sentence in the draft. */
  start: number;
  end: number;
  /** Share of the claim's distinctive weight the sentence holds (0 to 1). */
  score: number;
}

/** The stems of a text that can carry a claim, in order. */
function contentStems(text: string): string[] {
  return tokenize(text.toLowerCase())
    .map((token) => token.stem)
    .filter((stem) => stem.length > 2 && !STOP.has(stem) && !/^\d+$/.test(stem));
}

const profiles = weakMemo<readonly Claim[], { claims: ClaimProfile[]; byStem: Map<string, ClaimProfile[]> }>(
  'claim profiles',
);

function profilesOf(kb: KnowledgeBase) {
  let found = profiles.get(kb.claims);
  if (found) return found;
  const stemsOf = kb.claims.map((claim) => contentStems(claim.text));
  const df = new Map<string, number>();
  for (const stems of stemsOf) for (const stem of new Set(stems)) df.set(stem, (df.get(stem) ?? 0) + 1);
  const n = kb.claims.length;
  const claims: ClaimProfile[] = kb.claims.map((claim, i) => {
    const weights = new Map<string, number>();
    // A stem in a quarter of the claims or more is the source's topic, not this claim's.
    for (const stem of stemsOf[i])
      if ((df.get(stem) ?? 0) <= Math.max(1, n / 4)) weights.set(stem, Math.log(1 + n / df.get(stem)!));
    const phrases = new Set<string>();
    const stems = stemsOf[i];
    for (let j = 1; j < stems.length; j++)
      if (weights.has(stems[j - 1]) && weights.has(stems[j])) phrases.add(`${stems[j - 1]} ${stems[j]}`);
    return { claim, weights, total: [...weights.values()].reduce((sum, weight) => sum + weight, 0), phrases };
  });
  const byStem = new Map<string, ClaimProfile[]>();
  for (const profile of claims)
    for (const stem of profile.weights.keys()) byStem.set(stem, [...(byStem.get(stem) ?? []), profile]);
  found = { claims, byStem };
  profiles.set(kb.claims, found);
  return found;
}

/** Share of a claim's distinctive weight a sentence must hold, and the fewest distinctive words shared. */
export const RESTATEMENT_SCORE = 0.5;
export const RESTATEMENT_WORDS = 4;

/** The claim a sentence restates, if any: the best one over the thresholds. */
export function restatedClaim(sentence: string, kb: KnowledgeBase): { claim: Claim; score: number } | undefined {
  const { byStem } = profilesOf(kb);
  const stems = contentStems(sentence);
  const present = new Set(stems);
  const pairs = new Set<string>();
  for (let j = 1; j < stems.length; j++) pairs.add(`${stems[j - 1]} ${stems[j]}`);
  const candidates = new Set<ClaimProfile>();
  for (const stem of present) for (const profile of byStem.get(stem) ?? []) candidates.add(profile);
  let best: { claim: Claim; score: number } | undefined;
  for (const profile of candidates) {
    let weight = 0;
    let words = 0;
    for (const [stem, w] of profile.weights) {
      if (!present.has(stem)) continue;
      weight += w;
      words++;
    }
    if (words < RESTATEMENT_WORDS || profile.total === 0) continue;
    const score = weight / profile.total;
    if (score < RESTATEMENT_SCORE) continue;
    if (![...profile.phrases].some((phrase) => pairs.has(phrase))) continue;
    if (!best || score > best.score) best = { claim: profile.claim, score };
  }
  return best;
}

const HTML_UNTIL = [
  { open: /^<(?:script|pre|style|textarea)(?=[\s>]|$)/i, close: /<\/(?:script|pre|style|textarea)>/i },
  { open: /^<!--/, close: /-->/ },
  { open: /^<\?/, close: /\?>/ },
  { open: /^<![A-Za-z]/, close: />/ },
  { open: /^<!\[CDATA\[/, close: /\]\]>/ },
];

/** A line whose first character after spaces and tabs is an ASCII letter (sticky: tried where a line starts). */
const PROSE_LINE = /[ \t]*[A-Za-z]/y;
/** A fence's characters: a line without either opens and closes none. */
const FENCE_CHAR = /[`~]/;

/**
 * The prose paragraphs of a draft (each list item one), as offsets: not its front matter, headings, code, HTML
 * (the references list), comments, tables or blockquotes (a blockquote of the source is a quotation: the misquote
 * rule's). Read line by line, erring towards reading less: a sentence this takes for prose must be prose to the
 * checker too, or citing it would not clear the finding.
 */
function proseParagraphs(analysis: Analysis): { start: number; end: number }[] {
  const text = analysis.text;
  const paragraphs: { start: number; end: number }[] = [];
  const front = analysis.frontMatter;
  let fence: string | undefined;
  let until: RegExp | undefined;
  /** Whether a paragraph may start here: after a blank line, a heading or a fence, never right after other blocks. */
  let open = true;
  let current: { start: number; end: number } | undefined;
  const close = () => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  const lineBreak = /\r\n|\r|\n/g;
  // Without a carriage return a line ends at the next line feed, found faster than by the expression.
  const feedsOnly = !text.includes('\r');
  let at = 0;
  while (at <= text.length) {
    let end: number;
    let next: number;
    if (feedsOnly) {
      const feed = text.indexOf('\n', at);
      [end, next] = feed < 0 ? [text.length, text.length + 1] : [feed, feed + 1];
    } else {
      lineBreak.lastIndex = at;
      const found = lineBreak.exec(text);
      end = found ? found.index : text.length;
      next = found ? found.index + found[0].length : text.length + 1;
    }
    const inFront = front !== undefined && at >= front.start && at < front.end;
    // Most lines are prose that starts with a letter, at the margin or indented: none of the markers below can match
    // one, so it only extends the paragraph or, at the margin, opens one (as the last branches would).
    PROSE_LINE.lastIndex = at;
    if (!fence && !until && !inFront && PROSE_LINE.test(text)) {
      if (current) current.end = end;
      else if (open && PROSE_LINE.lastIndex === at + 1) current = { start: at, end };
      else open = false;
      at = next;
      continue;
    }
    const line = text.slice(at, end);
    const trimmed = line.trim();
    // A fence may open a list item's content too (`- ```` `).
    const marker = FENCE_CHAR.test(line)
      ? /^[ \t]{0,3}(`{3,}|~{3,})/.exec(withoutBom(line).replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, ''))?.[1]
      : undefined;
    const item = /^\s*(?:[-*+]|\d{1,9}[.)])\s/.test(line);
    if (inFront) {
      close();
      open = true;
    } else if (fence) {
      // A closing fence has the opening one's character, at least as many, and nothing after it (CommonMark).
      if (
        marker &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        /^[ \t]{0,3}[`~]+[ \t]*$/.test(withoutBom(line))
      )
        fence = undefined;
    } else if (marker) {
      close();
      fence = marker;
    } else if (until) {
      if (until.test(line)) until = undefined;
    } else if (trimmed[0] === '<' && HTML_UNTIL.some((kind) => kind.open.test(trimmed))) {
      // HTML blocks that run until a closing marker, blank lines included (CommonMark kinds 1 to 5).
      close();
      const kind = HTML_UNTIL.find((candidate) => candidate.open.test(trimmed))!;
      if (!kind.close.test(trimmed.slice(1))) until = kind.close;
      open = false;
    } else if (trimmed === '') {
      close();
      open = true;
    } else if (/^\s{0,3}#/.test(line)) {
      close();
      // Inside a list or a blockquote a heading leaves the next lines' place unclear: only a top-level one opens.
      open = line.startsWith('#');
    } else if (/^\s{0,3}(<|\||:::|>)/.test(line) || (/^\s{4,}\S/.test(line) && !current)) {
      // Not prose, and the lines after it up to a blank line may be its lazy continuation.
      close();
      open = false;
    } else if (current && !item) current.end = end;
    else if ((open || current) && /^(?:(?:[-*+]|\d{1,9}[.)]) {1,3}[^\s>]|(?![-*+]\s|\d{1,9}[.)]\s)[^\s>])/.test(line)) {
      // A list item is a paragraph of its own: items seldom end in a full stop, and run together they are no sentence.
      close();
      current = { start: at, end };
    } else {
      // Anything else (a list item holding code, say) is no paragraph of prose, nor are the lines run into it.
      close();
      open = false;
    }
    at = next;
  }
  close();
  return paragraphs;
}

/**
 * What `restatedClaim` found for each sentence already read, by the knowledge base: a re-check after an edit reads
 * the same sentences again. Cleared when it grows past {@link MEMO_LIMIT} sentences.
 */
const memo = weakMemo<readonly Claim[], Map<string, { claim: Claim; score: number } | null>>('restated claims');
const MEMO_LIMIT = 200_000;

function restatedClaimMemo(sentence: string, kb: KnowledgeBase): { claim: Claim; score: number } | undefined {
  let known = memo.get(kb.claims);
  if (!known) memo.set(kb.claims, (known = new Map()));
  let found = known.get(sentence);
  if (found === undefined) {
    if (known.size >= MEMO_LIMIT) known.clear();
    found = restatedClaim(sentence, kb) ?? null;
    known.set(sentence, found);
  }
  return found ?? undefined;
}

/**
 * Whether a span overlaps any of `spans`, in a logarithmic number of steps: the spans sorted by start, with the
 * largest end up to each (so nested or overlapping spans are handled exactly).
 */
function overlapIndex(spans: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (let i = 0; i < sorted.length; i++) maxEnd.push(Math.max(sorted[i].end, i ? maxEnd[i - 1] : -Infinity));
  return (start, end) => {
    // The last span that starts before `end`: one of the spans up to it overlaps when the largest end among them passes
    // `start`.
    const low = lowerBound(sorted, end, (span) => span.start);
    return low > 0 && maxEnd[low - 1] > start;
  };
}

/**
 * Every sentence of the draft's prose that restates a claim and carries no citation (quoted words are the misquote
 * rule's).
 */
export function uncitedRestatements(analysis: Analysis, kb: KnowledgeBase): Restatement[] {
  const found: Restatement[] = [];
  const cited = overlapIndex(analysis.citations.map((use) => use.citation));
  const quoted = overlapIndex(analysis.quotes);
  for (const paragraph of proseParagraphs(analysis)) {
    const body = analysis.text.slice(paragraph.start, paragraph.end);
    // Code spans and inline HTML can hide words from the checker: such a paragraph is left alone.
    if (/[`<]/.test(body)) continue;
    for (const restated of restatingSentences(body, kb)) {
      const start = paragraph.start + restated.start;
      const end = paragraph.start + restated.end;
      if (cited(start, end)) continue;
      if (quoted(start, end)) continue;
      found.push({ claim: restated.claim, start, end, score: restated.score });
    }
  }
  return found;
}

/**
 * The sentences of a paragraph that restate a claim, offsets into it, by the knowledge base and the paragraph's text:
 * a re-check reads an unchanged paragraph's sentences no more. Cleared when it holds {@link PARAGRAPH_LIMIT}
 * paragraphs.
 */
const paragraphMemo = weakMemo<readonly Claim[], Map<string, readonly Restatement[]>>('restating sentences');
/** Paragraphs the memo keeps at most: some 20 MB of text, the paragraphs of several drafts of 1 MB. */
const PARAGRAPH_LIMIT = 20_000;
const NONE: readonly Restatement[] = [];

function restatingSentences(body: string, kb: KnowledgeBase): readonly Restatement[] {
  let known = paragraphMemo.get(kb.claims);
  if (!known) paragraphMemo.set(kb.claims, (known = new Map()));
  let restating = known.get(body);
  if (restating === undefined) {
    // Kept apart from the draft's text, which the memo's keys would otherwise keep alive.
    const own = detached(body);
    const found: Restatement[] = [];
    for (const span of splitSentences(own)) {
      const match = restatedClaimMemo(own.slice(span.start, span.end), kb);
      if (match) found.push({ claim: match.claim, start: span.start, end: span.end, score: match.score });
    }
    restating = found.length ? found : NONE;
    if (known.size >= PARAGRAPH_LIMIT) known.clear();
    known.set(own, restating);
  }
  return restating;
}
