/**
 * A framework as plain data: what `loadFramework` reads from a framework file (docs/frameworks.md). Shaped like the
 * knowledge base's `Source`, `Theme` and `Claim` (src/core/framework/model.ts) and the checker's `Pillar`
 * (src/core/framework/pillars.ts), except that a pillar id is any string the file chooses rather than one of the four
 * built-in `PillarId`s: once pillar ids are data, a `Framework`'s `source` is a `Source`.
 */
import type { Range, SourceMetadata } from './model.js';
import type { Pillar, Signal } from './pillars.js';

export type { Signal };

/** One sentence of a framework's `##` section: what a draft can cite as `[@namespace:id]`. */
export interface FrameworkClaim {
  /** The key without its namespace, e.g. `protect-critical-infrastructure`. */
  id: string;
  /** Pandoc citation key, `namespace:id`. */
  key: string;
  /** The sentence as it reads in the framework (inline Markdown removed, line breaks as spaces). */
  text: string;
  /** Id of the theme (the `##` section) it stands in. */
  theme: string;
  /** The pillar of its theme, when its theme is one. */
  pillar?: string;
  /** Where the sentence stands in the framework file. */
  range: Range;
  /** Whether the key comes from the front matter's `keys:` map (else it was derived, and may shift on edits). */
  pinned: boolean;
}

/** A `##` section of a framework file. */
export interface FrameworkTheme {
  /** The heading's slug: `## Protecting critical infrastructure` → `protecting-critical-infrastructure`. */
  id: string;
  /** The heading as written (inline Markdown removed). */
  title: string;
  /** The id of the pillar this theme is, if it is one. */
  pillar?: string;
  /** Where the heading stands. */
  range: Range;
  claims: FrameworkClaim[];
}

/** What a pillar's vocabulary was made from. */
export type VocabularySource = 'curated' | 'derived';

/**
 * A pillar of a framework: a theme that drafts are checked for. Its fields are the checker's `Pillar`'s (its id
 * the front matter's name, else the theme id; its description the front matter's, else the section's first
 * sentence; its lead claim the section's first unless the front matter names one; its signals curated, or derived
 * from the section), with the theme it is and where its vocabulary came from; its framework is the file's.
 */
export interface FrameworkPillar extends Omit<Pillar, 'framework'> {
  /** The theme (section) it is. */
  theme: string;
  vocabulary: VocabularySource;
}

/** The framework's sources as a knowledge base reads them (see `Source` in src/core/framework/model.ts). */
export interface FrameworkSource {
  /** The framework's id: its namespace. */
  id: string;
  namespace: string;
  title: string;
  /** The framework file's full text, as given (byte order mark included): ranges count from its start. */
  text: string;
  themes: FrameworkTheme[];
  metadata?: SourceMetadata;
}

export interface Framework {
  source: FrameworkSource;
  /** The pillars, in the order the front matter names them (else the sections' order). */
  pillars: FrameworkPillar[];
}

/**
 * Something wrong with a framework file. `error`: the file is not what it says (it should fail a CLI run);
 * `warning`: it loads as written, but something is likely a mistake or will shift a key. Either way, what can
 * be loaded is loaded.
 */
export interface FrameworkProblem {
  severity: 'error' | 'warning';
  /** 1-based line in the framework file. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
  /** What is wrong and what would fix it, in one sentence. */
  message: string;
}

/** A framework file's problem, with the file it is in: printed `file:line:column: severity: message`. */
export interface FrameworkFileProblem extends Partial<FrameworkProblem> {
  file: string;
  severity: 'error' | 'warning';
  message: string;
}

/** A framework file as read: what loaded (nothing when it could not be read) and its problems. */
export interface LoadedFrameworkFile {
  file: string;
  framework?: Framework;
  problems: FrameworkFileProblem[];
}

export interface LoadedFramework {
  framework: Framework;
  problems: FrameworkProblem[];
}
