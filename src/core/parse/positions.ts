import type { Point, Range } from '../framework/model.js';

/** Index of the last of the ascending `sorted` that is at most `value` (0 when none is). */
/** The first index of `list` (sorted by `key`) whose key is at least `value`; `list.length` when none is. */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(list[mid]) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function lastAtOrBefore(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (sorted[mid] <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Maps offsets to 1-based line/column points and back. Line breaks are `\r\n`, `\n` or a lone `\r`,
 * as in Markdown.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // Most drafts: line feeds only, found by the engine's own search.
      for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.starts.push(i + 1);
      else if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const low = lastAtOrBefore(this.starts, clamped);
    return { line: low + 1, column: clamped - this.starts[low] + 1, offset: clamped };
  }

  range(start: number, end: number): Range {
    return { start: this.point(start), end: this.point(end) };
  }

  /** Offset of a 1-based line and column, clamped to the text. */
  offset(line: number, column: number): number {
    const index = Math.max(0, Math.min(line - 1, this.starts.length - 1));
    return Math.min(this.starts[index] + Math.max(0, column - 1), this.text.length);
  }
}

interface Positioned {
  position?: {
    start: { line: number; column: number; offset?: number };
    end: { line: number; column: number; offset?: number };
  };
  children?: Positioned[];
}

/**
 * The parser drops a leading byte order mark and counts from the character after it; checks,
 * ranges and quick fixes count from the BOM, as editors do. Returns a copy of the tree with its
 * positions moved on by the `dropped` characters the parser did not count (the parser's trees
 * are cached: they are never changed).
 */
export function countingFromBom<T>(tree: T, dropped = 1): T {
  const copy = structuredClone(tree) as Positioned;
  const stack: Positioned[] = [copy];
  while (stack.length) {
    const node = stack.pop()!;
    for (const point of node.position ? [node.position.start, node.position.end] : []) {
      if (point.offset !== undefined) point.offset += dropped;
      if (point.line === 1) point.column += dropped;
    }
    for (const child of node.children ?? []) stack.push(child);
  }
  return copy as T;
}
