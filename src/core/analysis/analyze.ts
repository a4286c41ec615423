import type { Root } from 'mdast';
import { parse as parseYaml } from 'yaml';
import type { Citation } from './citations.js';
import { GENRE_NAMES, genreOf as genreOfText, placeholderPillar } from '../judgement/cues.js';
import {
  maskOf,
  readPiece,
  type PieceBlock,
  type PieceBlockquote,
  type PieceCover,
  type PieceFacts,
  type Span,
} from './facts.js';
import {
  BLOCK_WEIGHT,
  covers,
  EXCERPT,
  excerpt,
  HEADING_SUPPORT,
  SECTION_WEIGHT,
  SECTION_WINDOW,
  evidenceSignals,
  weigh,
  weighBlock,
} from '../judgement/weights.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { Claim, PillarId, Range } from '../framework/model.js';
import type { PillarSet, SetFramework } from '../framework/pillar-set.js';
import { lastAtOrBefore, LineIndex, lowerBound } from '../parse/positions.js';
import type { SignalMatch } from '../judgement/signals.js';
import { normalizeQuote } from './text.js';

/** Why a pillar counts as covered: one piece of evidence in the draft. */
export interface Evidence {
  kind: 'heading' | 'citation' | 'prose' | 'section' | 'marked';
  range: Range;
  /** A short excerpt of the draft at that place. */
  excerpt: string;
  /** The signal words found (for prose, sections and headings). */
  signals: string[];
  /** The claim cited (for citations). */
  claim?: string;
  /** Where the block (paragraph, list item, heading) holding it starts: where an overruling comment goes. */
  blockStart?: number;
}

export type CoverageStatus = 'covered' | 'thin' | 'missing' | 'skipped';

export interface PillarCoverage {
  pillar: PillarId;
  /** Namespace of the pillar's framework. */
  framework?: string;
  status: CoverageStatus;
  covered: boolean;
  evidence: Evidence[];
  /** Mentions in passing: signals that fell short of coverage. */
  passing: Evidence[];
  /** The reason given in front matter, for a skipped pillar. */
  skipReason?: string;
  /** A section skeleton's prompt for the pillar, still to be replaced (never evidence). */
  placeholder?: Range;
}

export interface CitationUse {
  citation: Citation;
  /** Claims per item (undefined for a key that names no claim). */
  claims: (Claim | undefined)[];
}

export interface QuoteUse {
  /** Offsets of the quoted words (without quote marks). */
  start: number;
  end: number;
  text: string;
  citation: Citation;
  /** A blockquote's quotation over several paragraphs or nested blocks: one replacement would merge them. */
  spansBlocks?: boolean;
}

export interface FrontMatterProblem {
  message: string;
  range: Range;
}

export interface FrontMatter {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  /** Offsets of the YAML between the fences. */
  valueStart: number;
  valueEnd: number;
  data: unknown;
  skip: PillarId[];
  skipReason?: string;
  /** The frameworks the draft chooses (`pillars.frameworks`, by namespace): undefined for all those loaded. */
  frameworks?: string[];
  /** Keys outside the built-in namespaces resolve in a Pandoc bibliography. */
  hasBibliography: boolean;
  problems: FrontMatterProblem[];
}

export interface HeadingInfo {
  depth: number;
  text: string;
  start: number;
  end: number;
}

export interface Analysis {
  text: string;
  lines: LineIndex;
  /** The title heading: the draft's first node when it is a level-1 heading. */
  title?: HeadingInfo;
  /**
   * Where a fenced code block or HTML block that the draft leaves open at its end starts: text added
   * at the end would fall inside it (a draft cut off while the writer types).
   */
  openAtEnd?: number;
  headings: HeadingInfo[];
  frontMatter?: FrontMatter;
  citations: CitationUse[];
  quotes: QuoteUse[];
  /** Each checked pillar's verdict, by pillar id, in the order of `pillars.ids` (a draft's chosen frameworks only). */
  coverage: Record<PillarId, PillarCoverage>;
  /** The pillars the draft was read for (of every loaded framework). */
  pillars: PillarSet;
  /** The frameworks whose pillars were checked, with their pillars. */
  frameworks: readonly SetFramework[];
}

