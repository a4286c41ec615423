import { isBuiltinPillarId, type Claim, type PillarId, type Source, type SourceMetadata, type Theme } from './model.js';
import { LineIndex } from '../parse/positions.js';
import { splitSentences } from '../analysis/sentences.js';
import { normalizeQuote, slugify } from '../analysis/text.js';

/**
 * How to read a source text: which paragraphs start which theme, and the pinned keys of its claims.
 * Keys are matched by the start of their sentence, so adding a sentence elsewhere never shifts a key.
 */
export interface SourceManifest {
  id: string;
  namespace: string;
  title?: string;
  themes: ThemeSpec[];
  claims?: ClaimSpec[];
  /** Author, date, publisher and address of the source, for bibliographies (`pillars bibliography`). */
  metadata?: SourceMetadata;
}

export interface ThemeSpec {
  id: string;
  title: string;
  pillar?: string;
  /** A heading line that starts the theme (list numbers, `#` and a final colon are ignored). */
  heading?: string;
  /** The words a paragraph starts with when it starts the theme (for themes without a heading). */
  startsWith?: string;
}

export interface ClaimSpec {
  key: string;
  startsWith: string;
}

export interface LoadedSource {
  source: Source;
  /** Problems found while loading: the source still loads, with what could be read. */
  warnings: string[];
}

interface Paragraph {
  start: number;
  end: number;
  text: string;
}

const PANDOC_KEY = /^[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*$/u;

/** Whether `key` is a valid Pandoc citation key (letters, digits, `_`, and internal punctuation). */
export function isPandocKey(key: string): boolean {
  return PANDOC_KEY.test(key);
}

function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  const re = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g;
  let start = 0;
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) result.push({ start: from + lead, end: from + lead + body.length, text: body });
  };
  for (let match = re.exec(text); match; match = re.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return result;
}

/** `  1. Building Partnerships:` or `## Building Partnerships` → `building partnerships`. */
function headingText(line: string): string {
  return normalizeQuote(line)
    .replace(/^#{1,6}\s+/, '')
    .replace(/^(?:\d+|[ivxlc]+|[a-z])[.)]\s+/i, '')
    .replace(/[:.]$/, '')
    .trim()
    .toLowerCase();
}

/** A one-line paragraph that reads like a heading: `#`-marked, or short and ending with a colon. */
function looksLikeHeading(paragraph: Paragraph): boolean {
  if (/[\r\n]/.test(paragraph.text)) return false;
  return /^#{1,6}\s/.test(paragraph.text) || (paragraph.text.length <= 80 && /:$/.test(paragraph.text));
}

function startsWithWords(text: string, words: string): boolean {
  return normalizeQuote(text).toLowerCase().startsWith(normalizeQuote(words).toLowerCase());
}

/**
 * Reads a source text into themes and claims. The first line is the title unless the manifest
 * names one. Never throws on odd text: what cannot be placed is reported in `warnings`.
 */
export function loadSource(text: string, manifest: SourceManifest): LoadedSource {
  const warnings: string[] = [];
  const index = new LineIndex(text);
  const paras = paragraphs(text);
  let title = manifest.title;
  if (!title && paras.length > 0 && !/[\r\n]/.test(paras[0].text)) {
    title = paras.shift()!.text;
  }
  title ??= manifest.id;

  const themes: Theme[] = [];
  const specs = manifest.themes;
  let nextSpec = 0;
  let current: Theme | undefined;
  const openTheme = (spec: ThemeSpec | undefined, fallbackTitle: string, at: Paragraph): Theme => {
    const pillar = spec?.pillar;
    if (pillar !== undefined && !isBuiltinPillarId(pillar))
      warnings.push(`Theme "${spec!.id}" names an unknown pillar "${pillar}".`);
    const theme: Theme = {
      id: spec?.id ?? (slugify(fallbackTitle) || `theme-${themes.length + 1}`),
      title: spec?.title ?? fallbackTitle,
      pillar: isBuiltinPillarId(pillar) ? (pillar as PillarId) : undefined,
      range: index.range(at.start, at.end),
      claims: [],
    };
    themes.push(theme);
    return theme;
  };

  const claimSpecs = manifest.claims ?? [];
  const usedSpecs = new Set<ClaimSpec>();
  const usedKeys = new Set<string>();

  for (const para of paras) {
    const spec = specs
      .slice(nextSpec)
      .find((candidate) =>
        candidate.heading !== undefined
          ? looksLikeHeading(para) && headingText(para.text) === headingText(candidate.heading)
          : candidate.startsWith !== undefined && startsWithWords(para.text, candidate.startsWith),
      );
    if (spec) {
      nextSpec = specs.indexOf(spec) + 1;
      current = openTheme(spec, spec.title, para);
      if (spec.heading !== undefined) continue;
    } else if (looksLikeHeading(para)) {
      current = openTheme(
        undefined,
        headingText(para.text) ? para.text.replace(/^#+\s*|:$/g, '').trim() : 'Untitled',
        para,
      );
      continue;
    }
    current ??= openTheme(undefined, 'Introduction', para);

    for (const span of splitSentences(para.text)) {
      const sentence = para.text.slice(span.start, span.end);
      const claimSpec = claimSpecs.find(
        (candidate) => !usedSpecs.has(candidate) && startsWithWords(sentence, candidate.startsWith),
      );
      let id: string;
      if (claimSpec) {
        usedSpecs.add(claimSpec);
        id = claimSpec.key;
      } else {
        id = slugify(sentence.split(/\s+/).slice(0, 4).join(' ')) || 'claim';
        for (let n = 2; usedKeys.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
      }
      const key = `${manifest.namespace}:${id}`;
      if (!isPandocKey(key)) warnings.push(`Claim key "${key}" is not a valid Pandoc citation key.`);
      if (usedKeys.has(id)) warnings.push(`Claim key "${key}" is used twice.`);
      usedKeys.add(id);
      const claim: Claim = {
        id,
        key,
        text: sentence,
        theme: current.id,
        pillar: current.pillar,
        range: index.range(para.start + span.start, para.start + span.end),
      };
      current.claims.push(claim);
    }
  }

  for (const spec of specs.slice(nextSpec)) warnings.push(`Theme "${spec.id}" was not found in the source.`);
  for (const spec of claimSpecs) {
    if (!usedSpecs.has(spec))
      warnings.push(`No sentence starts with "${spec.startsWith}" (claim ${manifest.namespace}:${spec.key}).`);
  }
  const source: Source = { id: manifest.id, namespace: manifest.namespace, title, text, themes };
  if (manifest.metadata) source.metadata = manifest.metadata;
  return { source, warnings };
}
