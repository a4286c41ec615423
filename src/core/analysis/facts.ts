/**
 * What the checker reads from one parsed piece of a draft, with offsets into the piece's own text,
 * so that a piece's facts are computed once and reused wherever the piece moves (a re-check after
 * an edit reads only the piece that changed). `analyze` joins the facts of a draft's pieces; a
 * whole document is one piece.
 */
import type { Nodes, Root } from 'mdast';
import { findCitations, type Citation } from './citations.js';
import type { PillarId } from '../framework/model.js';
import type { PillarSet } from '../framework/pillar-set.js';
import { findSignals, type SignalMatch, type Vocabulary } from '../judgement/signals.js';
import { withAcronyms } from '../judgement/acronyms.js';
import { detached } from './text.js';
import { genreOf, isLabel, isPlaceholder } from '../judgement/genres.js';
import {
  BLOCK_WEIGHT,
  covers,
  EXCERPT,
  evidenceSignals,
  excerpt,
  sectionWeight,
  weigh,
  weighBlock,
} from '../judgement/weights.js';
import { registerCache } from '../caches.js';

export interface Span {
  start: number;
  end: number;
}

export interface PieceHeading extends Span {
  depth: number;
  /** The heading's prose (its Markdown syntax left out). */
  text: string;
  signals: SignalMatch[];
}

/** Coverage of a pillar by a block, list or table alone: its excerpt and the words that made it. */
export interface PieceCover {
  pillar: PillarId;
  excerpt: string;
  words: string[];
}

export interface PieceBlock extends Span {
  /** Signals of the block's prose, citations left out, with offsets from the block's start (shared, never changed). */
  signals: readonly SignalMatch[];
  /** Quotations in it: between quote marks. */
  quotes: Span[];
  /** Pillars the block has signals of, and those it covers alone, as bits (`PILLAR_BIT`). */
  bits: number;
  covered: number;
  /** The pillars it covers alone. */
  prose: PieceCover[];
  /** Index of the piece's heading whose section holds the block (-1: a heading before the piece, or none). */
  section: number;
  /** The list or table that holds the block, if any. */
  group?: Span;
  /** A short line standing for a heading (`isLabel`). */
  label: boolean;
  /** Text still to be written (`isPlaceholder`): no evidence, its citations included. */
  placeholder: boolean;
  /** What the block reads as (`genreOf`: a job description, a course outline), as bits. */
  genre: number;
  /** A short line (a few words, one sentence at most): a list of them may be a list of names (`analyzePieces`). */
  short: boolean;
}

/** A blockquote, with what a quotation inside it must not cut or cross. */
export interface PieceBlockquote extends Span {
  /** Links and emphasis inside it. */
  inlines: Span[];
  /** Its paragraphs and headings. */
  blocks: Span[];
}

/** An HTML node that may be a `pillars` comment, and the node after it (for `pillars-ignore`). */
export interface PieceMarker extends Span {
  value: string;
  /** The node after it (for a top-level comment that ends its piece: the next piece's first node). */
  next?: Span;
  topLevel: boolean;
}

/** What a piece is read with: the namespaces of author-in-text citations, and the pillars whose signals count. */
export interface Reading {
  readonly namespaces: readonly string[];
  readonly pillars: PillarSet;
}

export interface PieceFacts {
  /** The namespaces author-in-text citations were read with. */
  namespaces: string;
  /** The pillars it was read for. */
  pillars: PillarSet;
  length: number;
  /**
   * Where the piece's prose is: its text nodes' spans as start/end pairs, in order (`maskOf` reads
   * the prose mask from them and the text); or, for a tree whose text nodes are not in order, the
   * mask itself. A mask as long as the piece is not kept: a long draft would hold a second copy.
   */
  prose: Int32Array | string;
  headings: PieceHeading[];
  blocks: PieceBlock[];
  citations: Citation[];
  /** Blockquotes, outermost first. */
  blockquotes: PieceBlockquote[];
  /** Front matter: the piece's first node, when it is YAML. */
  yaml?: Span & { value: string };
  /**
   * Whether the piece holds a node other than front matter and HTML, and whether the first is a level-1 heading (the
   * piece's first heading).
   */
  content?: { title: boolean };
  /** The piece's last top-level node, and where its line starts. */
  last?: Span & { type: string; lineStart: number };
  /** The piece's first top-level node. */
  first?: Span;
  markers: PieceMarker[];
  /** Lists and tables that cover a pillar taken whole (none of their blocks does alone). */
  groups: (PieceCover & Span & { section: number })[];
}

