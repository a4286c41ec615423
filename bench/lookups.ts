/**
 * Hover and completion lookups against a synthetic source of 10 000 claims, timed one by one:
 * what the extension computes for a hover card (`hoverMarkdown`) and for a completion list
 * (`completionOf` for every claim, as `CitationCompletionProvider` does), plus the bare key lookup.
 */
import { KnowledgeBase } from '../src/core/knowledge-base.js';
import type { Claim, PillarId, Source, Theme } from '../src/core/model.js';
import { completionOf, hoverMarkdown } from '../src/vscode/present.js';

const PILLARS: (PillarId | undefined)[] = ['partnerships', 'policy', 'dialogue', 'education', undefined];

/** A source of `count` claims in themes of 100, each claim a sentence of its own. */
export function syntheticSource(count: number): Source {
  const themes: Theme[] = [];
  const point = (line: number) => ({ line, column: 1, offset: line * 120 });
  for (let t = 0; t * 100 < count; t++) {
    const pillar = PILLARS[t % PILLARS.length];
    const theme: Theme = { id: `theme-${t}`, title: `Theme ${t}`, pillar, range: { start: point(t * 101), end: point(t * 101 + 1) }, claims: [] };
    for (let i = t * 100; i < Math.min(count, (t + 1) * 100); i++) {
      const claim: Claim = {
        id: `claim-${i}`,
        key: `synthetic:claim-${i}`,
        text: `Claim number ${i} says that partners cooperate on incident response, training and dialogue in area ${i % 37}.`,
        theme: theme.id,
        pillar,
        range: { start: point(t * 101 + 1 + (i % 100)), end: point(t * 101 + 2 + (i % 100)) },
      };
      theme.claims.push(claim);
    }
    themes.push(theme);
  }
  return { id: 'synthetic', namespace: 'synthetic', title: 'A synthetic source', text: '', themes };
}

export interface LookupFigures {
  claims: number;
  /** Milliseconds per call: median, 95th percentile, worst. */
  claim: { p50: number; p95: number; max: number };
  hover: { p50: number; p95: number; max: number };
  completion: { p50: number; p95: number; max: number };
}

function percentiles(samples: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function timeEach(count: number, fn: (i: number) => unknown): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

export function measureLookups(count = 10_000): LookupFigures {
  const kb = new KnowledgeBase([syntheticSource(count)]);
  const keys = kb.claims.map((claim) => claim.key);
  // A fixed shuffle, so every run looks up the same keys.
  const order = keys.map((_, i) => (i * 7919) % keys.length);
  const key = (i: number) => keys[order[i % keys.length]];
  // Warm up the JIT as a running extension host would be.
  timeEach(2000, (i) => hoverMarkdown(key(i), kb));
  timeEach(5, () => kb.claims.map((claim, index) => completionOf(claim, kb, index)));
  return {
    claims: kb.claims.length,
    claim: percentiles(timeEach(10_000, (i) => kb.claim(key(i)))),
    hover: percentiles(timeEach(10_000, (i) => hoverMarkdown(key(i), kb))),
    completion: percentiles(timeEach(50, () => kb.claims.map((claim, index) => completionOf(claim, kb, index)))),
  };
}