export { BLOCK_WEIGHT, SECTION_WEIGHT } from '../judgement/weights.js';

interface Block {
  start: number;
  end: number;
  /** Signals with offsets `at` less than the draft's (from the block's start). */
  signals: readonly SignalMatch[];
  at: number;
  /** Inline quotations in the block, offsets into the draft. */
  quotes: Span[];
  /** Pillars it covers alone (bits), and how. */
  covered: number;
  prose: PieceCover[];
  /** Index of the heading whose section holds the block (-1 before any heading). */
  section: number;
  /** Pillars it has signals of (`PILLAR_BIT`). */
  bits: number;
  /** A short line standing for a heading. */
  label: boolean;
  /** Text still to be written: never evidence. */
  placeholder: boolean;
  /** What it reads as itself (a job description, a course outline: `genreOf`), as bits. */
  genre: number;
  /** A short line: a run of them may be a list of names. */
  short: boolean;
  /** The piece's block it was placed from: the same while the piece is, wherever the piece now starts. */
  source: PieceBlock;
}

/** A `<!-- pillars-covers … -->` or `<!-- pillars-not-evidence -->` comment and the node it is about. */
interface Overrule {
  covers: PillarId[];
  notEvidence: boolean;
  /** The comment. */
  comment: Span;
  /** The node after it. */
  target: Span;
}

const OVERRULE = /^<!--\s*pillars[- ](covers|not[- ]evidence)\b([^]*?)-->\s*$/i;