/** The empty list blocks share (never added to). */
const NONE: never[] = [];

/** Signals by block text (offsets from the block's start), from the pieces read last. */
let lastSignals = new Map<string, SignalMatch[]>();
let seenSignals = new Map<string, SignalMatch[]>();
let seenChars = 0;
/** The vocabulary the memo's signals were found with. */
let seenWith: Vocabulary | undefined;
const SIGNAL_MEMO_MAX_CHARS = 1_000_000;

/** Forgets the blocks' signals read so far (`DraftParser.clear`: a check as if for the first time). */
export function forgetSignals(): void {
  lastSignals = new Map();
  seenSignals = new Map();
  seenChars = 0;
}
registerCache('block signals', forgetSignals);

/** Offsets of a node in the piece's text: the tree's offsets less `base`. */
function spanOf(node: Nodes, base: number): Span | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start: start - base, end: end - base };
}

const BLANK = /[^\r\n]+/g;
const blank = (text: string) => text.replace(BLANK, (run) => ' '.repeat(run.length));
/** A continuation line inside a blockquote starts with its markers, which are not prose. */
const MARKERS_AFTER_BREAK = /[\r\n][> \t]+/g;

/**
 * A text node's prose from `from` to `to` (`nodeStart`: where the node starts): its text, but for
 * the blockquote markers that start its continuation lines.
 */
function nodeProse(text: string, nodeStart: number, from: number, to: number): string {
  const slice = text.slice(from, to);
  if (!slice.includes('\n') && !slice.includes('\r')) return slice;
  return slice.replace(MARKERS_AFTER_BREAK, (run, index: number) =>
    index === 0 && from === nodeStart ? run : run[0] + ' '.repeat(run.length - 1),
  );
}

/**
 * The piece with everything that is not prose blanked out (code, HTML and comments, front matter,
 * link URLs, Markdown syntax), same length and same line breaks, so offsets carry over; and the
 * text nodes' spans it keeps (see `PieceFacts.prose`).
 */
export function proseMask(tree: Root, text: string, base: number): { mask: string; prose: Int32Array | string } {
  // Text nodes come in document order: the mask is the text's slices, blanked between them.
  const parts: string[] = [];
  const spans: number[] = [];
  let done = 0;
  const visit = (node: Nodes): boolean => {
    if (node.type === 'text') {
      const at = spanOf(node, base);
      if (!at) return true;
      if (at.start < done || at.start < 0 || at.end > text.length) return false;
      parts.push(blank(text.slice(done, at.start)));
      parts.push(nodeProse(text, at.start, at.start, at.end));
      if (at.end > at.start) spans.push(at.start, at.end);
      done = Math.max(done, at.end);
      return true;
    }
    if ('children' in node) for (const child of node.children) if (!visit(child as Nodes)) return false;
    return true;
  };
  if (visit(tree)) {
    parts.push(blank(text.slice(done)));
    return { mask: parts.join(''), prose: Int32Array.from(spans) };
  }
  const mask = proseMaskByCharacter(tree, text, base);
  return { mask, prose: mask };
}

/**
 * The prose mask of a piece from `from` to `to` (offsets into the piece), from its facts' `prose`
 * and the draft's text (`offset`: where the piece starts in it).
 */
export function maskOf(prose: Int32Array | string, text: string, offset: number, from: number, to: number): string {
  if (typeof prose === 'string') return prose.slice(from, to);
  // The first span that ends after `from`.
  let low = 0;
  let high = prose.length >> 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (prose[2 * mid + 1] <= from) low = mid + 1;
    else high = mid;
  }
  const parts: string[] = [];
  let at = from;
  for (let k = low; 2 * k < prose.length; k++) {
    const nodeStart = prose[2 * k];
    if (nodeStart >= to) break;
    const start = Math.max(nodeStart, from);
    const end = Math.min(prose[2 * k + 1], to);
    if (start > at) parts.push(blank(text.slice(offset + at, offset + start)));
    // `start` may fall among the markers after a line break: read from the break.
    let read = start;
    while (read > nodeStart && isMarker(text.charCodeAt(offset + read - 1))) read--;
    if (read > nodeStart && isBreak(text.charCodeAt(offset + read - 1))) read--;
    else read = start;
    const prose_ = nodeProse(text, offset + nodeStart, offset + read, offset + end);
    parts.push(read === start ? prose_ : prose_.slice(start - read));
    at = end;
  }
  if (at < to) parts.push(blank(text.slice(offset + at, offset + to)));
  return parts.length === 1 ? parts[0] : parts.join('');
}

