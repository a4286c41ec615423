/** Quotations of the source's claims: which quoted words carry a citation (the misquote rule compares them). */
import type { Citation } from './citations.js';
import type { PieceBlockquote, Span } from './facts.js';
import type { Masked } from './mask.js';
import type { Block, CitationUse, QuoteUse } from './types.js';
import { lowerBound } from '../parse/positions.js';

/** Text of a blockquote for comparison: citations and a closing attribution line removed. */
function blockquoteQuote(
  mask: Masked,
  node: PieceBlockquote,
  citations: Citation[],
): { start: number; end: number; text: string; spansBlocks?: boolean } | undefined {
  let text = mask.slice(node.start, node.end);
  for (const citation of citations) {
    if (citation.start >= node.start && citation.end <= node.end) {
      text =
        text.slice(0, citation.start - node.start) +
        ' '.repeat(citation.end - citation.start) +
        text.slice(citation.end - node.start);
    }
  }
  // A last line that is only an attribution ("— Author") is not part of the quotation.
  text = text.replace(/(?:^|[\r\n])[ \t]*[\u2014\u2013-][^\r\n]*\s*$/, '');
  const lead = text.length - text.trimStart().length;
  const body = text.trim();
  if (!body) return undefined;
  const start = node.start + lead;
  const end = start + body.length;
  // The quick fix replaces the whole range: it must not cut a link or an emphasis in two.
  const whole = wholeInlines(node.inlines, start, end);
  const takes = (from: number, to: number) => citations.some((citation) => citation.start < to && citation.end > from);
  const range = takes(whole.start, start) || takes(end, whole.end) ? { start, end } : whole;
  // Within one paragraph or heading, or over several (one replacement would merge them).
  const oneBlock = node.blocks.some((block) => block.start <= range.start && range.end <= block.end);
  return oneBlock ? { ...range, text: body } : { ...range, text: body, spansBlocks: true };
}

/** Widens `start`–`end` to take in whole every link and emphasis it cuts. */
function wholeInlines(spans: readonly Span[], start: number, end: number): Span {
  for (let changed = spans.length > 0; changed;) {
    changed = false;
    for (const span of spans) {
      if (span.start < start && span.end > start) [start, changed] = [span.start, true];
      if (span.start < end && span.end > end) [end, changed] = [span.end, true];
    }
  }
  return { start, end };
}

/**
 * The quotations that carry a citation: quoted words in a block followed by a bracketed citation, and blockquotes
 * with a citation inside or just after them (innermost first: a blockquote inside another is the quotation).
 */
export function quotationsOf(
  blocks: readonly Block[],
  quoteNodes: readonly PieceBlockquote[],
  citations: readonly CitationUse[],
  mask: Masked,
): QuoteUse[] {
  const quotes: QuoteUse[] = [];
  const byStart = [...citations].sort((a, b) => a.citation.start - b.citation.start);
  const citationAfter = (offset: number): Citation | undefined => {
    const gap = /^[\s,;:.\u2014\u2013-]{0,4}$/;
    const use = byStart[lowerBound(byStart, offset, (use) => use.citation.start)];
    if (!use) return undefined;
    return gap.test(mask.slice(offset, use.citation.start)) ? use.citation : undefined;
  };
  // Lookups by place (binary searches), so that long drafts stay linear.
  const citationIndex = new Map(citations.map((use, i) => [use, i]));
  const citationsWithin = (start: number, end: number): CitationUse[] => {
    const found: CitationUse[] = [];
    for (
      let i = lowerBound(byStart, start, (use) => use.citation.start);
      i < byStart.length && byStart[i].citation.start <= end;
      i++
    ) {
      if (byStart[i].citation.end <= end) found.push(byStart[i]);
    }
    return found.sort((a, b) => citationIndex.get(a)! - citationIndex.get(b)!);
  };
  let inlineQuotes: QuoteUse[] = [];
  const blockQuotes: QuoteUse[] = [];
  const quoteWithin = (start: number, end: number): boolean =>
    [inlineQuotes, blockQuotes].some((list) => {
      for (let i = lowerBound(list, start, (q) => q.start); i < list.length && list[i].start <= end; i++) {
        if (list[i].end <= end) return true;
      }
      return false;
    });
  for (const block of blocks) {
    for (const quote of block.quotes) {
      const citation = citationAfter(quote.end + 1);
      if (citation && citation.bracketed) quotes.push({ ...quote, text: mask.slice(quote.start, quote.end), citation });
    }
  }
  inlineQuotes = [...quotes].sort((a, b) => a.start - b.start);
  // Innermost first: a blockquote inside another is the quotation, not the two together.
  for (const node of [...quoteNodes].reverse()) {
    const at = node;
    const inside = citationsWithin(at.start, at.end).map((use) => use.citation);
    const after = inside.length ? undefined : citationAfter(at.end);
    const carried = inside.at(-1) ?? after;
    if (!carried) continue;
    const quote = blockquoteQuote(mask, node, inside);
    if (quote && !quoteWithin(quote.start, quote.end)) {
      const use = { ...quote, citation: carried };
      quotes.push(use);
      blockQuotes.splice(
        lowerBound(blockQuotes, use.start + 1, (q) => q.start),
        0,
        use,
      );
    }
  }
  return quotes;
}
