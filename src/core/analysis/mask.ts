/** The draft's prose mask, read from its pieces' masks. */
import { maskOf, type PieceFacts } from './facts.js';
import { lastAtOrBefore } from '../parse/positions.js';

/**
 * The draft's prose mask (see `readPiece`) read from its pieces' masks: slices without a copy of
 * the whole (a long draft's mask would be as long as the draft).
 */
export class Masked {
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
