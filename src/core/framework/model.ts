/**
 * The knowledge base's model: a source document, its themes and the claims it makes.
 * Claims are what the source says, not verified facts.
 */

/**
 * A pillar's id: data, as its framework names it (`partnerships`, `restraint`). Unique among the pillars a
 * draft is checked against (`PillarSet`).
 */
export type PillarId = string;

/** The built-in essay's four cooperation pillars: also the judgements a framework's pillar can borrow (`like`). */
export const BUILTIN_PILLAR_IDS = ['partnerships', 'policy', 'dialogue', 'education'] as const;
export type BuiltinPillarId = (typeof BUILTIN_PILLAR_IDS)[number];

/**
 * The built-in pillars' ids (tests and the built-in's own data; the checker reads a draft's pillars from its
 * `PillarSet`).
 */
export const PILLAR_IDS = BUILTIN_PILLAR_IDS;

/** Whether `value` is one of the built-in pillars' ids. */
export function isBuiltinPillarId(value: unknown): value is BuiltinPillarId {
  return typeof value === 'string' && (BUILTIN_PILLAR_IDS as readonly string[]).includes(value);
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

/**
 * What a bibliography needs to know of a source beyond its title, as its manifest (`metadata`) gives it.
 * The built-in essay names no author and no date: a framework that knows them says so here.
 */
export interface SourceMetadata {
  /** Who wrote or issued it, as written (a person or an organisation): never split into given and family names. */
  author?: string | string[];
  /** When it was issued: an ISO 8601 date, `2023`, `2023-05` or `2023-05-01`. */
  issued?: string;
  publisher?: string;
  /** Where it can be read. */
  url?: string;
}

export interface Source {
  id: string;
  /** Namespace of the source's citation keys (`belarus` in `belarus:un-gge`). */
  namespace: string;
  title: string;
  /** The source's full text, as shipped. */
  text: string;
  themes: Theme[];
  /** Author, date and where it was published, when the source's manifest gives them. */
  metadata?: SourceMetadata;
}
