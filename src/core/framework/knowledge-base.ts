import { distance } from 'fastest-levenshtein';
import { BUILTIN_SOURCE, BUILTIN_WARNINGS } from '../generated/builtin-source.js';
import type { Claim, PillarId, Source, Theme } from './model.js';
import { builtinPillars, type PillarSet } from './pillar-set.js';

/** A claim with the source and the theme it belongs to. */
interface Entry {
  claim: Claim;
  source: Source;
  theme: Theme;
}

/**
 * Every claim of every loaded source, by citation key. Lookups are map reads, so hovers and
 * completions stay fast with thousands of claims. Claims are known by their keys, not as objects: a
 * copy of a claim (sent back by a worker thread, made by another bundle's copy of the core) finds its
 * source and theme as the original does.
 */
export class KnowledgeBase {
  claims: readonly Claim[] = [];
  sources: readonly Source[] = [];
  pillars!: PillarSet;
  private readonly byKey = new Map<string, Entry>();

  /**
   * `sources`: every loaded source, whose claims resolve; `pillars`: the pillars drafts are checked against
   * (by default the built-in essay's).
   */
  constructor(sources: readonly Source[], pillars: PillarSet = builtinPillars()) {
    this.replace(sources, pillars);
  }

  /**
   * Makes this knowledge base another's: the editor keeps one, held by its hovers, completions and views, and
   * gives it the frameworks of the settings when they change. Never called on the built-in one.
   */
  replace(sources: readonly Source[], pillars: PillarSet): void {
    this.sources = sources;
    this.pillars = pillars;
    this.byKey.clear();
    const claims: Claim[] = [];
    for (const source of sources) {
      // A claim's theme is the source's first theme with the claim's theme id.
      const themes = new Map<string, Theme>();
      for (const theme of source.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme);
      for (const theme of source.themes) {
        for (const claim of theme.claims) {
          claims.push(claim);
          this.byKey.set(claim.key, { claim, source, theme: themes.get(claim.theme)! });
        }
      }
    }
    this.claims = claims;
  }

  get namespaces(): string[] {
    return this.sources.map((source) => source.namespace);
  }

  claim(key: string): Claim | undefined {
    return this.byKey.get(key)?.claim;
  }

  /** The source of a claim of this knowledge base (or a copy of one), found by its key. */
  sourceOf(claim: Pick<Claim, 'key'>): Source {
    return this.byKey.get(claim.key)!.source;
  }

  /** The theme of a claim of this knowledge base (or a copy of one), found by its key. */
  themeOf(claim: Pick<Claim, 'key'>): Theme {
    return this.byKey.get(claim.key)!.theme;
  }

  claimsOfPillar(pillar: PillarId): Claim[] {
    return this.claims.filter((claim) => claim.pillar === pillar);
  }

  /**
   * The keys closest to `key`, closest first: a typo's likely intent. A key given without its
   * namespace (`un-gge`) also finds `belarus:un-gge`.
   */
  suggest(key: string, limit = 3): string[] {
    const lower = key.toLowerCase();
    const scored = this.claims.map((claim) => {
      const bare = claim.key.slice(claim.key.indexOf(':') + 1);
      const score = Math.min(distance(lower, claim.key.toLowerCase()), distance(lower, bare.toLowerCase()) + 1);
      return { key: claim.key, score };
    });
    const budget = Math.max(2, Math.ceil(key.length / 3));
    return scored
      .filter((entry) => entry.score <= budget)
      .sort((a, b) => a.score - b.score || a.key.localeCompare(b.key))
      .slice(0, limit)
      .map((entry) => entry.key);
  }
}

let builtin: KnowledgeBase | undefined;

/**
 * The built-in source: the essay shipped with the extension. It is read from the data that
 * scripts/generate.ts writes with the source loader, so building it splits no sentence (the extension
 * builds it at activation).
 */
export function builtinKnowledgeBase(): KnowledgeBase {
  builtin ??= new KnowledgeBase([BUILTIN_SOURCE]);
  return builtin;
}

/** Problems met while reading the built-in source (a test keeps this empty). */
export function builtinWarnings(): string[] {
  return [...BUILTIN_WARNINGS];
}
