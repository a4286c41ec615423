/**
 * Claim keys that stay put. A framework's front matter may pin keys with a `keys:` map from a sentence (whole, its
 * start, its start and end around an ellipsis, or its slug) to a key; a sentence it does not pin gets a key derived
 * from its first words, which can shift when a sentence with the same first words is inserted before it.
 * `entriesFor` writes the entries that pin sentences: what `pillars framework init` adds to a document.
 */
import { slugify } from '../analysis/text.js';

/** One entry of the front matter's `keys:` map, as read. */
export interface KeyEntry {
  /** The sentence, a start of it, or its slug, as written. */
  sentence: string;
  /** The claim id it pins (without the namespace). */
  id: string;
  /** 1-based line of the entry in the framework file. */
  line: number;
}

export interface AssignedKeys {
  /** Per sentence, its claim id. */
  ids: string[];
  /** Per sentence, whether a `keys:` entry pinned it. */
  pinned: boolean[];
  /** Entries that matched no sentence (the sentence was edited or removed). */
  unused: KeyEntry[];
}

/** The id a sentence gets when nothing pins it: the slug of its first four words. */
export function derivedId(sentence: string): string {
  return slugify(sentence.split(/\s+/).slice(0, 4).join(' ')) || 'claim';
}

/**
 * An entry split at its ellipsis: `States should not conduct … serving the public.` → its start and its end, as slugs.
 */
function entryParts(sentence: string): { head: string; tail?: string } {
  const parts = sentence.split(/\s*(?:\u2026|\.\.\.)\s*/);
  if (parts.length === 2 && slugify(parts[0]) && slugify(parts[1]))
    return { head: slugify(parts[0]), tail: slugify(parts[1]) };
  return { head: slugify(sentence) };
}

/**
 * Which sentence each `keys:` entry pins, and ids for the rest. An entry is compared with sentences by slug, so
 * case, quote marks and punctuation do not matter. In three passes, each entry taking the first free sentence that
 * fits: entries that are a whole sentence take a sentence they equal; entries written `start … end` (what
 * `entriesFor` writes for a long sentence) take a sentence with that start and that end, so a sentence inserted with
 * the same first words does not take its key; other entries take a sentence they start (on a word boundary).
 * Unpinned sentences get `derivedId`, numbered `-2`, `-3`… where it is taken, never taking a pinned id.
 */
export function assignKeys(sentences: readonly string[], entries: readonly KeyEntry[]): AssignedKeys {
  const slugs = sentences.map(slugify);
  const ids: (string | undefined)[] = sentences.map(() => undefined);
  const used = new Set<KeyEntry>();
  const parts = new Map(entries.map((entry) => [entry, entryParts(entry.sentence)]));
  const take = (matches: (slug: string, head: string, tail: string | undefined) => boolean) => {
    for (const entry of entries) {
      const { head, tail } = parts.get(entry)!;
      if (used.has(entry) || !head) continue;
      const at = slugs.findIndex((slug, index) => ids[index] === undefined && matches(slug, head, tail));
      if (at >= 0) {
        ids[at] = entry.id;
        used.add(entry);
      }
    }
  };
  take((slug, head, tail) => tail === undefined && slug === head);
  take(
    (slug, head, tail) =>
      tail !== undefined &&
      slug.length > head.length + tail.length &&
      slug.startsWith(`${head}-`) &&
      slug.endsWith(`-${tail}`),
  );
  take((slug, head, tail) => tail === undefined && slug.startsWith(`${head}-`));
  const pinned = ids.map((id) => id !== undefined);
  const taken = new Set(ids.filter((id): id is string => id !== undefined));
  const result = ids.map((id, index) => {
    if (id !== undefined) return id;
    const base = derivedId(sentences[index]);
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
  return { ids: result, pinned, unused: entries.filter((entry) => !used.has(entry)) };
}

/** A sentence of at most this many words is its own entry; a longer one is written `start … end`. */
export const WHOLE_ENTRY_WORDS = 12;
/** Words of a long sentence's start and end that its entry gives at least. */
export const HEAD_WORDS = 6;
export const TAIL_WORDS = 4;

/**
 * The `keys:` entry for each sentence that `assignKeys` pins back to it: a short sentence whole; a longer one as its
 * first `HEAD_WORDS` and last `TAIL_WORDS` words around an ellipsis (more words where another sentence has the same
 * start and end), so that editing its middle keeps its key and a new sentence with the same start takes none.
 * `undefined` for a sentence that no entry can single out (it repeats an earlier sentence word for word).
 */
export function entriesFor(sentences: readonly string[]): (string | undefined)[] {
  const slugs = sentences.map(slugify);
  return sentences.map((sentence, index) => {
    const slug = slugs[index];
    if (!slug || slugs.indexOf(slug) !== index) return undefined;
    const words = sentence.trim().split(/\s+/);
    if (words.length <= WHOLE_ENTRY_WORDS) return words.join(' ');
    for (let head = HEAD_WORDS; head + TAIL_WORDS < words.length; head++) {
      const start = words
        .slice(0, head)
        .join(' ')
        .replace(/[,;:]$/, '');
      const end = words.slice(-TAIL_WORDS).join(' ');
      const [h, t] = [slugify(start), slugify(end)];
      const fits = (other: string) =>
        other.length > h.length + t.length && other.startsWith(`${h}-`) && other.endsWith(`-${t}`);
      // Entries take sentences in order: one that fits an earlier sentence too would take that one.
      if (h && t && !slugs.some((other, at) => at !== index && fits(other))) return `${start} … ${end}`;
    }
    return words.join(' ');
  });
}
