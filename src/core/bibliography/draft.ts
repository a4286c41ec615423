/**
 * The bibliographies a draft names in its front matter (`bibliography:` files, `references:` entries), read
 * for their keys. Files are resolved from the draft's folder, as Quarto does (run Pandoc from that folder).
 * The one place the core reads a file besides the draft, through a {@link BibliographyReader} it is given.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { BibliographyError, bibliographyKeys } from './keys.js';
import { cacheMap } from '../caches.js';

/** Reads a bibliography file's text by its absolute path; throws (an `ENOENT` error…) when it cannot. */
export type BibliographyReader = (path: string) => string;

export interface BibliographyFile {
  /** As the front matter writes it. */
  name: string;
  /** Absolute path, when the draft's folder is known (or the name is absolute). */
  path?: string;
  /** Its keys, when it was read in a format read here. */
  keys?: Set<string>;
  /** Why its keys are not known: it cannot be read, or it is not what its extension says. */
  problem?: string;
}

export interface DraftBibliography {
  files: BibliographyFile[];
  /** Ids of the entries written in the front matter (`references:`). */
  inline: Set<string>;
  /** A `bibliography` value that is neither a file name nor a list of them. */
  problem?: string;
  /** Every bibliography was read: a key found in none of them does not resolve in Pandoc either. */
  complete: boolean;
}

/** Whether `key` is an entry of one of the draft's bibliographies. */
export function inBibliography(bibliography: DraftBibliography, key: string): boolean {
  return bibliography.inline.has(key) || bibliography.files.some((file) => file.keys?.has(key));
}

const MAX_CACHED = 64;
const cache = cacheMap<string, { stamp: string; keys: Set<string> | undefined }>('bibliography files');

/** Reads with node:fs; a file's keys are kept until it changes (size and time), so a check per keystroke reads none. */
function cachedKeys(path: string, read: BibliographyReader | undefined): Set<string> | undefined {
  if (read) return bibliographyKeys(read(path), path);
  const stats = statSync(path);
  if (!stats.isFile()) throw new BibliographyError('it is a folder, not a file');
  const stamp = `${stats.size}:${stats.mtimeMs}`;
  const known = cache.get(path);
  if (known?.stamp === stamp) return known.keys;
  const keys = bibliographyKeys(readFileSync(path, 'utf8'), path);
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(path, { stamp, keys });
  return keys;
}

/** Forgets the bibliography files read (for tests). */
export function clearBibliographyCache(): void {
  cache.clear();
}

function whyUnreadable(error: unknown): string {
  if (error instanceof BibliographyError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return (error as Error).message ?? String(error);
}

/**
 * The bibliographies named by the front matter `data` of a draft stored at `draftPath` (absolute; undefined
 * for a draft not on disk, whose relative file names are then not read). Never throws: a file that cannot be
 * read or parsed is kept with its `problem`.
 */
export function draftBibliography(
  data: unknown,
  draftPath: string | undefined,
  read?: BibliographyReader,
): DraftBibliography {
  const record =
    data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const inline = new Set<string>();
  if (Array.isArray(record.references)) {
    for (const entry of record.references) {
      const id = entry && typeof entry === 'object' ? (entry as { id?: unknown }).id : undefined;
      if (typeof id === 'string' || typeof id === 'number') inline.add(String(id));
    }
  }
  const named = record.bibliography;
  const list =
    typeof named === 'string'
      ? [named]
      : Array.isArray(named) && named.every((name) => typeof name === 'string')
        ? (named as string[])
        : undefined;
  const result: DraftBibliography = { files: [], inline, complete: true };
  if (named !== undefined && named !== null && !list) {
    result.problem =
      'Front matter `bibliography` must be a file name or a list of file names, e.g. `bibliography: claims.json`.';
    result.complete = false;
  }
  for (const name of (list ?? []).map((entry) => entry.trim()).filter(Boolean)) {
    const file: BibliographyFile = { name };
    result.files.push(file);
    if (!isAbsolute(name) && !draftPath) {
      result.complete = false;
      continue;
    }
    file.path = draftPath ? resolve(dirname(draftPath), name) : name;
    try {
      file.keys = cachedKeys(file.path, read);
      if (!file.keys) result.complete = false;
    } catch (error) {
      file.problem = whyUnreadable(error);
      result.complete = false;
    }
  }
  return result;
}
