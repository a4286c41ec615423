/**
 * The draft's full mdast from its pieces: remark-parse's trees of the pieces joined, with the positions of a
 * whole-document parse. The checker never needs it (it reads each piece's facts, `DraftParser.readPieces`); the
 * tests do, to hold the pieces to a whole-document parse node for node.
 */
import type { Root, RootContent } from 'mdast';
import { BYTES_PER_CHAR, DraftParser, shift, type DraftParserOptions, type Piece } from './parse.js';
import { bomLength } from './bom.js';

/** A {@link DraftParser} that also gives the draft's whole tree (`parse`), joined from its pieces' trees. */
export class TreeParser extends DraftParser {
  /** The draft's mdast, identical to a whole-document parse, positions included. */
  parse(text: string): Root {
    this.generation++;
    this.remember = text.length * BYTES_PER_CHAR <= this.cacheBytes;
    this.stats = { chunks: 0, parsed: 0, parsedChars: 0, fellBack: false };
    try {
      return this.joinPieces(text, this.layout(text));
    } catch {
      // Any surprise: the whole document is always right.
    }
    return this.parseWholeDraft(text);
  }

  /** The pieces' trees joined into the draft's. */
  private joinPieces(text: string, pieces: Piece[]): Root {
    // micromark's offsets do not count a leading byte order mark.
    const skew = bomLength(text);
    const children: RootContent[] = [];
    for (const piece of pieces) {
      const offset = piece.start === 0 ? 0 : piece.start - skew;
      let entry = piece.entry;
      if (!entry.tree || entry.lean) {
        entry.tree = this.treeOf(entry, text.slice(piece.start, piece.end), piece.start === 0);
        entry.lean = undefined;
        entry.bytes = entry.key.length * BYTES_PER_CHAR;
      }
      if (entry.generation === this.generation) {
        // The same text twice in one draft: the second place gets its own nodes.
        entry = { ...entry, tree: structuredClone(entry.tree!) };
      }
      entry.generation = this.generation;
      if (entry.line !== piece.line || entry.offset !== offset) {
        shift(entry.tree!, piece.line - entry.line, offset - entry.offset);
        entry.line = piece.line;
        entry.offset = offset;
      }
      piece.entry = entry;
      for (const child of entry.tree!.children) children.push(child);
    }
    const first = pieces[0].entry.tree!.position!;
    const last = pieces[pieces.length - 1].entry.tree!.position!;
    return {
      type: 'root',
      children,
      position: { start: { ...first.start }, end: { ...last.end } },
    };
  }
}

/** Parses a draft in pieces, without a cache: every call returns a tree of its own. */
export function parseDraft(text: string, options: Omit<DraftParserOptions, 'cacheBytes'> = {}): Root {
  return new TreeParser({ ...options, cacheBytes: 0 }).parse(text);
}
