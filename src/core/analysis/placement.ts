/** A piece's facts placed in the draft: offsets moved to the piece's place, sections counted from the draft's. */
import type { Citation } from './citations.js';
import type { PieceBlockquote, PieceCover, PieceFacts, Span } from './facts.js';
import type { Block, CitationUse, HeadingInfo } from './types.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { SignalMatch } from '../judgement/signals.js';
import { weakMemo } from '../caches.js';

export function moved<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** A piece's facts at its place in a draft: offsets into the draft, sections counted from the draft's first heading. */
export interface Placed {
  at: number;
  headingBase: number;
  kb: KnowledgeBase;
  headings: HeadingInfo[];
  headingSignals: SignalMatch[][];
  blocks: Block[];
  blockquotes: PieceBlockquote[];
  citations: CitationUse[];
  groups: (PieceCover & Span & { section: number })[];
}

/** Each piece's facts as last placed: a re-check finds the pieces before an edit where they were. */
const placedMemo = weakMemo<PieceFacts, Placed>('placed pieces');

export function place(facts: PieceFacts, at: number, headingBase: number, kb: KnowledgeBase): Placed {
  const memo = placedMemo.get(facts);
  if (memo && memo.at === at && memo.headingBase === headingBase && memo.kb === kb) return memo;
  const section = (local: number) => (local >= 0 ? local + headingBase : headingBase - 1);
  const placed: Placed = {
    at,
    headingBase,
    kb,
    headings: facts.headings.map((heading) => ({
      depth: heading.depth,
      text: heading.text,
      start: heading.start + at,
      end: heading.end + at,
    })),
    headingSignals: facts.headings.map((heading) =>
      at
        ? heading.signals.map((match) => ({ ...match, start: match.start + at, end: match.end + at }))
        : heading.signals,
    ),
    blocks: facts.blocks.map((block) => ({
      start: block.start + at,
      end: block.end + at,
      signals: block.signals,
      at: block.start + at,
      covered: block.covered,
      prose: block.prose,
      quotes: block.quotes.length
        ? block.quotes.map((quote) => ({ start: quote.start + at, end: quote.end + at }))
        : block.quotes,
      section: section(block.section),
      bits: block.bits,
      label: block.label,
      placeholder: block.placeholder,
      genre: block.genre,
      short: block.short,
      source: block,
    })),
    blockquotes: facts.blockquotes.map((quote) =>
      at
        ? {
            ...moved(quote, at),
            inlines: quote.inlines.map((span) => moved(span, at)),
            blocks: quote.blocks.map((span) => moved(span, at)),
          }
        : quote,
    ),
    citations: facts.citations.map((citation) => {
      const shifted: Citation = at
        ? {
            start: citation.start + at,
            end: citation.end + at,
            bracketed: citation.bracketed,
            items: citation.items.map((item) => ({
              key: item.key,
              start: item.start + at,
              end: item.end + at,
              suppressAuthor: item.suppressAuthor,
              prefix: item.prefix,
              suffix: item.suffix,
            })),
          }
        : citation;
      return { citation: shifted, claims: shifted.items.map((item) => kb.claim(item.key)) };
    }),
    groups: facts.groups.map((group) => ({
      ...group,
      start: group.start + at,
      end: group.end + at,
      section: section(group.section),
    })),
  };
  placedMemo.set(facts, placed);
  return placed;
}
