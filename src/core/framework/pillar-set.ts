/**
 * The pillars a draft is checked against: the built-in essay's four, or those of the frameworks a user loads
 * (docs/frameworks.md). Pillar ids are data; everything the checker does per pillar (signals, bits, verdicts,
 * messages) goes through the set. A set is made once per set of frameworks and kept: its phrase index and signal
 * memo live with it, so two sets never share a match.
 */
import type { BuiltinPillarId, PillarId } from './model.js';
import { BUILTIN_SOURCE } from '../generated/builtin-source.js';
import { PILLARS, type Pillar } from './pillars.js';
import { buildVocabulary, builtinVocabulary, type Vocabulary } from '../judgement/signals.js';

/** A bit per pillar: the set holds at most this many. */
export const MAX_PILLARS = 30;

/** A framework of the set, as reports name it. */
export interface SetFramework {
  namespace: string;
  title: string;
  /** Its pillars' ids, in order. */
  pillars: PillarId[];
}

export class PillarSet {
  readonly pillars: readonly Pillar[];
  readonly ids: readonly PillarId[];
  readonly frameworks: readonly SetFramework[];
  /**
   * Pillars whose words a section's genre bears on (`GENRE_JOB`, `GENRE_POST`, `GENRE_COURSE`, …): those judged like
   * a built-in pillar (words alone bear no genre).
   */
  readonly genreBits: number;
  /** Pillars left out, and why (a duplicate id, more than `MAX_PILLARS`). */
  readonly problems: readonly string[];
  private readonly byId = new Map<PillarId, { pillar: Pillar; bit: number }>();
  private vocabularyMemo?: Vocabulary;

  constructor(
    pillars: readonly Pillar[],
    frameworks: readonly { namespace: string; title: string }[] = [],
    vocabulary?: Vocabulary,
  ) {
    this.vocabularyMemo = vocabulary;
    const kept: Pillar[] = [];
    const problems: string[] = [];
    for (const pillar of pillars) {
      if (this.byId.has(pillar.id)) {
        problems.push(
          `Pillar \`${pillar.id}\` of ${pillar.framework ?? 'a framework'} has the id of a pillar already loaded: it is left out.`,
        );
        continue;
      }
      if (kept.length >= MAX_PILLARS) {
        problems.push(
          `Pillar \`${pillar.id}\` is left out: drafts are checked against at most ${MAX_PILLARS} pillars at once.`,
        );
        continue;
      }
      this.byId.set(pillar.id, { pillar, bit: 1 << kept.length });
      kept.push(pillar);
    }
    this.pillars = kept;
    this.ids = kept.map((pillar) => pillar.id);
    this.problems = problems;
    let genreBits = 0;
    for (const pillar of kept) if (pillar.like !== undefined) genreBits |= this.bit(pillar.id);
    this.genreBits = genreBits;
    const named = new Map(frameworks.map((framework) => [framework.namespace, framework.title]));
    const order: string[] = [];
    for (const pillar of kept) if (!order.includes(pillar.framework ?? '')) order.push(pillar.framework ?? '');
    this.frameworks = order.map((namespace) => ({
      namespace,
      title: named.get(namespace) ?? namespace,
      pillars: kept.filter((pillar) => (pillar.framework ?? '') === namespace).map((pillar) => pillar.id),
    }));
  }

  has(id: unknown): id is PillarId {
    return typeof id === 'string' && this.byId.has(id);
  }

  get(id: PillarId): Pillar | undefined {
    return this.byId.get(id)?.pillar;
  }

  /** The pillar's title (its id when the set has no such pillar: a report read with other frameworks). */
  title(id: PillarId): string {
    return this.get(id)?.title ?? id;
  }

  /** The pillar's bit (0 for an id the set does not hold). */
  bit(id: PillarId): number {
    return this.byId.get(id)?.bit ?? 0;
  }

  /** The built-in judgement the pillar borrows, if any (`Pillar.like`). */
  like(id: PillarId): BuiltinPillarId | undefined {
    return this.byId.get(id)?.pillar.like;
  }

  /** The phrase index of every pillar's signals, built on first use. */
  get vocabulary(): Vocabulary {
    return (this.vocabularyMemo ??= buildVocabulary(this.pillars));
  }
}

let builtin: PillarSet | undefined;

/** The built-in essay's four pillars. */
export function builtinPillars(): PillarSet {
  builtin ??= new PillarSet(
    PILLARS,
    [{ namespace: BUILTIN_SOURCE.namespace, title: BUILTIN_SOURCE.title }],
    builtinVocabulary(),
  );
  return builtin;
}
