/**
 * The knowledge base's model: a source document, its themes and the claims it makes.
 * Claims are what the source says, not verified facts.
 */

/** The four cooperation pillars, with their fixed ids. */
export const PILLAR_IDS = ['partnerships', 'policy', 'dialogue', 'education'] as const;
export type PillarId = (typeof PILLAR_IDS)[number];

export function isPillarId(value: unknown): value is PillarId {
  return typeof value === 'string' && (PILLAR_IDS as readonly string[]).includes(value);
}

/** A place in a text: 1-based line and column, 0-based offset (UTF-16 code units). */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Point;
  end: Point;
}

export interface Claim {
  /** Stable id within the source, e.g. `un-gge`. */
  id: string;
  /** Pandoc citation key, namespaced by source, e.g. `belarus:un-gge`. */
  key: string;
  /** The exact sentence as it stands in the source. */
  text: string;
  /** Id of the theme the claim belongs to. */
  theme: string;
  /** The claim's pillar, when its theme is one. */
  pillar?: PillarId;
  /** Where the sentence stands in the source. */
  range: Range;
}

export interface Theme {
  id: string;
  title: string;
  pillar?: PillarId;
  /** Where the theme's heading (or first paragraph) stands in the source. */
  range: Range;
  claims: Claim[];
}

export interface Source {
  id: string;
  /** Namespace of the source's citation keys (`belarus` in `belarus:un-gge`). */
  namespace: string;
  title: string;
  /** The source's full text, as shipped. */
  text: string;
  themes: Theme[];
}
