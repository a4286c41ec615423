/**
 * Parses a draft in pieces. micromark's cost grows faster than the text (each list or blockquote
 * that closes copies the whole token list), so a long draft is cut at top-level block boundaries,
 * each piece is parsed with the same extensions as the checker (remark-parse and YAML front
 * matter), and the pieces' trees are joined into one mdast `Root` whose positions are those of a
 * whole-document parse. Pieces are cached by their text, so a re-check after an edit parses only
 * the piece that changed. For the checker (`readPieces`) a piece is parsed into a lean tree
 * (`leanParse`: the same micromark, and only the fields the facts are read from), read, and
 * dropped. `TreeParser` (`tree-parser.ts`) joins the pieces' full trees instead: the reference tests hold the
 * pieces to.
 *
 * A cut is made only where the draft allows it:
 * - after a blank line and before a line that starts at column 1 (a lazy continuation line, a list
 *   item's or blockquote's continuation, indented code are never cut from what they continue);
 * - never before a list item (it may continue a loose list), inside front matter, or before a line
 *   that front matter could open (`---`: a piece's first line is line 1 to the parser);
 * - never where the piece before ends in fenced code or an HTML block (kinds 1–5) left open, also
 *   inside the last item of a list: the piece's own tree says so, and the two are then parsed as one.
 * Link reference definitions resolve across pieces: a piece that uses a label defined in another
 * is parsed with that definition added next to it (then removed), so references resolve as in the
 * whole document. Whenever a check fails, the draft is parsed whole.
 */
