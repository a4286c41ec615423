/**
 * Hover and completion requests against a synthetic source of 10 000 claims, timed one by one, doing what
 * `CitationHoverProvider` and `CitationCompletionProvider` do once they have the paragraph's text (reading it from
 * the document is the same for any source): find the citation or the key being typed, then make the hover card
 * (`hoverMarkdown`) or hand out the completion items (`CompletionItems`, with items shaped like
 * `vscode.CompletionItem`). A completion request is timed once the items are made (every request after the
 * first) and, apart, as the first request for a knowledge base, which makes them. Plus the bare key lookup.
 */
import { citationAt, citationKeyAt } from '../src/core/edits/editor-helpers.js';
import { KnowledgeBase } from '../src/core/framework/knowledge-base.js';
import type { Claim, PillarId, Source, Theme } from '../src/core/framework/model.js';
import { CompletionItems } from '../src/vscode/completion-items.js';
import { hoverMarkdown, type CompletionListItem } from '../src/vscode/present.js';

const PILLARS: (PillarId | undefined)[] = ['partnerships', 'policy', 'dialogue', 'education', undefined];

/** A source of `count` claims in themes of 100, each claim a sentence of its own. */
export function syntheticSource(count: number): Source {
  const themes: Theme[] = [];
  const point = (line: number) => ({ line, column: 1, offset: line * 120 });
  for (let t = 0; t * 100 < count; t++) {
    const pillar = PILLARS[t % PILLARS.length];
    const theme: Theme = {
      id: `theme-${t}`,
      title: `Theme ${t}`,
      pillar,
      range: { start: point(t * 101), end: point(t * 101 + 1) },
      claims: [],
    };
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

type Percentiles = { p50: number; p95: number; max: number };

export interface LookupFigures {
  claims: number;
  /** Milliseconds per call: median, 95th percentile, worst. */
  claim: Percentiles;
  hover: Percentiles;
  /** A completion request once the knowledge base's items are made. */
  completion: Percentiles;
  /** The first completion request for a knowledge base, which makes its items (one per knowledge base). */
  completionFirst: Percentiles;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function timeEach(count: number, fn: (i: number) => unknown, before?: (i: number) => void): number[] {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    before?.(i);
    const start = process.hrtime.bigint();
    fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

type Position = { line: number; character: number };
type ItemRange = { inserting: { start: Position; end: Position }; replacing: { start: Position; end: Position } };

/** The fields of a `vscode.CompletionItem`, made as the provider makes them. */
class Item {
  detail?: string;
  documentation?: unknown;
  sortText?: string;
  filterText?: string;
  insertText?: string;
  range?: ItemRange;
  constructor(
    readonly label: { label: string; description?: string },
    readonly kind: number,
  ) {}
}

function itemOf(data: CompletionListItem): Item {
  const item = new Item({ label: data.label, description: data.labelDescription }, 17);
  item.insertText = data.insertText;
  item.filterText = data.filterText;
  item.detail = data.detail;
  item.sortText = data.sortText;
  return item;
}

export function measureLookups(count = 10_000): LookupFigures {
  const source = syntheticSource(count);
  const kb = new KnowledgeBase([source]);
  const keys = kb.claims.map((claim) => claim.key);
  // A fixed shuffle, so every run looks up the same keys.
  const order = keys.map((_, i) => (i * 7919) % keys.length);
  const key = (i: number) => keys[order[i % keys.length]];

  // Hovers: a paragraph citing the key, the cursor on it.
  const paragraphs = Array.from({ length: 1000 }, (_, i) => {
    const text = `Partners agreed on this [see @${key(i)}, p. 4; @${key(i + 1)}] and acted on it.`;
    return { text, offset: text.indexOf('@') + 3 };
  });
  const hover = (i: number) => {
    const paragraph = paragraphs[i % paragraphs.length];
    const found = citationAt(paragraph.text, paragraph.offset, kb.namespaces);
    return found && hoverMarkdown(found.item.key, kb, { hasBibliography: false });
  };

  // Completions: a key being typed in a citation. The host reads a list before the next request comes; the
  // bench says so between requests, untimed, where the provider would wait for a timer.
  let release = () => {};
  const items = new CompletionItems(itemOf, (after) => {
    release = after;
  });
  const typing = 'As argued in [@synthetic:cla';
  const complete = (on: KnowledgeBase, i: number) => {
    const typed = citationKeyAt(typing, typing.length)!;
    const at = (character: number) => ({ line: i % 50, character });
    const range = {
      inserting: { start: at(typed.start), end: at(typing.length) },
      replacing: { start: at(typed.start), end: at(typed.end) },
    };
    return items.itemsFor(on, range);
  };
  const fresh = Array.from({ length: 10 }, () => new KnowledgeBase([source]));

  // Warm up the JIT as a running extension host would be.
  timeEach(2000, hover);
  timeEach(
    200,
    (i) => complete(kb, i),
    () => release(),
  );
  return {
    claims: kb.claims.length,
    claim: percentiles(timeEach(10_000, (i) => kb.claim(key(i)))),
    hover: percentiles(timeEach(10_000, hover)),
    completion: percentiles(
      timeEach(
        1000,
        (i) => complete(kb, i),
        () => release(),
      ),
    ),
    completionFirst: percentiles(
      timeEach(
        fresh.length,
        (i) => complete(fresh[i], i),
        () => release(),
      ),
    ),
  };
}