const isMarker = (ch: number) => ch === 0x3e || ch === 0x20 || ch === 0x09;
const isBreak = (ch: number) => ch === 0x0a || ch === 0x0d;

/** The same mask, character by character, for a tree whose text nodes are not in order. */
function proseMaskByCharacter(tree: Root, text: string, base: number): string {
  const chars = text.replace(/[^\r\n]/g, ' ').split('');
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      const at = spanOf(node, base);
      if (!at) return;
      let lineStart = true;
      for (let i = Math.max(0, at.start); i < Math.min(at.end, text.length); i++) {
        const ch = text[i];
        if (ch === '\n' || ch === '\r') {
          lineStart = i > at.start;
          continue;
        }
        // A continuation line inside a blockquote starts with its markers, which are not prose.
        if (lineStart && i > at.start && (ch === '>' || ch === ' ' || ch === '\t')) continue;
        lineStart = false;
        chars[i] = ch;
      }
      return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return chars.join('');
}

/** `text` with the ranges blanked out. */
function blankRanges(text: string, ranges: readonly Span[]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    parts.push(text.slice(at, range.start), ' '.repeat(range.end - range.start));
    at = range.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function isTableParagraph(text: string): boolean {
  if (text.trimStart()[0] !== '|') return false; // most paragraphs: no need to split them
  const lines = text.split(/\r\n|\r|\n/).filter((line) => line.trim());
  return lines.length >= 2 && lines.every((line) => line.trimStart().startsWith('|'));
}

/** Splits a table written as one paragraph (no GFM) into one block per row. */
function rows(mask: string, start: number, end: number): Span[] {
  const result: Span[] = [];
  const re = /[^\r\n]+/g;
  const slice = mask.slice(start, end);
  for (let m = re.exec(slice); m; m = re.exec(slice))
    result.push({ start: start + m.index, end: start + m.index + m[0].length });
  return result;
}

/** A block before its signals are read (one object shape for all: written out, not spread). */
/** The most words of a short line (`PieceBlock.short`), and a cheap bound on its length. */
const SHORT_WORDS = 12;
const SHORT_CHARS = 200;

function isShortLine(words: string): boolean {
  if (words.length > SHORT_CHARS) return false;
  const line = words.trim();
  if (/[.!?;]\s+\S/.test(line)) return false;
  let count = 0;
  for (const _ of line.matchAll(/[\p{L}\p{N}]+/gu)) if (++count > SHORT_WORDS) return false;
  return count > 0;
}

function newBlock(start: number, end: number, section: number, group: Span | undefined): PieceBlock {
  return {
    start,
    end,
    signals: NONE,
    quotes: NONE,
    bits: 0,
    covered: 0,
    prose: NONE,
    section,
    group,
    label: false,
    placeholder: false,
    genre: 0,
    short: false,
  };
}

/** Quotations between quote marks (“…” or "…") in `mask` from `start` to `end`, without the marks. */
function quotesIn(mask: string, start: number, end: number): Span[] {
  const found: Span[] = [];
  let open = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const ch = mask.charCodeAt(i);
    if (ch === 0x201c) open = i;
    else if (ch === 0x201d && open >= 0) {
      found.push({ start: open + 1, end: i });
      open = -1;
    } else if (ch === 0x22) {
      if (straight < 0) straight = i;
      else {
        found.push({ start: straight + 1, end: i });
        straight = -1;
      }
    }
  }
  return found;
}

const INLINE_CONTAINERS = new Set(['link', 'linkReference', 'emphasis', 'strong', 'delete']);

