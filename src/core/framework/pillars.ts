import { BUILTIN_PILLARS } from '../generated/builtin-pillars.js';
import type { BuiltinPillarId, PillarId } from './model.js';

/**
 * A signal: one idea that, in a draft, speaks for a pillar. Its forms are words or phrases
 * (any inflection matches: forms are compared by word stems). Strong signals (weight 2) name the
 * pillar's own instruments; weak ones (weight 1) lean towards it but appear elsewhere too.
 */
export interface Signal {
  id: string;
  /** Signals of one family ("partner", "partnership") count once in a block: the strongest. */
  family: string;
  /** 0 for a false friend ("training data"): a mention in passing, never coverage. */
  weight: 0 | 1 | 2;
  /** Whether the signal names the pillar in a heading; every strong signal does. */
  naming: boolean;
  forms: string[];
}

export interface Pillar {
  id: PillarId;
  title: string;
  /** What the pillar is about, in a sentence. */
  description: string;
  /** What a draft would need to cover the pillar: the end of a missing-pillar message. */
  coverHint: string;
  /** The heading a section skeleton gets. */
  sectionTitle: string;
  /** Key of the claim a section skeleton cites first, if there is one. */
  leadClaim?: string;
  signals: Signal[];
  /** Namespace of the framework it belongs to (`belarus` for the built-in essay's). */
  framework?: string;
  /**
   * The built-in pillar whose judgement it borrows beyond its words: for `policy` and `education`, a meeting's
   * topics and a job advert's requirements are no evidence; for `partnerships` and `education`, a stated aim
   * adds weight; for `partnerships`, `policy` and `dialogue`, one sentence telling of an act does. None: words only.
   */
  like?: BuiltinPillarId;
}

/**
 * The built-in essay's pillars: read from its framework file (media/sources/belarus-cyber-cooperation.md, its
 * front matter's `pillars`, signal lines and all) by the framework loader at build time, like a user's framework.
 */
export const PILLARS: readonly Pillar[] = BUILTIN_PILLARS;

/** A built-in pillar by id. */
export function pillar(id: PillarId): Pillar {
  return PILLARS.find((candidate) => candidate.id === id)!;
}