import type { Definition, List, Nodes, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { forgetSignals, readPiece, type PieceFacts, type Reading } from '../analysis/facts.js';
import { leanParse } from './lean.js';
import { detached } from '../analysis/text.js';
import { BOM_CODE, bomLength } from './bom.js';
import { registerCache } from '../caches.js';

/** A piece's facts and where the piece starts in the draft. */
export interface PlacedFacts {
  start: number;
  facts: PieceFacts;
}

/** The parser the checker uses: CommonMark plus YAML front matter, as `remarkPillars` configures it. */
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** A lean tree of the text; remark-parse's own when micromark's events surprise `leanParse`. */
function leanOrFull(text: string): Root {
  try {
    return leanParse(text);
  } catch {
    return processor.parse(text);
  }
}

/** Parses a whole text in one call: the reference the pieces must match. */
export function parseWhole(text: string): Root {
  return processor.parse(text);
}

export interface DraftParserOptions {
  /**
   * Pieces are at least this many characters where the draft allows: one parser call costs about
   * as much as 20 characters of text, and a piece's own growth is negligible at this size.
   */
  minChunk?: number;
  /** Estimated memory the cache may hold (trees and their text), in bytes; 0 turns caching off. */
  cacheBytes?: number;
}

export interface ParseStats {
  /** Pieces in the last parse. */
  chunks: number;
  /** Parser calls the last parse made (cache misses, merges and re-parses with definitions). */
  parsed: number;
  /** Characters those calls parsed. */
  parsedChars: number;
  /** Whether the last parse fell back to a whole-document parse after a failed check. */
  fellBack: boolean;
}

export interface Entry {
  key: string;
  /** The piece's tree; dropped once its facts are read (`parse` parses it again if it needs it). */
  tree?: Root;
  /** Whether `tree` is a lean tree (`leanParse`), which has only what the facts are read from. */
  lean?: boolean;
  /** What the piece's checks read from its tree. */
  facts?: PieceFacts;
  /** Whether the piece's last block is closed at its end; for a list, whether the block its last item ends with is. */
  ending: 'closed' | 'open' | 'list-closed' | 'list-open';
  /** Line breaks and offset added to the tree's positions (0 and 0: relative to the piece). */
  line: number;
  offset: number;
  bytes: number;
  /** The parse that last used this tree (a piece twice in one draft gets a copy). */
  generation: number;
  /** Identifiers of the definitions added to parse it, sorted. */
  added: string[];
  /** Identifiers of the definitions the piece makes. */
  definitions: string[];
  /** Loose keys of what the piece has in brackets, once read (see `labelsIn`). */
  labels?: string[];
}

export interface Piece {
  start: number;
  end: number;
  /** Line breaks before `start`. */
  line: number;
  entry: Entry;
  /** Loose keys of what the piece has in brackets (see `labelsIn`). */
  labels: string[];
}

/** Where definitions are made, by the loose key of their label: the piece of each. */
type Definitions = Map<string, { id: string; start: number; end: number }[]>;

function addDefinition(definitions: Definitions, id: string, start: number, end: number): void {
  const key = looseKey(id);
  const list = definitions.get(key);
  if (list) list.push({ id, start, end });
  else definitions.set(key, [{ id, start, end }]);
}

interface Boundary {
  offset: number;
  /** Line breaks before `offset`. */
  line: number;
}

/** A bit more than what a tree costs per character of text (12.4 bytes measured on generated drafts). */
export const BYTES_PER_CHAR = 14;
/**
 * Small enough that a keystroke in a 10 KB draft re-reads one piece of a few KB, not the draft: a 10 KB re-check takes
 * about a third of the time it took with 4 KB pieces and drafts whole below 16 KB (2026-12-04, in process); a fresh
 * check is no slower, as micromark's cost grows faster than a piece.
 */
const DEFAULT_MIN_CHUNK = 2048;
/** Drafts shorter than this many `minChunk`s are one piece (4 KB by default: about 2 ms to parse). */
const WHOLE_BELOW_CHUNKS = 2;
/**
 * What a piece's facts cost per character of its text, with its key (about 14 bytes measured on a generated 10 MB
 * draft).
 */
const FACTS_BYTES_PER_CHAR = 14;
/** Pieces whose bracketed labels are remembered, in characters. */
const LABEL_MEMO_CHARS = 2_000_000;
/**
 * Enough for the pieces of a 4 MB draft (the editor checks drafts up to 2 MB by default): a longer
 * draft is re-checked in full, and its check does not hold a second copy of it.
 */
const DEFAULT_CACHE_BYTES = 56 * 1024 * 1024;

const LINE_ENDING = /\r\n?|\n/g;
const LIST_ITEM_START = /^(?:[*+-]|\d{1,9}[.)])(?:[ \t]|$)/;
const FRONT_MATTER_FENCE = /^---[ \t]*$/;
/** A definition's label at the start of a line, after container markers (a guess, checked later). */
const DEFINITION = /(?:^|\r\n?|\n)(?:[ \t>]|[*+-](?=[ \t])|\d{1,9}[.)](?=[ \t]))*\[((?:[^[\]\\\r\n]|\\.){1,999})\]:/g;
/** Anything in brackets: every label a reference could use, and more. */
const BRACKETED = /\[((?:[^[\]\\]|\\[\s\S]){1,999})\]/g;

/** micromark's `normalizeIdentifier`, lower-cased as mdast's `identifier` is. */
function identifierOf(label: string): string {
  return label
    .replace(/[\t\n\r ]+/g, ' ')
    .replace(/^ | $/g, '')
    .toLowerCase()
    .toUpperCase()
    .toLowerCase();
}

/** A looser key than the identifier: also blind to blockquote markers a label may span. */
function looseKey(label: string): string {
  return label
    .toLowerCase()
    .toUpperCase()
    .replace(/[\s>]+/g, '');
}

function lineBreaks(text: string, start = 0, end = text.length): number {
  let count = 0;
  for (let i = start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) count++;
    else if (ch === 13) {
      count++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return count;
}

/** Adds line breaks and an offset to every position in a tree (columns never change: pieces start lines). */
export function shift(node: Nodes, lines: number, offset: number): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.start.offset! += offset;
    position.end.line += lines;
    position.end.offset! += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, lines, offset);
}

