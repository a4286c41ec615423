/** What the analysis of a draft gives: coverage per pillar with its evidence, citations, quotations, front matter. */
import type { Citation } from './citations.js';
import type { PieceBlock, PieceCover, Span } from './facts.js';
import type { Claim, PillarId, Range } from '../framework/model.js';
import type { PillarSet, SetFramework } from '../framework/pillar-set.js';
import type { LineIndex } from '../parse/positions.js';
import type { SignalMatch } from '../judgement/signals.js';

/** Why a pillar counts as covered: one piece of evidence in the draft. */
export interface Evidence {
  kind: 'heading' | 'citation' | 'prose' | 'section' | 'marked';
  range: Range;
  /** A short excerpt of the draft at that place. */
  excerpt: string;
  /** The signal words found (for prose, sections and headings). */
  signals: string[];
  /** The claim cited (for citations). */
  claim?: string;
  /** Where the block (paragraph, list item, heading) holding it starts: where an overruling comment goes. */
  blockStart?: number;
}

export type CoverageStatus = 'covered' | 'thin' | 'missing' | 'skipped';

export interface PillarCoverage {
  pillar: PillarId;
  /** Namespace of the pillar's framework. */
  framework?: string;
  status: CoverageStatus;
  covered: boolean;
  evidence: Evidence[];
  /** Mentions in passing: signals that fell short of coverage. */
  passing: Evidence[];
  /** The reason given in front matter, for a skipped pillar. */
  skipReason?: string;
  /** A section skeleton's prompt for the pillar, still to be replaced (never evidence). */
  placeholder?: Range;
}

export interface CitationUse {
  citation: Citation;
  /** Claims per item (undefined for a key that names no claim). */
  claims: (Claim | undefined)[];
}

export interface QuoteUse {
  /** Offsets of the quoted words (without quote marks). */
  start: number;
  end: number;
  text: string;
  citation: Citation;
  /** A blockquote's quotation over several paragraphs or nested blocks: one replacement would merge them. */
  spansBlocks?: boolean;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  /** Offsets of the YAML between the fences. */
  valueStart: number;
  valueEnd: number;
  data: unknown;
  skip: PillarId[];
  skipReason?: string;
  /** The frameworks the draft chooses (`pillars.frameworks`, by namespace): undefined for all those loaded. */
  frameworks?: string[];
  /** Keys outside the built-in namespaces resolve in a Pandoc bibliography. */
  hasBibliography: boolean;
  problems: FrontMatterProblem[];
}

export interface HeadingInfo {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  lines: LineIndex;
  /** The title heading: the draft's first node when it is a level-1 heading. */
  title?: HeadingInfo;
  /**
   * Where a fenced code block or HTML block that the draft leaves open at its end starts: text added
   * at the end would fall inside it (a draft cut off while the writer types).
   */
  openAtEnd?: number;
  headings: HeadingInfo[];
  frontMatter?: FrontMatter;
  citations: CitationUse[];
  quotes: QuoteUse[];
  /** Each checked pillar's verdict, by pillar id, in the order of `pillars.ids` (a draft's chosen frameworks only). */
  coverage: Record<PillarId, PillarCoverage>;
  /** The pillars the draft was read for (of every loaded framework). */
  pillars: PillarSet;
  /** The frameworks whose pillars were checked, with their pillars. */
  frameworks: readonly SetFramework[];
}

/** A block of the draft (paragraph, list item, table cell…) with its piece's facts placed in the draft. */
export interface Block {
  start: number;
  end: number;
  /** Signals with offsets `at` less than the draft's (from the block's start). */
  signals: readonly SignalMatch[];
  at: number;
  /** Inline quotations in the block, offsets into the draft. */
  quotes: Span[];
  /** Pillars it covers alone (bits), and how. */
  covered: number;
  prose: PieceCover[];
  /** Index of the heading whose section holds the block (-1 before any heading). */
  section: number;
  /** Pillars it has signals of (`PILLAR_BIT`). */
  bits: number;
  /** A short line standing for a heading. */
  label: boolean;
  /** Text still to be written: never evidence. */
  placeholder: boolean;
  /** What it reads as itself (a job description, a course outline: `genreOf`), as bits. */
  genre: number;
  /** A short line: a run of them may be a list of names. */
  short: boolean;
  /** The piece's block it was placed from: the same while the piece is, wherever the piece now starts. */
  source: PieceBlock;
}
