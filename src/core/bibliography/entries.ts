/**
 * The claims of a knowledge base as bibliography entries (CSL items), so that Pandoc's citeproc and Quarto
 * resolve `[@belarus:un-gge]` and a rendered draft reads well in author-date and numeric styles alike.
 *
 * Each claim is its own entry (the keys are per claim), so the entries must differ where styles compare
 * them, or author-date styles add year suffixes ("n.d.a, n.d.b"). They do: the claim's sentence is the
 * entry's `title`, which styles put in the author's place when there is no author (Chicago: the title, APA:
 * its short form, "Building Partnerships, sentence 1"), and the source's author, when known, is the author
 * of the containing work (`container-author`), never the entry's own `author`. The source is the
 * `container-title`; the claim's theme and its place in the theme are the `genre`, which Chicago and APA
 * print in the bibliography ("Building Partnerships, sentence 1").
 */
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { Source, SourceMetadata } from '../framework/model.js';

/** A CSL date: `date-parts` for an ISO 8601 date, else the words as written. */
export type CslDate = { 'date-parts': number[][] } | { literal: string };

/**
 * One claim as a CSL item (plain text: each format marks up `title`, `title-short` and `genre` so that styles
 * keep their case, a claim being a quotation).
 */
export interface CslItem {
  /** The citation key, `belarus:un-gge`. */
  id: string;
  /**
   * `entry` (an undated entry of a work with no author), or `chapter` when the source's author, date or publisher is
   * known.
   */
  type: 'entry' | 'chapter';
  /** The claim's sentence, as the source says it. */
  title: string;
  /** The claim's theme and its place there: `Building Partnerships, sentence 1`. */
  'title-short': string;
  genre: string;
  /** The source's title. */
  'container-title': string;
  'container-author'?: { literal: string }[];
  issued?: CslDate;
  publisher?: string;
  URL?: string;
  /** For label styles (alphabetic): the key. */
  'citation-label': string;
}

/**
 * The fields of a {@link CslItem} that are words of the source or its structure, kept in their case by every format.
 */
export const VERBATIM_FIELDS = ['title', 'title-short', 'genre'] as const;

/** `2023`, `2023-05` or `2023-05-01` as CSL date parts; other text as a literal date. */
export function cslDate(issued: string): CslDate {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(issued.trim());
  if (!match) return { literal: issued.trim() };
  return {
    'date-parts': [
      match
        .slice(1)
        .filter((part) => part !== undefined)
        .map(Number),
    ],
  };
}

/** Where a claim stands in its theme, for readers: `Building Partnerships, sentence 3`. */
export function claimPlace(themeTitle: string, sentence: number): string {
  return `${themeTitle}, sentence ${sentence}`;
}

/**
 * Every claim of `kb` as a CSL item, in the knowledge base's order. `metadataOf` gives a source's author,
 * date, publisher and address: by default what its manifest says (`Source.metadata`); the built-in essay
 * names none, so its entries are undated and have no author (styles print "n.d.", once per entry).
 */
export function bibliographyItems(
  kb: KnowledgeBase,
  metadataOf: (source: Source) => SourceMetadata | undefined = (source) => source.metadata,
): CslItem[] {
  const items: CslItem[] = [];
  for (const source of kb.sources) {
    const metadata = metadataOf(source) ?? {};
    const authors = (Array.isArray(metadata.author) ? metadata.author : metadata.author ? [metadata.author] : [])
      .map((name) => name.trim())
      .filter(Boolean);
    const issued = metadata.issued?.trim() ? cslDate(metadata.issued) : undefined;
    const publisher = metadata.publisher?.trim() || undefined;
    const url = metadata.url?.trim() || undefined;
    // An undated `chapter` of a work with no author leaves IEEE's "in …," dangling; an `entry` reads cleanly.
    const type = authors.length || issued || publisher ? 'chapter' : 'entry';
    for (const theme of source.themes) {
      theme.claims.forEach((claim, index) => {
        const place = claimPlace(theme.title, index + 1);
        items.push({
          id: claim.key,
          type,
          title: claim.text,
          'title-short': place,
          genre: place,
          'container-title': source.title,
          ...(authors.length ? { 'container-author': authors.map((literal) => ({ literal })) } : {}),
          ...(issued ? { issued } : {}),
          ...(publisher ? { publisher } : {}),
          ...(url ? { URL: url } : {}),
          'citation-label': claim.key,
        });
      });
    }
  }
  return items;
}