function readBlockquote(node: Nodes, at: Span, base: number): PieceBlockquote {
  const inlines: Span[] = [];
  const blocks: Span[] = [];
  const stack: Nodes[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    const span = spanOf(next, base);
    if (span && INLINE_CONTAINERS.has(next.type)) inlines.push(span);
    if (span && (next.type === 'paragraph' || next.type === 'heading')) blocks.push(span);
    if ('children' in next) for (const child of next.children) stack.push(child as Nodes);
  }
  return { ...at, inlines: inlines.slice(), blocks: blocks.slice() };
}

/** Comments that may be `pillars` markers, anywhere in the tree, with the node after each. */
function markersIn(tree: Root, base: number): PieceMarker[] {
  const found: PieceMarker[] = [];
  const walk = (node: Nodes): void => {
    if (!('children' in node)) return;
    node.children.forEach((child, index) => {
      if (child.type === 'html' && /pillars/i.test(child.value)) {
        const at = spanOf(child, base);
        const next = node.children[index + 1];
        const nextAt = next && spanOf(next, base);
        if (at) found.push({ ...at, value: child.value, next: nextAt, topLevel: node === tree });
      }
      walk(child as Nodes);
    });
  };
  walk(tree);
  return found;
}

/**
 * Reads a parsed piece: `text` is the piece's text, and the tree's offsets less `base` are offsets
 * into it. Pure, and deterministic but for a memo of block signals (`memo`: use it; not for the
 * pieces of a draft too long to cache, which would only churn it).
 */