/** Whether fenced code at `raw`'s start is closed by its last line. */
function fenceClosed(raw: string): boolean {
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(raw);
  if (!open) return true; // indented code: a line at column 1 ends it
  const lines = raw.split(/\r\n?|\n/);
  if (lines.length < 2) return false;
  const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(lines[lines.length - 1]);
  return !!close && close[1][0] === open[1][0] && close[1].length >= open[1].length;
}

const HTML_ENDS: [RegExp, string][] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?=[\s>]|$)/i, ''],
  [/^ {0,3}<!--/, '-->'],
  [/^ {0,3}<\?/, '?>'],
  [/^ {0,3}<!\[CDATA\[/, ']]>'],
  [/^ {0,3}<!/, '>'],
];

/** Whether an HTML block at `raw`'s start is closed: kinds 1–5 run until their end marker. */
function htmlClosed(raw: string): boolean {
  for (const [start, marker] of HTML_ENDS) {
    const open = start.exec(raw);
    if (!open) continue;
    const lastBreak = Math.max(raw.lastIndexOf('\n'), raw.lastIndexOf('\r'));
    const from = lastBreak < 0 ? open[0].length : lastBreak + 1;
    const last = raw.slice(from).toLowerCase();
    if (marker) return last.includes(marker);
    return /<\/(?:script|pre|style|textarea)>/.test(last);
  }
  return true; // kinds 6 and 7 end at a blank line
}

/**
 * Parses drafts in pieces with a cache. Trees it returns share nodes with its cache: a later
 * `parse` on the same parser may move their positions, so read a tree before parsing again.
 */
export class DraftParser {
  /** Pieces are at least this many characters; `Infinity` parses every draft whole. */
  minChunk: number;
  protected readonly cacheBytes: number;
  private readonly cache = new Map<string, Entry>();
  private readonly labels = new Map<string, string[]>();
  private labelChars = 0;
  /** Whether the draft being parsed fits the cache: a longer one is neither cached nor remembered. */
  protected remember = true;
  /** Whether pieces are parsed into lean trees (for their facts) rather than full mdast. */
  private lean = false;
  private bytes = 0;
  protected generation = 0;
  /** Figures about the last parse, for the benchmark. */
  stats: ParseStats = { chunks: 0, parsed: 0, parsedChars: 0, fellBack: false };

  constructor(options: DraftParserOptions = {}) {
    this.minChunk = Math.max(0, options.minChunk ?? DEFAULT_MIN_CHUNK);
    this.cacheBytes = Math.max(0, options.cacheBytes ?? DEFAULT_CACHE_BYTES);
  }

  /** Forgets every piece, and the signals of blocks read so far. */
  clear(): void {
    forgetSignals();
    this.cache.clear();
    this.labels.clear();
    this.labelChars = 0;
    this.bytes = 0;
  }

  /**
   * What the checker reads from each piece of the draft (`readPiece`, with author-in-text
   * citations in `reading.namespaces`, signals of `reading.pillars`), with offsets into the piece's text and where each
   * piece starts: the facts `analyzePieces` joins. A piece the cache holds is not read again, wherever it moves.
   */
  readPieces(text: string, reading: Reading): PlacedFacts[] {
    this.generation++;
    this.remember = text.length * FACTS_BYTES_PER_CHAR <= this.cacheBytes;
    this.stats = { chunks: 0, parsed: 0, parsedChars: 0, fellBack: false };
    let pieces: Piece[];
    // Lean trees: the facts need only part of what remark-parse makes (see `leanParse`).
    this.lean = true;
    try {
      // Each piece read as soon as it is known, so that its tree can go before the next is parsed.
      pieces = this.layout(text, (piece) => this.read(piece, text, reading));
    } catch {
      // Any surprise: the whole document is always right.
      const skew = bomLength(text);
      return [{ start: 0, facts: readPiece(this.parseWholeDraft(text), text, -skew, reading) }];
    } finally {
      this.lean = false;
    }
    return pieces.map((piece) => ({ start: piece.start, facts: this.read(piece, text, reading) }));
  }

  /** The piece's facts, read from its tree (which then goes) unless the cache has them. */
  private read(piece: Piece, text: string, reading: Reading): PieceFacts {
    const entry = piece.entry;
    if (
      entry.facts &&
      entry.facts.pillars === reading.pillars &&
      entry.facts.namespaces === reading.namespaces.join('\n')
    )
      return entry.facts;
    const chunk = text.slice(piece.start, piece.end);
    const tree = entry.tree ?? this.treeOf(entry, chunk, piece.start === 0);
    // Offsets in the tree less `base` are offsets into the piece (the parser skips a byte order mark).
    const base = entry.offset - bomLength(chunk);
    entry.facts = readPiece(tree, chunk, base, reading, this.remember);
    // The facts are what re-checks need: the tree would only hold memory.
    entry.tree = undefined;
    entry.lean = undefined;
    const bytes = Math.ceil(chunk.length * FACTS_BYTES_PER_CHAR);
    if (this.cache.get(entry.key) === entry) this.bytes += bytes - entry.bytes;
    entry.bytes = bytes;
    return entry.facts;
  }

  protected parseWholeDraft(text: string): Root {
    this.stats.fellBack = true;
    this.stats.chunks = 1;
    this.stats.parsed++;
    this.stats.parsedChars += text.length;
    return parseWhole(text);
  }

  /** A tree for an entry whose tree was dropped, relative to the piece (line 0, offset 0). */
  protected treeOf(entry: Entry, chunk: string, first: boolean): Root {
    const parsed = this.parseChunk(chunk, first, entry.added);
    if (!parsed) throw new Error('a cached piece no longer parses as it did');
    entry.line = 0;
    entry.offset = 0;
    return parsed.tree;
  }

  /** Where the draft's pieces are, each with its entry (from the cache or parsed). */
  protected layout(text: string, onPiece?: (piece: Piece) => void): Piece[] {
    const bounds = this.boundaries(text);
    const guessed = this.guessDefinitions(text, bounds);
    const pieces: Piece[] = [];
    for (let i = 0; i < bounds.length;) {
      const start = bounds[i];
      let next = i + 1;
      for (;;) {
        const end = next < bounds.length ? bounds[next].offset : text.length;
        const chunk = text.slice(start.offset, end);
        // The piece as cached when it needed no definition added: most pieces, most of the time.
        const plain = this.remember ? this.cache.get(chunk) : undefined;
        const labels = guessed.size ? (plain?.labels ?? this.labelsIn(chunk)) : [];
        // Undefined when definitions added after the piece ended up inside it: it is open at its end.
        const entry = this.entry(chunk, start.offset === 0, this.needed(labels, guessed, start.offset, end), plain);
        if (entry && guessed.size) entry.labels ??= labels;
        if (next < bounds.length && (!entry || !this.endsClosed(entry, text, end))) {
          next++;
          continue;
        }
        if (!entry) throw new Error('the last piece is open at its end');
        const piece = { start: start.offset, end, line: start.line, entry, labels };
        pieces.push(piece);
        onPiece?.(piece);
        break;
      }
      i = next;
    }

    // Definitions as parsed, now that every piece is: any piece parsed with the wrong ones is parsed again.
    const actual: Definitions = new Map();
    for (const piece of pieces) {
      for (const id of piece.entry.definitions) addDefinition(actual, id, piece.start, piece.end);
    }
    for (const piece of pieces) {
      // Labels were read in the first pass whenever definitions were guessed.
      const labels = guessed.size ? piece.labels : actual.size ? this.labelsIn(text.slice(piece.start, piece.end)) : [];
      const want = this.needed(labels, actual, piece.start, piece.end);
      if (want.join('\n') !== piece.entry.added.join('\n')) {
        const entry = this.entry(text.slice(piece.start, piece.end), piece.start === 0, want);
        if (!entry) throw new Error('definitions added after a piece ended up inside it');
        piece.entry = entry;
      }
    }

    this.stats.chunks = pieces.length;
    return pieces;
  }

  /** Where pieces may start: after a blank line, at a line that starts at column 1, at least `minChunk` apart. */
  private boundaries(text: string): Boundary[] {
    const bounds: Boundary[] = [{ offset: 0, line: 0 }];
    const length = text.length;
    // A short draft is parsed whole: cutting it would save less than the cutting costs.
    if (length < WHOLE_BELOW_CHUNKS * this.minChunk) return bounds;
    const candidates: Boundary[] = [];
    // Lines that start at column 1 after a blank line, and their lines inside what looks like
    // fenced code: skipped once the fence closes (a guess that saves parses; the trees decide).
    let fenced: Boundary[] = [];
    let fence: { char: number; size: number } | undefined;
    const bom = bomLength(text);
    // Front matter: no piece starts before its closing fence.
    let frontMatter = /^---[ \t]*(?:\r\n?|\n)/.test(text.slice(bom, bom + 64));
    let line = 0;
    let blank = false;
    // Most drafts have line feeds only: found by the engine's own search, not a regular expression.
    const feedsOnly = !text.includes('\r');
    for (let s = 0; s < length;) {
      let e: number;
      let breakLength: number;
      if (feedsOnly) {
        const feed = text.indexOf('\n', s);
        e = feed < 0 ? length : feed;
        breakLength = feed < 0 ? 0 : 1;
      } else {
        LINE_ENDING.lastIndex = s;
        const match = LINE_ENDING.exec(text);
        e = match ? match.index : length;
        breakLength = match ? match[0].length : 0;
      }
      let indent = 0;
      let i = s;
      for (; i < e; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 32) indent++;
        else if (ch === 9) indent += 4;
        else break;
      }
      const isBlank = i === e;
      const ch = text.charCodeAt(i);
      if (frontMatter) {
        if (line > 0 && FRONT_MATTER_FENCE.test(text.slice(s, e))) frontMatter = false;
      } else if (!isBlank) {
        // Not before a list item either: it may continue a loose list (the tree would tell, after a wasted parse).
        const head = text.slice(s, Math.min(e, s + 12));
        if (blank && indent === 0 && ch !== BOM_CODE && !FRONT_MATTER_FENCE.test(head) && !LIST_ITEM_START.test(head)) {
          (fence ? fenced : candidates).push({ offset: s, line });
        }
        if (indent <= 3 && (ch === 96 || ch === 126)) {
          let run = 0;
          while (text.charCodeAt(i + run) === ch) run++;
          if (fence) {
            if (ch === fence.char && run >= fence.size && /^[ \t]*$/.test(text.slice(i + run, e))) {
              fence = undefined;
              fenced = [];
            }
          } else if (run >= 3 && (ch === 126 || !text.slice(i + run, e).includes('`'))) {
            fence = { char: ch, size: run };
          }
        }
      }
      blank = isBlank;
      if (!breakLength) break;
      line++;
      s = e + breakLength;
    }
    // A fence that never closes was probably a guess gone wrong: keep its lines as candidates.
    const all = fenced.length ? [...candidates, ...fenced].sort((a, b) => a.offset - b.offset) : candidates;
    let last = 0;
    for (const candidate of all) {
      if (candidate.offset - last < this.minChunk || length - candidate.offset < this.minChunk) continue;
      bounds.push(candidate);
      last = candidate.offset;
    }
    return bounds;
  }

  /** Definitions that look like definitions, with the piece holding each (checked against the trees later). */
  private guessDefinitions(text: string, bounds: Boundary[]): Definitions {
    const guessed: Definitions = new Map();
    if (bounds.length < 2 || !text.includes(']:')) return guessed;
    DEFINITION.lastIndex = 0;
    let b = 0;
    for (let match = DEFINITION.exec(text); match; match = DEFINITION.exec(text)) {
      const at = match.index + match[0].length;
      while (b + 1 < bounds.length && bounds[b + 1].offset <= at) b++;
      const id = identifierOf(match[1]);
      if (id) addDefinition(guessed, id, bounds[b].offset, b + 1 < bounds.length ? bounds[b + 1].offset : text.length);
    }
    return guessed;
  }

  /** Identifiers of the definitions the piece may use that are made only outside it (`start`–`end`), sorted. */
  private needed(labels: readonly string[], definitions: Definitions, start: number, end: number): string[] {
    if (definitions.size === 0) return [];
    const found = new Set<string>();
    for (const label of labels) {
      const made = definitions.get(label);
      for (const { id } of made ?? []) {
        if (!made!.some((where) => where.id === id && where.start >= start && where.end <= end)) found.add(id);
      }
    }
    return [...found].sort();
  }

  /** Loose keys of everything in brackets in a piece, remembered for the pieces seen last. */
  private labelsIn(chunk: string): string[] {
    let labels = this.remember ? this.labels.get(chunk) : undefined;
    if (!labels) {
      const found = new Set<string>();
      BRACKETED.lastIndex = 0;
      for (let match = BRACKETED.exec(chunk); match; match = BRACKETED.exec(chunk)) found.add(looseKey(match[1]));
      labels = [...found];
      if (!this.remember) return labels;
      // Bounded: for the longest drafts the memo would hold a second copy of the text.
      if (this.labelChars + chunk.length > LABEL_MEMO_CHARS) {
        this.labels.clear();
        this.labelChars = 0;
      }
      this.labels.set(detached(chunk), labels);
      this.labelChars += chunk.length;
    }
    return labels;
  }

  /** Whether nothing in the piece stays open into the line at `end` (a piece always ends after a blank line). */
  private endsClosed(entry: Entry, text: string, end: number): boolean {
    if (entry.ending === 'list-closed' || entry.ending === 'list-open') {
      if (LIST_ITEM_START.test(text.slice(end, end + 12))) return false;
      return entry.ending === 'list-closed';
    }
    return entry.ending === 'closed';
  }

  /**
   * Parses a piece, with the definitions it needs added (then removed): a tree relative to the
   * piece, or undefined when definitions added after the piece ended up inside it.
   */
  private parseChunk(chunk: string, first: boolean, added: string[]): { tree: Root } | undefined {
    const addedText = added.map((id) => `[${id}]: x`).join('\n');
    const parse = this.lean ? leanOrFull : (value: string) => processor.parse(value);
    let tree: Root;
    this.stats.parsed++;
    if (added.length === 0) {
      tree = parse(chunk);
      this.stats.parsedChars += chunk.length;
    } else if (first) {
      // After the piece: the first piece may open with front matter, which must stay on line 1.
      const gap = /(?:\r\n?|\n)$/.test(chunk) ? '\n' : '\n\n';
      tree = parse(chunk + gap + addedText + '\n');
      this.stats.parsedChars += chunk.length + gap.length + addedText.length + 1;
      const skew = bomLength(chunk);
      const extra = tree.children.splice(tree.children.length - added.length);
      if (!addedAsExpected(extra, added, (offset) => offset >= chunk.length - skew)) return undefined;
      tree.position!.end = pointAt(chunk, skew);
    } else {
      const prefix = `${addedText}\n\n`;
      tree = parse(prefix + chunk);
      this.stats.parsedChars += prefix.length + chunk.length;
      const extra = tree.children.splice(0, added.length);
      if (!addedAsExpected(extra, added, (offset) => offset < prefix.length))
        throw new Error('definitions added before a piece did not parse as such');
      shift(tree, -lineBreaks(prefix), -prefix.length);
      tree.position!.start = { line: 1, column: 1, offset: 0 };
    }
    return { tree };
  }

  /** The piece's tree, from the cache or parsed (with the definitions it needs added, then removed). */
  private entry(chunk: string, first: boolean, added: string[], plain?: Entry): Entry | undefined {
    const key = added.length ? `${added.join('\n')}\u0000${first ? 1 : 0}\u0000${chunk}` : chunk;
    const cached = added.length ? this.cache.get(key) : (plain ?? this.cache.get(key));
    if (cached) {
      // Most recently used last, under its own key (`key` is a slice of this draft: see `detached`).
      this.cache.delete(cached.key);
      this.cache.set(cached.key, cached);
      return cached;
    }
    // The piece is a slice of the draft: a copy of its own keeps the cache (the key, and the tree's
    // strings, which are slices of what is parsed) from holding every version of the draft.
    if (this.remember) chunk = detached(chunk);
    const parsed = this.parseChunk(chunk, first, added);
    if (!parsed) return undefined;
    const tree = parsed.tree;
    const definitions = definitionsIn(tree).map((definition) => definition.identifier);
    const entry: Entry = {
      key: added.length ? detached(key) : chunk,
      tree,
      lean: this.lean || undefined,
      ending: endingOf(tree, chunk),
      line: 0,
      offset: 0,
      bytes: key.length * BYTES_PER_CHAR,
      generation: 0,
      added,
      definitions,
    };
    if (this.remember && this.cacheBytes > 0 && entry.bytes <= this.cacheBytes) {
      this.cache.set(entry.key, entry);
      this.bytes += entry.bytes;
      for (const [oldKey, old] of this.cache) {
        if (this.bytes <= this.cacheBytes) break;
        this.cache.delete(oldKey);
        this.bytes -= old.bytes;
      }
    }
    return entry;
  }
}

