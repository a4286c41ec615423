/**
 * How signals add up to coverage: the thresholds, and the weighing of a block's or a section's
 * signals (the strongest signal of each family counts once). Shared by the facts read from each
 * piece and by the analysis that joins them.
 */
import type { PillarId } from './model.js';
import type { SignalMatch } from './signals.js';

/** A block's signals must reach this weight, from at least two distinct signals, to be coverage. */
export const BLOCK_WEIGHT = 4;
/**
 * A section, list or table, taken whole, must reach this weight from at least three distinct
 * signals: words spread over a section add up more easily than words in one paragraph.
 */
export const SECTION_WEIGHT = 6;

/** Length of an evidence excerpt. */
export const EXCERPT = 80;

/** Signals and the offset to add to theirs. */
export interface Signalled {
  signals: readonly SignalMatch[];
  at: number;
}

export interface Weighed {
  weight: number;
  /** Distinct signals with a weight (false friends count against, not towards). */
  count: number;
  /** Offsets of the counted signals, first seen first. */
  counted: { start: number; end: number }[];
}

/** The pillar's signals in the members, the strongest of each family. */
export function weigh(members: readonly Signalled[], id: PillarId): Weighed {
  let distinct: Map<string, { match: SignalMatch; at: number }> | undefined;
  for (const member of members) {
    for (const match of member.signals) {
      if (match.pillar !== id) continue;
      distinct ??= new Map();
      const held = distinct.get(match.signal.family);
      if (!held || held.match.signal.weight < match.signal.weight) distinct.set(match.signal.family, { match, at: member.at });
    }
  }
  let weight = 0;
  const counted: { start: number; end: number }[] = [];
  for (const { match, at } of distinct?.values() ?? []) {
    weight += match.signal.weight;
    if (match.signal.weight > 0) counted.push({ start: match.start + at, end: match.end + at });
  }
  return { weight, count: counted.length, counted };
}

export function covers(w: Weighed, threshold: number, signals = 2): boolean {
  return w.count >= signals && w.weight >= threshold;
}

/** The text from `start` to `end`, white space collapsed, cut to an excerpt's length. */
export function excerpt(text: string, start: number, end: number): string {
  // The start of a long block is enough, unless white space takes most of it.
  if (end - start > EXCERPT * 4) {
    const head = text.slice(start, start + EXCERPT * 4).replace(/\s+/g, ' ').trim();
    if (head.length > EXCERPT) return `${head.slice(0, EXCERPT - 1)}…`;
  }
  const slice = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return slice.length > EXCERPT ? `${slice.slice(0, EXCERPT - 1)}…` : slice;
}