/** The overrule a comment makes, if it is one (unknown pillar ids are left out). */
function overruleOf(value: string, pillars: PillarSet): { covers: PillarId[]; notEvidence: boolean } | undefined {
  const found = OVERRULE.exec(value.trim());
  if (!found) return undefined;
  if (found[1].toLowerCase() !== 'covers') return { covers: [], notEvidence: true };
  return { covers: found[2].split(/[\s,]+/).filter((id) => pillars.has(id)), notEvidence: false };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The last front matter read and its data: a draft re-checked as it is typed keeps its front matter. */
let lastYaml: { value: string; data: unknown } | undefined;

/** The front matter's YAML as data; throws as the YAML parser does. Callers only read the data. */
function yamlOf(value: string): unknown {
  if (lastYaml?.value === value) return lastYaml.data;
  // The YAML parser knows \n and \r\n line breaks; Markdown also allows a lone \r.
  const data: unknown = parseYaml(value.replace(/\r\n?/g, '\n'), {
    prettyErrors: false,
    uniqueKeys: false,
    logLevel: 'error',
  });
  lastYaml = { value, data };
  return data;
}

/**
 * The front matter's settings for the checker: `pillars: { skip, reason, frameworks }`, each checked against the loaded
 * pillars.
 */
function readFrontMatter(
  node: Span & { value: string },
  text: string,
  lines: LineIndex,
  pillars: PillarSet,
): FrontMatter {
  const at = { start: node.start, end: node.end };
  const raw = text.slice(at.start, at.end);
  const open = raw.match(/^---[ \t]*(?:\r\n|\r|\n)/);
  const valueStart = at.start + (open ? open[0].length : 3);
  const valueEnd = valueStart + node.value.length;
  const problems: FrontMatterProblem[] = [];
  const whole = lines.range(at.start, at.end);
  let data: unknown;
  try {
    data = yamlOf(node.value);
  } catch (error) {
    problems.push({
      message: `Front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): fix it so that its settings apply.`,
      range: whole,
    });
    return { ...at, valueStart, valueEnd, data: undefined, skip: [], hasBibliography: false, problems };
  }
  const record =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const hasBibliography = 'bibliography' in record || 'references' in record;
  const skip: PillarId[] = [];
  let skipReason: string | undefined;
  let frameworks: string[] | undefined;
  const settings = record.pillars;
  const placeOf = (key: string): Range => {
    const found = new RegExp(`^[ \\t]*${key}[ \\t]*:`, 'm').exec(node.value);
    return found ? lines.range(valueStart + found.index, valueStart + found.index + found[0].length) : whole;
  };
  if (settings !== undefined && settings !== null) {
    if (typeof settings !== 'object' || Array.isArray(settings)) {
      problems.push({
        message: 'Front matter `pillars` must be a mapping such as `pillars: { skip: [education], reason: "…" }`.',
        range: placeOf('pillars'),
      });
    } else {
      const map = settings as Record<string, unknown>;
      for (const key of Object.keys(map)) {
        if (key !== 'skip' && key !== 'reason' && key !== 'frameworks') {
          problems.push({
            message: `Front matter \`pillars.${key}\` is not a known setting: use \`skip\`, \`reason\` and \`frameworks\`.`,
            range: placeOf(key),
          });
        }
      }
      const chosen = typeof map.frameworks === 'string' ? [map.frameworks] : map.frameworks;
      if (chosen !== undefined && chosen !== null) {
        const known = pillars.frameworks.map((framework) => framework.namespace);
        if (!Array.isArray(chosen)) {
          problems.push({
            message: `Front matter \`pillars.frameworks\` must be a list of framework namespaces, e.g. \`[${known[0] ?? 'belarus'}]\`.`,
            range: placeOf('frameworks'),
          });
        } else {
          frameworks = [];
          for (const entry of chosen as unknown[]) {
            if (typeof entry === 'string' && known.includes(entry)) {
              if (!frameworks.includes(entry)) frameworks.push(entry);
            } else {
              problems.push({
                message: `Front matter \`pillars.frameworks\` names \`${String(entry)}\`, which is not a loaded framework: use one of ${known.join(', ')}.`,
                range: placeOf('frameworks'),
              });
            }
          }
          // Nothing usable chosen: every loaded framework, as without the setting.
          if (frameworks.length === 0) frameworks = undefined;
        }
      }
      const list = typeof map.skip === 'string' ? [map.skip] : map.skip;
      if (list !== undefined && list !== null && !Array.isArray(list)) {
        problems.push({
          message: 'Front matter `pillars.skip` must be a list of pillar ids, e.g. `[education]`.',
          range: placeOf('skip'),
        });
      } else {
        for (const entry of (list as unknown[] | undefined) ?? []) {
          if (pillars.has(entry)) {
            if (!skip.includes(entry)) skip.push(entry);
          } else {
            problems.push({
              message: `Front matter \`pillars.skip\` names an unknown pillar \`${String(entry)}\`: use one of ${pillars.ids.join(', ')}.`,
              range: placeOf('skip'),
            });
          }
        }
      }
      if (map.reason !== undefined && typeof map.reason !== 'string') {
        problems.push({
          message: 'Front matter `pillars.reason` must be text saying why the pillars are out of scope.',
          range: placeOf('reason'),
        });
      } else {
        skipReason = map.reason as string | undefined;
      }
    }
  }
  return { ...at, valueStart, valueEnd, data, skip, skipReason, frameworks, hasBibliography, problems };
}

function moved<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** A piece's facts at its place in a draft: offsets into the draft, sections counted from the draft's first heading. */
interface Placed {
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
const placedMemo = new WeakMap<PieceFacts, Placed>();

function place(facts: PieceFacts, at: number, headingBase: number, kb: KnowledgeBase): Placed {
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

/**
 * The draft's prose mask (see `readPiece`) read from its pieces' masks: slices without a copy of
 * the whole (a long draft's mask would be as long as the draft).
 */
class Masked {
  private readonly starts: number[];

  constructor(
    private readonly pieces: readonly { start: number; facts: PieceFacts }[],
    private readonly text: string,
  ) {
    this.starts = pieces.map((piece) => piece.start);
  }

  slice(start: number, end: number): string {
    end = Math.min(end, this.text.length);
    if (start >= end) return '';
    // The last piece starting at or before `start`.
    const low = lastAtOrBefore(this.starts, start);
    const parts: string[] = [];
    let at = start;
    for (let i = low; at < end; i++) {
      const piece = this.pieces[i];
      const pieceStart = piece?.start ?? this.text.length;
      const pieceEnd = piece ? piece.start + piece.facts.length : this.text.length;
      if (!piece || at < pieceStart) {
        // Outside every piece (a byte order mark before the first): blank.
        const to = Math.min(end, piece ? pieceStart : end);
        parts.push(this.text.slice(at, to).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length)));
        at = to;
        if (!piece) break;
        i--;
        continue;
      }
      if (at >= pieceEnd) continue;
      const to = Math.min(end, pieceEnd);
      parts.push(maskOf(piece.facts.prose, this.text, pieceStart, at - pieceStart, to - pieceStart));
      at = to;
    }
    return parts.length === 1 ? parts[0] : parts.join('');
  }
}

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

/** Claims' texts as quotations are compared with them (a source's claims are few and quoted often). */
const normalizedClaims = new Map<string, string>();

/** Whether `quote` is the claim's text, or a part of it (with `…` or `[…]` for omissions), after normalising. */
export function quoteMatches(quote: string, claimText: string): boolean {
  let claim = normalizedClaims.get(claimText);
  if (claim === undefined) {
    claim = normalizeQuote(claimText).toLowerCase();
    if (normalizedClaims.size > 10_000) normalizedClaims.clear();
    normalizedClaims.set(claimText, claim);
  }
  const pieces = normalizeQuote(quote)
    .toLowerCase()
    .split(/\s*(?:\.\.\.|…|\[[^\]]*\])\s*/)
    .map((piece) => piece.replace(/^[\s"'.,;:]+|[\s"'.,;:]+$/g, ''))
    .filter(Boolean);
  if (pieces.length === 0) return true;
  let from = 0;
  for (const piece of pieces) {
    const at = claim.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}

/** HTML blocks that run until a closing marker, not a blank line (CommonMark kinds 1 to 5). */
const HTML_UNTIL = [
  { open: /^<(script|pre|style|textarea)(?=[\s>]|$)/i, close: (m: RegExpExecArray) => new RegExp(`</${m[1]}>`, 'i') },
  { open: /^<!--/, close: () => /-->/ },
  { open: /^<\?/, close: () => /\?>/ },
  { open: /^<![A-Za-z]/, close: () => />/ },
  { open: /^<!\[CDATA\[/, close: () => /\]\]>/ },
];

/**
 * Start of the line of a top-level code or HTML block left open at the end of the draft (`last`: the draft's last node,
 * offsets into `text`).
 */
function openAtEnd(last: { type: string; lineStart: number } | undefined, text: string): number | undefined {
  if (!last || (last.type !== 'code' && last.type !== 'html')) return undefined;
  const line = last.lineStart;
  const start = line === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line; // after a byte order mark
  const raw = text.slice(start, text.length).replace(/^[ \t]+/, '');
  let open = false;
  if (last.type === 'code') {
    const fence = /^(`{3,}|~{3,})/.exec(raw);
    const rows = raw.trimEnd().split(/\r\n|\r|\n/);
    open =
      fence !== null &&
      (rows.length < 2 || !new RegExp(`^[ \\t]{0,3}\\${fence[1][0]}{${fence[1].length},}[ \\t]*$`).test(rows.at(-1)!));
  } else {
    for (const kind of HTML_UNTIL) {
      const m = kind.open.exec(raw);
      if (m) {
        open = !kind.close(m).test(raw.slice(m[0].length));
        break;
      }
    }
  }
  return open ? start : undefined;
}

/**
 * Reads a parsed draft: where each pillar is covered and by what, the citations and the quotations
 * that carry them, and the front matter's settings. Pure and deterministic.
 */
export function analyze(tree: Root, text: string, kb: KnowledgeBase): Analysis {
  // The parser does not count a leading byte order mark: offsets into `text` are one more.
  const base = text.charCodeAt(0) === 0xfeff ? -1 : 0;
  return analyzePieces([{ start: 0, facts: readPiece(tree, text, base, kb) }], text, kb);
}

/**
 * Per block of a piece (kept while the piece is, wherever it is placed): its signals that speak for each pillar in its
 * context's genre.
 */
const spokenMemo = new WeakMap<
  PieceBlock,
  { genre: number; byPillar: Partial<Record<PillarId, readonly SignalMatch[]>> }
>();
/** Per block of a piece: the pillars it still covers alone in its context's genre. */
const demotedMemo = new WeakMap<PieceBlock, { genre: number; covered: number }>();

/** A run of short lines at least this long (`PieceBlock.short`), naming two pillars or more, is a list of names. */
const NAME_RUN = 5;

/**
 * The genres a block has from its context (`genreOf`), where they add to its own: its section's
 * (a job description's, a course outline's: from the section's heading and blocks), and
 * `GENRE_NAMES` for a line of a list of names: five or more short lines in a row of a section
 * ("9 - Train and develop human resource", "10 - Raise awareness", "11 - Foster international
 * integration"), list items or paragraphs, whose words name two pillars or more. Each line names a
 * task or an area; it says nothing about it.
 */
function contextGenres(
  blocks: readonly Block[],
  headings: readonly HeadingInfo[],
  pillars: PillarSet,
): Map<Block, number> {
  const bearingBits = pillars.genreBits;
  const genres = new Map<Block, number>();
  for (let i = 0; i < blocks.length;) {
    // A section's blocks (they come in order): its genre, for those with policy or education words.
    let j = i;
    let genre = blocks[i].section >= 0 ? genreOfText(headings[blocks[i].section].text) : 0;
    let bearing = false;
    for (; j < blocks.length && blocks[j].section === blocks[i].section; j++) {
      genre |= blocks[j].genre;
      bearing ||= (blocks[j].bits & bearingBits) !== 0;
    }
    if (genre && bearing)
      for (let k = i; k < j; k++)
        if (blocks[k].bits & bearingBits && (genre | blocks[k].genre) !== blocks[k].genre)
          genres.set(blocks[k], genre | blocks[k].genre);
    i = j;
  }
  for (let i = 0; i < blocks.length;) {
    let j = i;
    while (j < blocks.length && blocks[j].section === blocks[i].section && blocks[j].short && !blocks[j].placeholder)
      j++;
    if (j - i >= NAME_RUN) {
      let bits = 0;
      for (let k = i; k < j; k++) bits |= blocks[k].bits;
      if (pillars.ids.filter((id) => bits & pillars.bit(id)).length >= 2) {
        for (let k = i; k < j; k++)
          if (blocks[k].bits) genres.set(blocks[k], (genres.get(blocks[k]) ?? blocks[k].genre) | GENRE_NAMES);
      }
    }
    i = Math.max(j, i + 1);
  }
  return genres;
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
  const groups: (PieceCover & Span & { section: number })[] = [];
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
  // What a block's section reads as and whether it is a line of a list of names, read over the whole
  // draft: a draft checked in pieces reads as one checked whole.
  const context = contextGenres(blocks, headings, pillars);
  const genreOf = (block: Block) => context.get(block) ?? block.genre;
  /** The pillars a block covers alone, in its context (a job's section, a list of names covers none). */
  const coveredOf = (block: Block): number => {
    const genre = context.get(block);
    if (genre === undefined || !block.covered) return block.covered;
    const memo = demotedMemo.get(block.source);
    if (memo && memo.genre === genre) return memo.covered;
    let covered = block.covered;
    for (const id of pillars.ids) {
      const bit = pillars.bit(id);
      if (
        covered & bit &&
        !covers(
          weighBlock(mask.slice(block.start, block.end), block.signals, id, pillars.like(id), genre),
          BLOCK_WEIGHT,
        )
      )
        covered &= ~bit;
    }
    demotedMemo.set(block.source, { genre, covered });
    return covered;
  };

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

  // The pillars checked: those of the frameworks the draft chooses, else of every loaded one.
  const chosen = frontMatter?.frameworks;
  const frameworks = chosen
    ? pillars.frameworks.filter((framework) => chosen.includes(framework.namespace))
    : pillars.frameworks;
  const checked = frameworks.flatMap((framework) => framework.pillars);
  const coverage = {} as Record<PillarId, PillarCoverage>;
  for (const id of checked) {
    coverage[id] = {
      pillar: id,
      framework: pillars.get(id)?.framework,
      status: 'missing',
      covered: false,
      evidence: [],
      passing: [],
    };
  }
  const range = (start: number, end: number) => lines.range(start, end);

  // The writer's word over the checker's: blocks marked not evidence are left out, blocks marked
  // as covering a pillar are its evidence.
  const notEvidence = overrules.filter((overrule) => overrule.notEvidence).map((overrule) => overrule.target);
  const excluded = (start: number, end: number) => notEvidence.some((span) => span.start <= start && end <= span.end);
  const placeholders = blocks.filter((block) => block.placeholder);
  const inPlaceholder = (offset: number) =>
    placeholders.length > 0 && placeholders.some((block) => block.start <= offset && offset < block.end);
  const evidenceBlocks = blocks.filter((block) => !block.placeholder && !excluded(block.start, block.end));
  const evidenceCitations = citations.filter(
    (use) => !excluded(use.citation.start, use.citation.end) && !inPlaceholder(use.citation.start),
  );
  // Where citations of each pillar's claims start, in order: a heading's section is looked up by binary search.
  const citedAt = new Map<PillarId, number[]>();
  for (const use of evidenceCitations) {
    for (const claim of use.claims)
      if (claim?.pillar && coverage[claim.pillar]) push(citedAt, claim.pillar, use.citation.start);
  }
  for (const starts of citedAt.values()) starts.sort((x, y) => x - y);
  /** Whether a citation of one of the pillar's claims stands between `start` and `end`. */
  const citesWithin = (start: number, end: number, id: PillarId) => {
    const starts = citedAt.get(id);
    if (!starts) return false;
    const i = lowerBound(starts, start, (offset) => offset);
    return i < starts.length && starts[i] < end;
  };

  // A heading names a pillar when it holds one of its naming signals and its section (subsections
  // included) says something about it: a placeholder section ("TBD") is not coverage. The title
  // heading's section is the whole draft; a label line ("3. International cooperation") is a
  // heading over the blocks up to the next label or heading.
  const blocksByStart = [...evidenceBlocks].sort((x, y) => x.start - y.start);
  const namings: {
    start: number;
    end: number;
    signals: readonly SignalMatch[];
    sectionEnd: number;
    title?: boolean;
  }[] = [];
  headings.forEach((heading, index) => {
    if (excluded(heading.start, heading.end)) return;
    let next = index + 1;
    while (next < headings.length && headings[next].depth > heading.depth) next++;
    const sectionEnd = heading === title ? text.length : next < headings.length ? headings[next].start : text.length;
    namings.push({
      start: heading.start,
      end: heading.end,
      signals: headingSignals[index],
      sectionEnd,
      title: heading === title,
    });
  });
  blocksByStart.forEach((block, i) => {
    if (!block.label || !block.signals.some((match) => match.signal.naming)) return;
    let end = i + 1;
    while (end < blocksByStart.length && !blocksByStart[end].label && blocksByStart[end].section === block.section)
      end++;
    const sectionEnd =
      end < blocksByStart.length ? blocksByStart[end].start : (headings[block.section + 1]?.start ?? text.length);
    namings.push({
      start: block.start,
      end: block.end,
      signals: block.signals.map((match) => ({ ...match, start: match.start + block.at, end: match.end + block.at })),
      sectionEnd,
    });
  });
  // A block's signals that speak for a pillar (`evidenceSignals`), read once per block and kept while its piece is
  // (`spokenMemo`): windows overlap, and a re-check reads again only the blocks an edit or their context changed.
  const speaking = (block: Block, id: PillarId): readonly SignalMatch[] => {
    if (!(block.bits & pillars.bit(id))) return block.signals;
    const genre = genreOf(block);
    let memo = spokenMemo.get(block.source);
    if (!memo || memo.genre !== genre) spokenMemo.set(block.source, (memo = { genre, byPillar: {} }));
    return (memo.byPillar[id] ??= evidenceSignals(
      mask.slice(block.start, block.end),
      block.signals,
      id,
      pillars.like(id),
      genre,
    ));
  };
  for (const naming of namings) {
    const inSection: Block[] = [];
    for (
      let i = lowerBound(blocksByStart, naming.end, (block) => block.start);
      i < blocksByStart.length && blocksByStart[i].start < naming.sectionEnd;
      i++
    ) {
      if (blocksByStart[i].end <= naming.sectionEnd) inSection.push(blocksByStart[i]);
    }
    const bySignal = new Map<PillarId, string[]>();
    for (const match of naming.signals) {
      if (!match.signal.naming) continue;
      const list = bySignal.get(match.pillar) ?? [];
      if (!list.includes(text.slice(match.start, match.end))) list.push(text.slice(match.start, match.end));
      bySignal.set(match.pillar, list);
    }
    for (const [id, words] of bySignal) {
      if (!coverage[id]) continue;
      // The section must say something of its own about the pillar: a strong word, or two; under
      // the title, which names what the whole draft is, one paragraph that nearly covers it alone.
      const said = inSection.map((block) => ({ signals: speaking(block, id), at: block.at }));
      const support = naming.title
        ? Math.max(0, ...said.map((block) => weigh([block], id).weight))
        : weigh(said, id).weight;
      if (
        (naming.title || !citesWithin(naming.end, naming.sectionEnd, id)) &&
        support < (naming.title ? BLOCK_WEIGHT - 1 : HEADING_SUPPORT)
      )
        continue;
      coverage[id].evidence.push({
        kind: 'heading',
        range: range(naming.start, naming.end),
        excerpt: excerpt(mask.slice(naming.start, naming.end), 0, naming.end - naming.start),
        signals: words,
        blockStart: naming.start,
      });
    }
  }

  for (const use of evidenceCitations) {
    use.citation.items.forEach((item, i) => {
      const claim = use.claims[i];
      if (!claim?.pillar || !coverage[claim.pillar]) return;
      coverage[claim.pillar].evidence.push({
        kind: 'citation',
        range: range(item.start - 1, item.end),
        excerpt: `@${item.key}`,
        signals: [],
        claim: claim.key,
      });
    });
  }

  for (const overrule of overrules) {
    for (const id of overrule.covers) {
      if (!coverage[id]) continue;
      const { start, end } = overrule.target;
      coverage[id].evidence.push({
        kind: 'marked',
        range: range(start, end),
        excerpt: excerpt(mask.slice(start, end), 0, end - start),
        signals: [],
      });
    }
  }

  // Sections with their blocks, the same for every pillar; the text before the first heading is one too.
  const sections = new Map<number, Block[]>();
  for (const block of evidenceBlocks) push(sections, block.section, block);
  for (const id of checked) {
    const evidence = coverage[id].evidence;
    const bit = pillars.bit(id);
    for (const block of evidenceBlocks) {
      if (!(coveredOf(block) & bit)) continue;
      const cover = block.prose.find((entry) => entry.pillar === id)!;
      evidence.push({
        kind: 'prose',
        range: range(block.start, block.end),
        excerpt: cover.excerpt,
        signals: cover.words,
        blockStart: block.start,
      });
    }
    // A section, list or table devoted to the pillar may spread its words over short items: any
    // few consecutive blocks of a section (words scattered over a long article do not add up).
    const coveredSections = new Set<number>();
    for (const [section, members] of sections) {
      if (members.some((block) => coveredOf(block) & bit)) continue;
      let found: { start: number; end: number; w: ReturnType<typeof weigh> } | undefined;
      for (let i = 0; i < members.length && !found; i++) {
        if (!members[i].signals.some((match) => match.pillar === id && match.signal.weight > 0)) continue;
        const window = members
          .slice(i, i + SECTION_WINDOW)
          .map((block) => ({ signals: speaking(block, id), at: block.at, start: block.start, end: block.end }));
        const w = weigh(window, id);
        if (covers(w, SECTION_WEIGHT, 3))
          found = { start: section >= 0 ? headings[section].start : window[0].start, end: window.at(-1)!.end, w };
      }
      if (!found) continue;
      const { start, end, w } = found;
      evidence.push({
        kind: 'section',
        range: range(start, end),
        excerpt: excerpt(
          mask.slice(start, Math.min(end, start + EXCERPT * 2)),
          0,
          Math.min(end, start + EXCERPT * 2) - start,
        ),
        signals: w.counted.map((match) => text.slice(match.start, match.end)),
      });
      coveredSections.add(section);
    }
    for (const group of groups) {
      if (group.pillar !== id || coveredSections.has(group.section) || excluded(group.start, group.end)) continue;
      // A list read in its context: its items' words that speak for the pillar there must still add up.
      const members: Block[] = [];
      for (
        let i = lowerBound(blocksByStart, group.start, (block) => block.start);
        i < blocksByStart.length && blocksByStart[i].start < group.end;
        i++
      ) {
        if (blocksByStart[i].end <= group.end) members.push(blocksByStart[i]);
      }
      if (
        members.some((block) => context.has(block)) &&
        !covers(
          weigh(
            members.map((block) => ({ signals: speaking(block, id), at: block.at })),
            id,
          ),
          SECTION_WEIGHT,
          3,
        )
      )
        continue;
      evidence.push({
        kind: 'section',
        range: range(group.start, group.end),
        excerpt: group.excerpt,
        signals: group.words,
      });
    }
    evidence.sort((x, y) => x.range.start.offset - y.range.start.offset);

    if (evidence.length === 0) {
      // Closest first: the block that came nearest to covering the pillar, then in draft order.
      const mentions: { match: SignalMatch; blockStart: number; weight: number }[] = [];
      headings.forEach((heading, index) => {
        if (heading === title || excluded(heading.start, heading.end)) return;
        for (const match of headingSignals[index])
          if (match.pillar === id) mentions.push({ match, blockStart: heading.start, weight: 0 });
      });
      for (const block of evidenceBlocks) {
        if (!block.signals.some((match) => match.pillar === id)) continue;
        const weight = weigh([block], id).weight;
        for (const match of block.signals)
          if (match.pillar === id)
            mentions.push({
              match: { ...match, start: match.start + block.at, end: match.end + block.at },
              blockStart: block.start,
              weight,
            });
      }
      mentions.sort((x, y) => y.weight - x.weight || x.match.start - y.match.start);
      coverage[id].passing = mentions.map(({ match, blockStart }) => ({
        kind: 'prose' as const,
        range: range(match.start, match.end),
        excerpt: text.slice(match.start, match.end),
        signals: [text.slice(match.start, match.end)],
        blockStart,
      }));
      const skeleton = placeholders.find(
        (block) => placeholderPillar(mask.slice(block.start, block.end), pillars) === id,
      );
      if (skeleton) coverage[id].placeholder = range(skeleton.start, skeleton.end);
    }
  }

  for (const id of checked) {
    const entry = coverage[id];
    if (frontMatter?.skip.includes(id)) {
      entry.status = 'skipped';
      entry.skipReason = frontMatter.skipReason;
    } else if (entry.evidence.length === 0) entry.status = 'missing';
    else entry.status = entry.evidence.length === 1 ? 'thin' : 'covered';
    entry.covered = entry.status === 'covered' || entry.status === 'thin';
  }

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
