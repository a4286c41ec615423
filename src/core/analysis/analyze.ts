/**
 * The analysis of a draft: its pieces' facts (`analysis/facts.ts`) placed and joined in draft order, the quotations
 * that carry citations (`quotations.ts`) and coverage per pillar (`coverage.ts`), with the front matter's settings
 * (`front-matter.ts`) and the writer's overrules (`overrules.ts`). Pure and deterministic; the result's types are
 * in `types.ts`.
 */
import type { Root } from 'mdast';
import { readPiece, type PieceBlockquote, type PieceFacts, type Span } from './facts.js';
import { coverageOf, type Group } from './coverage.js';
import { readFrontMatter } from './front-matter.js';
import { Masked } from './mask.js';
import { openAtEnd } from './open-blocks.js';
import { overruleOf, type Overrule } from './overrules.js';
import { moved, place } from './placement.js';
import { quotationsOf } from './quotations.js';
import type { Analysis, Block, CitationUse, FrontMatter, HeadingInfo } from './types.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { PillarId } from '../framework/model.js';
import type { SignalMatch } from '../judgement/signals.js';
import { LineIndex } from '../parse/positions.js';
import { bomLength } from '../parse/bom.js';

export type * from './types.js';
export { BLOCK_WEIGHT, SECTION_WEIGHT } from '../judgement/weights.js';

/**
 * Reads a parsed draft: where each pillar is covered and by what, the citations and the quotations
 * that carry them, and the front matter's settings. Pure and deterministic.
 */
export function analyze(tree: Root, text: string, kb: KnowledgeBase): Analysis {
  // The parser does not count a leading byte order mark: offsets into `text` are one more.
  return analyzePieces([{ start: 0, facts: readPiece(tree, text, -bomLength(text), kb) }], text, kb);
}

/** `analyze` for a draft parsed in pieces: the pieces' facts, in order, read with `kb.namespaces`. */
export function analyzePieces(
  pieces: readonly { start: number; facts: PieceFacts }[],
  text: string,
  kb: KnowledgeBase,
): Analysis {
  const pillars = kb.pillars;
  const lines = new LineIndex(text);
  const headings: HeadingInfo[] = [];
  const headingSignals: SignalMatch[][] = [];
  const groups: Group[] = [];
  const blocks: Block[] = [];
  const quoteNodes: PieceBlockquote[] = [];
  const citations: CitationUse[] = [];
  let frontMatter: FrontMatter | undefined;
  let title: HeadingInfo | undefined;
  let last: { type: string; lineStart: number } | undefined;
  let seenNode = false;
  let seenContent = false;
  const overrules: Overrule[] = [];
  let awaiting: { covers: PillarId[]; notEvidence: boolean; comment: Span }[] = [];
  for (const { start: at, facts } of pieces) {
    // A top-level comment that ends its piece is about the next piece's first node.
    if (facts.first && awaiting.length) {
      for (const waiting of awaiting) overrules.push({ ...waiting, target: moved(facts.first, at) });
      awaiting = [];
    }
    for (const marker of facts.markers) {
      const overrule = overruleOf(marker.value, pillars);
      if (!overrule) continue;
      const comment = moved(marker, at);
      if (marker.next) overrules.push({ ...overrule, comment, target: moved(marker.next, at) });
      else if (marker.topLevel) awaiting.push({ ...overrule, comment });
    }
    if (facts.last && !seenNode) {
      seenNode = true;
      if (facts.yaml) frontMatter = readFrontMatter(moved(facts.yaml, at), text, lines, pillars);
    }
    const headingBase = headings.length;
    const placed = place(facts, at, headingBase, kb);
    for (const heading of placed.headings) headings.push(heading);
    for (const signals of placed.headingSignals) headingSignals.push(signals);
    if (facts.content && !seenContent) {
      seenContent = true;
      if (facts.content.title) title = headings[headingBase];
    }
    for (const block of placed.blocks) blocks.push(block);
    for (const quote of placed.blockquotes) quoteNodes.push(quote);
    for (const use of placed.citations) citations.push(use);
    for (const group of placed.groups) groups.push(group);
    if (facts.last) last = { type: facts.last.type, lineStart: facts.last.lineStart + at };
  }
  const mask = new Masked(pieces, text);
  const quotes = quotationsOf(blocks, quoteNodes, citations, mask);
  const { coverage, frameworks } = coverageOf({
    text,
    lines,
    mask,
    pillars,
    headings,
    headingSignals,
    title,
    blocks,
    groups,
    citations,
    overrules,
    frontMatter,
  });

  return {
    text,
    lines,
    title,
    headings,
    frontMatter,
    citations,
    quotes,
    coverage,
    pillars,
    frameworks,
    openAtEnd: openAtEnd(last, text),
  };
}
