import { distance } from 'fastest-levenshtein';
import { BUILTIN_MANIFEST, BUILTIN_TEXT } from './generated/builtin-source.js';
import type { Claim, PillarId, Source, Theme } from './model.js';
import { loadSource, type SourceManifest } from './source-loader.js';

/**
 * Every claim of every loaded source, by citation key. Lookups are map reads, so hovers and
 * completions stay fast with thousands of claims.
 */
export class KnowledgeBase {
  readonly claims: readonly Claim[];
  private readonly byKey = new Map<string, Claim>();
  private readonly sourceOfClaim = new Map<Claim, Source>();
  private readonly themeOfClaim = new Map<Claim, Theme>();

  constructor(readonly sources: readonly Source[]) {
    const claims: Claim[] = [];
    for (const source of sources) {
      // A claim's theme is the source's first theme with the claim's theme id.
      const themes = new Map<string, Theme>();
      for (const theme of source.themes) if (!themes.has(theme.id)) themes.set(theme.id, theme);
      for (const theme of source.themes) {
        for (const claim of theme.claims) {
          claims.push(claim);
          this.byKey.set(claim.key, claim);
          this.sourceOfClaim.set(claim, source);
          this.themeOfClaim.set(claim, themes.get(claim.theme)!);
        }
      }
    }
    this.claims = claims;
  }

  get namespaces(): string[] {
    return this.sources.map((source) => source.namespace);
  }

  claim(key: string): Claim | undefined {
    return this.byKey.get(key);
  }

  sourceOf(claim: Claim): Source {
    return this.sourceOfClaim.get(claim)!;
  }

  themeOf(claim: Claim): Theme {
    return this.themeOfClaim.get(claim)!;
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

let builtin: { kb: KnowledgeBase; warnings: string[] } | undefined;

/** The built-in source: the essay shipped with the extension. */
export function builtinKnowledgeBase(): KnowledgeBase {
  builtin ??= (() => {
    const loaded = loadSource(BUILTIN_TEXT, BUILTIN_MANIFEST as SourceManifest);
    return { kb: new KnowledgeBase([loaded.source]), warnings: loaded.warnings };
  })();
  return builtin.kb;
}

/** Problems met while reading the built-in source (a test keeps this empty). */
export function builtinWarnings(): string[] {
  builtinKnowledgeBase();
  return builtin!.warnings;
}
