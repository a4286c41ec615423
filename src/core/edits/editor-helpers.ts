/**
 * Pure helpers for editor adapters: where a citation key is being typed, what a citation or a quotation
 * inserts, and the draft's references section. Offsets are UTF-16 code units into the text given.
 */
import type { CitationUse, HeadingInfo } from '../analysis/analyze.js';
import { findCitations, type Citation, type CitationItem } from '../analysis/citations.js';
import type { TextEdit } from './fixes.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { Claim } from '../framework/model.js';
import { lineEnding } from '../analysis/text.js';

const KEY_CHAR = /[\p{L}\p{N}_]/u;
const KEY_PUNCT = new Set([':', '.', '#', '$', '%', '&', '-', '+', '?', '<', '>', '~', '/']);

function isKeyChar(ch: string | undefined): boolean {
  return ch !== undefined && (KEY_CHAR.test(ch) || KEY_PUNCT.has(ch));
}

/**
 * Offsets of the paragraph (lines up to a blank line either side) around `offset`: citations never cross a blank line.
 */
export function paragraphAround(text: string, offset: number): { start: number; end: number } {
  const at = Math.max(0, Math.min(offset, text.length));
  const isBreak = (ch: string | undefined) => ch === '\n' || ch === '\r';
  const lineStart = (i: number) => {
    while (i > 0 && !isBreak(text[i - 1])) i--;
    return i;
  };
  const lineEnd = (i: number) => {
    while (i < text.length && !isBreak(text[i])) i++;
    return i;
  };
  const blank = (from: number, to: number) => /^[ \t]*$/.test(text.slice(from, to));
  let start = lineStart(at);
  let end = lineEnd(at);
  if (blank(start, end)) return { start: at, end: at };
  while (start > 0) {
    let previousEnd = start - 1;
    if (text[previousEnd] === '\n' && text[previousEnd - 1] === '\r') previousEnd--;
    const previousStart = lineStart(previousEnd);
    if (blank(previousStart, previousEnd)) break;
    start = previousStart;
  }
  while (end < text.length) {
    const nextStart = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : end + 1;
    const nextEnd = lineEnd(nextStart);
    if (blank(nextStart, nextEnd)) break;
    end = nextEnd;
  }
  return { start, end };
}

/** The citation and the item (key) of it at `offset`, looking only at the paragraph there. */
export function citationAt(
  text: string,
  offset: number,
  namespaces: readonly string[],
): { citation: Citation; item: CitationItem } | undefined {
  const { start, end } = paragraphAround(text, offset);
  const citations = findCitations(text.slice(start, end), namespaces);
  const local = offset - start;
  for (const citation of citations) {
    if (local < citation.start || local > citation.end) continue;
    for (const item of citation.items) {
      if (local >= item.start - 1 && local <= item.end) {
        const shift = (at: number) => at + start;
        return {
          citation: {
            ...citation,
            start: shift(citation.start),
            end: shift(citation.end),
            items: citation.items.map((i) => ({ ...i, start: shift(i.start), end: shift(i.end) })),
          },
          item: { ...item, start: shift(item.start), end: shift(item.end) },
        };
      }
    }
  }
  return undefined;
}

/** Where a citation key is being typed: the key's offsets and what is typed of it before the cursor. */
export interface KeyInProgress {
  /** Offset just after the `@`. */
  start: number;
  /** End of the key, which may go on after the cursor. */
  end: number;
  /** The part of the key before the cursor. */
  prefix: string;
}

/**
 * Whether `offset` is where a citation key is typed: after `[@`, `[-@`, `; @` or `see @` inside an open
 * bracket of the same paragraph. E-mail addresses and text outside brackets never are.
 */