/** How the piece's last block ends (see `Entry.ending`), read from its tree relative to the piece. */
function endingOf(tree: Root, chunk: string): Entry['ending'] {
  const last = tree.children.at(-1);
  if (!last) return 'closed';
  // micromark's offsets do not count a leading byte order mark.
  const skew = bomLength(chunk);
  const raw = (node: Nodes) => chunk.slice(node.position!.start.offset! + skew, node.position!.end.offset! + skew);
  switch (last.type) {
    case 'code':
      // After indented code micromark lets no list start but with 1 (as after a paragraph): the
      // next piece is parsed with it. Fenced code ends where its fence closes.
      if (!/^ {0,3}(?:`{3,}|~{3,})/.test(raw(last))) return 'open';
      return fenceClosed(raw(last)) ? 'closed' : 'open';
    case 'html':
      return htmlClosed(raw(last)) ? 'closed' : 'open';
    case 'list': {
      // Fenced code or an HTML block that ends a list item ends differently at the end of the
      // text than before a line that closes the list.
      const node = lastBlockOfList(last);
      if (node?.type === 'code') return /^ {0,3}(?:`{3,}|~{3,})/.test(raw(node)) ? 'list-open' : 'list-closed';
      if (node?.type === 'html') return htmlClosed(raw(node)) ? 'list-closed' : 'list-open';
      return 'list-closed';
    }
    default:
      return 'closed';
  }
}

