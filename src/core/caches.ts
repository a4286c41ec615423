/**
 * The checker's caches, behind one owner. Each keeps work a re-check would otherwise repeat (pieces' facts, their
 * placing, front matter, readings of blocks, stems, loaded framework and bibliography files) and is made here, so
 * that `clearCaches()` empties every one of them: the CLI between drafts it will not see again, the editor when
 * the frameworks change, tests between cases. A cleared cache only costs time: results never depend on it.
 */
const clears = new Map<string, () => void>();

/** Adds a cache's `clear` to those `clearCaches` calls, under a name of its own (made again: replaced). */
export function registerCache(name: string, clear: () => void): void {
  clears.set(name, clear);
}

/** A `Map` kept as a cache, emptied by `clearCaches`. */
export function cacheMap<K, V>(name: string): Map<K, V> {
  const map = new Map<K, V>();
  registerCache(name, () => map.clear());
  return map;
}

/** A memo keyed by objects: an entry goes with its key, or with `clear` (`clearCaches`). */
export class WeakMemo<K extends object, V> {
  private map = new WeakMap<K, V>();

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): this {
    this.map.set(key, value);
    return this;
  }

  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Forgets every entry (a `WeakMap` cannot be emptied: a new one takes its place). */
  clear(): void {
    this.map = new WeakMap<K, V>();
  }
}

/** A {@link WeakMemo} emptied by `clearCaches`. */
export function weakMemo<K extends object, V>(name: string): WeakMemo<K, V> {
  const memo = new WeakMemo<K, V>();
  registerCache(name, () => memo.clear());
  return memo;
}

/** Empties every cache of the checker. */
export function clearCaches(): void {
  for (const clear of clears.values()) clear();
}

/** The names of the caches `clearCaches` empties, in the order they were made (for tests and benchmarks). */
export function cacheNames(): string[] {
  return [...clears.keys()];
}