export function citationKeyAt(text: string, offset: number): KeyInProgress | undefined {
  let at = offset;
  while (at > 0 && isKeyChar(text[at - 1])) at--;
  if (text[at - 1] !== '@') return undefined;
  const before = text[at - 2];
  if (before !== undefined && !/[\s\-[;]/.test(before)) return undefined;
  // The `@` must sit inside a `[` opened in the same paragraph and not closed before it.
  const { start: paragraphStart } = paragraphAround(text, at - 1);
  let open = -1;
  for (let i = at - 2; i >= paragraphStart; i--) {
    const ch = text[i];
    if (ch === ']') return undefined;
    if (ch === '[') {
      open = i;
      break;
    }
  }
  if (open < 0) return undefined;
  let end = offset;
  while (end < text.length && isKeyChar(text[end])) end++;
  return { start: at, end, prefix: text.slice(at, offset) };
}

/**
 * The edit that cites `key` at the cursor: `[@key]`, replacing a selection; or, with the cursor inside a
 * bracketed citation, `; @key` added to it before its closing bracket.
 */
export function citationInsertEdit(
  text: string,
  start: number,
  end: number,
  key: string,
  namespaces: readonly string[] = [],
): TextEdit {
  if (start === end) {
    const { start: paragraphStart, end: paragraphEnd } = paragraphAround(text, start);
    const local = start - paragraphStart;
    const inside = findCitations(text.slice(paragraphStart, paragraphEnd), namespaces).find(
      (citation) => citation.bracketed && local > citation.start && local < citation.end,
    );
    if (inside) {
      const close = paragraphStart + inside.end - 1;
      return { start: close, end: close, newText: `; @${key}` };
    }
  }
  return { start, end, newText: `[@${key}]` };
}

/** A quotation of the claim's exact words followed by its citation, which the misquote rule accepts. */
export function quoteWithCitation(claim: Claim): string {
  return `“${claim.text}” [@${claim.key}]`;
}

/** The claims a draft cites, each once, in the order of their first citation. Unknown keys are left out. */
export function citedClaims(citations: readonly CitationUse[]): Claim[] {
  const seen = new Set<string>();
  const claims: Claim[] = [];
  for (const use of [...citations].sort((a, b) => a.citation.start - b.citation.start)) {
    for (const claim of use.claims) {
      if (!claim || seen.has(claim.key)) continue;
      seen.add(claim.key);
      claims.push(claim);
    }
  }
  return claims;
}

/** The heading of the references section. */
export const REFERENCES_HEADING = 'References (source claims)';
/** Comments around the generated list, so that running the command again replaces it in place. */
export const REFERENCES_START =
  '<!-- cooperation-pillars:references (generated: run “Insert References Section” again to update) -->';
export const REFERENCES_END = '<!-- /cooperation-pillars:references -->';

const START_RE = /<!--\s*cooperation-pillars:references\b[^]*?-->/;
const END_RE = /<!--\s*\/cooperation-pillars:references\s*-->/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** What the references section needs of a draft's analysis (plain data, as a worker sends it). */
export interface ReferencesInput {
  text: string;
  citations: readonly CitationUse[];
  headings: readonly HeadingInfo[];
  title?: HeadingInfo;
  /** The draft names a bibliography (front matter): Pandoc's citeproc writes the list ({@link CITEPROC_REFERENCES}). */
  hasBibliography?: boolean;
}

/**
 * The references list of a draft that names a bibliography: the place where Pandoc's citeproc (and Quarto) put
 * the entries of every claim the draft cites, each with its full text. Nothing of the source is in the draft, so
 * nothing there can count as covering a pillar.
 */
export const CITEPROC_REFERENCES = ['::: {#refs}', ':::'];

/**
 * The list of cited claims with their full text. It is raw HTML (a `<dl>`), which Markdown renders and
 * which the checker never reads as prose: quoting the source there must not count as covering a pillar. Its
 * keys are written `&#64;key`, which Pandoc does not read as citations. With `citeproc` (the draft names a
 * bibliography) it is Pandoc's `::: {#refs}` div instead, which citeproc fills from the bibliography.
 */
export function referencesList(claims: readonly Claim[], kb: KnowledgeBase, eol = '\n', citeproc = false): string {
  const lines = [REFERENCES_START];
  if (citeproc) {
    lines.push('', ...CITEPROC_REFERENCES, '');
  } else if (claims.length === 0) {
    lines.push('<p>The draft cites no claim of the source yet.</p>');
  } else {
    lines.push('<dl>');
    for (const claim of claims) {
      const source = kb.sourceOf(claim);
      const theme = kb.themeOf(claim);
      lines.push(`<dt><code>&#64;${escapeHtml(claim.key)}</code> (${escapeHtml(theme.title)})</dt>`);
      lines.push(
        `<dd>“${escapeHtml(claim.text)}” — <cite>${escapeHtml(source.title)}</cite>, line ${claim.range.start.line}.</dd>`,
      );
    }
    lines.push('</dl>');
  }
  lines.push(REFERENCES_END);
  return lines.join(eol);
}

/**
 * The edit that writes the references section: a heading and the list of every claim the draft cites.
 * When the draft already has one (found by its comments), the list is replaced in place, with the heading
 * just above it; otherwise the section goes at the end of the draft.
 */
export function referencesEdit(input: ReferencesInput, kb: KnowledgeBase): TextEdit {
  const { text } = input;
  const eol = lineEnding(text);
  const list = referencesList(citedClaims(input.citations), kb, eol, input.hasBibliography ?? false);
  const startMatch = START_RE.exec(text);
  const endMatch = startMatch ? END_RE.exec(text.slice(startMatch.index)) : null;
  if (startMatch && endMatch) {
    const end = startMatch.index + endMatch.index + endMatch[0].length;
    return { start: startMatch.index, end, newText: list };
  }
  const sections = input.headings.filter((heading) => heading !== input.title && heading.start !== input.title?.start);
  const depth = Math.max(1, Math.min(sections.length ? Math.min(...sections.map((heading) => heading.depth)) : 2, 6));
  const section = `${'#'.repeat(depth)} ${REFERENCES_HEADING}${eol}${eol}${list}${eol}`;
  const trailing = /(?:\r\n|\r|\n)*$/.exec(text)![0];
  const breaks = trailing.split(eol).length - 1;
  const lead = text.length === 0 ? '' : breaks >= 2 ? '' : breaks === 1 ? eol : eol + eol;
  return { start: text.length, end: text.length, newText: lead + section };
}