/** Whether the added definitions came back exactly as added, where they were added. */
function addedAsExpected(nodes: RootContent[], ids: string[], inPlace: (offset: number) => boolean): boolean {
  return (
    nodes.length === ids.length &&
    nodes.every(
      (node, i) => node.type === 'definition' && node.identifier === ids[i] && inPlace(node.position!.start.offset!),
    )
  );
}

/** The point at the end of a text, as micromark gives it. */
function pointAt(text: string, skew: number): { line: number; column: number; offset: number } {
  const lines = lineBreaks(text);
  const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
  return { line: lines + 1, column: text.length - lastBreak - (lastBreak < 0 ? skew : 0), offset: text.length - skew };
}

/** The block a list ends with, inside its last item (and that item's last list, and so on). */
function lastBlockOfList(list: List): Nodes | undefined {
  let node: Nodes | undefined = list;
  while (node && (node.type === 'list' || node.type === 'listItem')) node = node.children.at(-1);
  return node;
}

function definitionsIn(node: Nodes): Definition[] {
  const found: Definition[] = [];
  const walk = (current: Nodes): void => {
    if (current.type === 'definition') found.push(current);
    else if ('children' in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return found;
}

/** The parser `checkDraft` uses, with its cache. */
export const draftParser = new DraftParser();
registerCache('draft pieces', () => draftParser.clear());