export function readPiece(tree: Root, text: string, base: number, reading: Reading, memo = true): PieceFacts {
  const { namespaces, pillars } = reading;
  const vocabulary = pillars.vocabulary;
  if (seenWith !== vocabulary) {
    forgetSignals();
    seenWith = vocabulary;
  }
  const { mask, prose } = proseMask(tree, text, base);
  const headings: PieceHeading[] = [];
  const blocks: PieceBlock[] = [];
  const blockquotes: PieceBlockquote[] = [];
  const walk = (node: Nodes, group?: Span): void => {
    switch (node.type) {
      case 'heading': {
        const at = spanOf(node, base);
        if (at)
          headings.push({
            depth: node.depth,
            text: detached(mask.slice(at.start, at.end).trim()),
            start: at.start,
            end: at.end,
            signals: findSignals(mask.slice(at.start, at.end), at.start, true, vocabulary),
          });
        return;
      }
      case 'paragraph': {
        const at = spanOf(node, base);
        if (!at) return;
        const section = headings.length - 1;
        if (isTableParagraph(text.slice(at.start, at.end))) {
          const table = group ?? at;
          for (const row of rows(mask, at.start, at.end)) blocks.push(newBlock(row.start, row.end, section, table));
        } else {
          blocks.push(newBlock(at.start, at.end, section, group));
        }
        return;
      }
      case 'blockquote': {
        const at = spanOf(node, base);
        if (at) blockquotes.push(readBlockquote(node, at, base));
        break;
      }
      case 'list':
        if (!group) group = spanOf(node, base);
        break;
      case 'yaml':
      case 'code':
      case 'html':
      case 'definition':
        return;
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes, group);
  };
  for (const child of tree.children) walk(child);

  const citations = findCitations(mask, namespaces);
  for (const citation of citations) {
    // Exact lengths, here and below: a list grown by pushing keeps room for more, and a long draft keeps many.
    citation.items = citation.items.slice();
    for (const item of citation.items) {
      item.key = detached(item.key);
      item.prefix = detached(item.prefix);
      item.suffix = detached(item.suffix);
    }
  }
  // A citation key's words ("cooperative-frameworks") are not the writer's prose.
  const signalMask = blankRanges(mask, citations);
  // Blocks read recently keep their signals: an edit changes one block of a piece.
  for (const block of blocks) {
    const words = signalMask.slice(block.start, block.end);
    if (isPlaceholder(words)) {
      block.placeholder = true;
      continue;
    }
    block.label = isLabel(words);
    block.genre = genreOf(words);
    block.short = isShortLine(words);
    let found = memo ? (seenSignals.get(words) ?? lastSignals.get(words)) : undefined;
    if (!found) found = findSignals(words, 0, true, vocabulary);
    if (memo && words.length < SIGNAL_MEMO_MAX_CHARS / 4) {
      if (seenChars + words.length > SIGNAL_MEMO_MAX_CHARS) {
        lastSignals = seenSignals;
        seenSignals = new Map();
        seenChars = 0;
      }
      if (!seenSignals.has(words)) {
        seenSignals.set(detached(words), found);
        seenChars += words.length;
      }
    }
    // Most blocks have no quotation and cover no pillar alone: they share one empty list.
    block.signals = found.length ? found : NONE;
    const quotes = quotesIn(mask, block.start, block.end);
    block.quotes = quotes.length ? quotes.slice() : NONE;
    for (const match of block.signals) block.bits |= pillars.bit(match.pillar);
  }
  // Letters a name was given ("the National Cybersecurity Plan (NCSP)") speak for it wherever they stand after it.
  const named = withAcronyms(signalMask, blocks);
  blocks.forEach((block, i) => {
    if (named[i] === block.signals) return;
    block.signals = named[i];
    for (const match of block.signals) block.bits |= pillars.bit(match.pillar);
  });
  for (const block of blocks) {
    if (!block.bits) continue;
    const words = signalMask.slice(block.start, block.end);
    let blockExcerpt: string | undefined;
    for (const id of pillars.ids) {
      if (!(block.bits & pillars.bit(id))) continue;
      const w = weighBlock(words, block.signals, id, pillars.like(id), block.genre);
      if (!covers(w, BLOCK_WEIGHT)) continue;
      block.covered |= pillars.bit(id);
      if (block.prose === NONE) block.prose = [];
      blockExcerpt ??= detached(excerpt(mask, block.start, block.end));
      block.prose.push({
        pillar: id,
        excerpt: blockExcerpt,
        words: w.counted.map((match) => text.slice(match.start + block.start, match.end + block.start)),
      });
    }
    if (block.prose !== NONE) block.prose = block.prose.slice();
  }

  // Lists and tables: what their blocks say taken together.
  const byGroup = new Map<number, PieceBlock[]>();
  for (const block of blocks) {
    if (!block.group) continue;
    const members = byGroup.get(block.group.start);
    if (members) members.push(block);
    else byGroup.set(block.group.start, [block]);
  }
  const groups: PieceFacts['groups'] = [];
  for (const id of pillars.ids) {
    const bit = pillars.bit(id);
    for (const [start, members] of byGroup) {
      if (members.some((block) => block.covered & bit) || !members.some((block) => block.bits & bit)) continue;
      // Each item's signals that speak for the pillar (`evidenceSignals`): a list of what a course teaches is no
      // policy.
      const w = weigh(
        members.map((block) => ({
          signals:
            block.bits & bit
              ? evidenceSignals(
                  signalMask.slice(block.start, block.end),
                  block.signals,
                  id,
                  pillars.like(id),
                  block.genre,
                )
              : block.signals,
          at: block.start,
        })),
        id,
      );
      if (!covers(w, sectionWeight(pillars.like(id)), 3)) continue;
      const end = members.at(-1)!.end;
      groups.push({
        pillar: id,
        start,
        end,
        section: members[0].section,
        excerpt: detached(excerpt(mask, start, Math.min(end, start + EXCERPT * 2))),
        words: w.counted.map((match) => text.slice(match.start, match.end)),
      });
    }
  }

  const first = tree.children[0];
  const firstAt = first?.type === 'yaml' ? spanOf(first, base) : undefined;
  const contentNode = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
  const lastNode = tree.children.at(-1);
  const lastAt = lastNode && spanOf(lastNode, base);
  let last: PieceFacts['last'];
  if (lastNode && lastAt) {
    let lineStart = Math.max(0, Math.min(lastAt.start, text.length));
    while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
    last = { ...lastAt, type: lastNode.type, lineStart };
  }
  return {
    namespaces: namespaces.join('\n'),
    pillars,
    length: text.length,
    prose,
    headings,
    blocks,
    citations,
    blockquotes,
    yaml: first?.type === 'yaml' && firstAt ? { ...firstAt, value: first.value } : undefined,
    content: contentNode
      ? {
          title:
            contentNode.type === 'heading' &&
            contentNode.depth === 1 &&
            headings.length > 0 &&
            spanOf(contentNode, base)?.start === headings[0].start,
        }
      : undefined,
    last,
    first: tree.children[0] && spanOf(tree.children[0], base),
    // Most pieces have no `pillars` comment: no need to look.
    markers: /pillars/i.test(text) ? markersIn(tree, base) : [],
    groups,
  };
}
