/**
 * Reads a framework file (docs/frameworks.md) into plain data: its `##` sections are themes, their sentences are
 * claims, and the front matter says which themes are pillars, how claims are keyed, and each pillar's vocabulary.
 * Never throws: whatever is wrong is a problem with its line, and what can be loaded is loaded.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { didYouMean } from '../config/schema.js';
import { LineIndex } from '../parse/positions.js';
import { splitSentences } from '../analysis/sentences.js';
import { isPandocKey } from './source-loader.js';
import { slugify } from '../analysis/text.js';
import { readFrontMatter, type FrameworkFrontMatter, type PillarSpec } from './front-matter.js';
import { assignKeys, type KeyEntry } from './keys.js';
import type {
  Framework,
  FrameworkClaim,
  FrameworkPillar,
  FrameworkProblem,
  FrameworkTheme,
  LoadedFramework,
  Signal,
} from './types.js';
import { deriveVocabulary, falseFriendSignal, readSignalLine } from './vocabulary.js';
import { bomLength } from '../parse/bom.js';

/** A heading's explicit identifier at its end, as Pandoc writes it: `{#partnerships}`. */
const HEADING_ID = /\s*\{#([A-Za-z][\w-]*)\}$/;

/** Longest framework file read, in characters: a larger one is reported, not read. */
export const MAX_FRAMEWORK_LENGTH = 1_000_000;

export interface LoadFrameworkOptions {
  /** Namespace when the front matter gives none (else the slug of the title). */
  namespace?: string;
  /** Longest file read, in characters (default `MAX_FRAMEWORK_LENGTH`). */
  maxLength?: number;
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** A sentence of a section, before it has a key. */
interface Sentence {
  text: string;
  start: number;
  end: number;
}

interface Section {
  heading: Heading;
  title: string;
  slug: string;
  line: number;
  sentences: Sentence[];
}

/**
 * The plain text of a node's phrasing, with, for each character, its offset in the file: what a claim's text and
 * range are made from. Inline markup is dropped (emphasis, links keep their words; images, HTML, footnote marks
 * go), and white space runs become one space.
 */
function plainText(node: Nodes, text: string, base: number): { value: string; offsets: number[] } {
  const chars: string[] = [];
  const offsets: number[] = [];
  const visit = (current: Nodes) => {
    const start = current.position?.start.offset;
    const end = current.position?.end.offset;
    if (current.type === 'text' || current.type === 'inlineCode') {
      if (start === undefined || end === undefined) return;
      // A node's value is its source less escapes and entities: align them character by character.
      const raw = text.slice(base + start, base + end);
      let at = 0;
      for (const ch of current.value) {
        const found = raw.indexOf(ch, at);
        if (found >= 0) at = found;
        chars.push(ch);
        offsets.push(base + start + Math.min(at, Math.max(0, raw.length - 1)));
        if (found >= 0) at = found + ch.length;
      }
      return;
    }
    if (current.type === 'break') {
      chars.push(' ');
      offsets.push(base + (start ?? 0));
      return;
    }
    if (
      current.type === 'html' ||
      current.type === 'image' ||
      current.type === 'imageReference' ||
      current.type === 'footnoteReference'
    )
      return;
    if ('children' in current) for (const child of current.children) visit(child as Nodes);
  };
  visit(node);
  let value = '';
  const kept: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (/\s/.test(chars[i])) {
      if (value === '' || value.endsWith(' ')) continue;
      value += ' ';
    } else {
      value += chars[i];
    }
    kept.push(offsets[i]);
  }
  if (value.endsWith(' ')) {
    value = value.slice(0, -1);
    kept.pop();
  }
  return { value, offsets: kept };
}

/**
 * The paragraphs of a block: its own, those of its list items and block quotes. Code, tables and HTML hold no claims.
 */
function paragraphs(node: RootContent): RootContent[] {
  if (node.type === 'paragraph') return [node];
  if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote')
    return node.children.flatMap(paragraphs);
  return [];
}

function sentencesOf(node: RootContent, text: string, base: number): Sentence[] {
  const { value, offsets } = plainText(node, text, base);
  return splitSentences(value).map((span) => ({
    text: value.slice(span.start, span.end),
    start: offsets[span.start],
    end: offsets[span.end - 1] + 1,
  }));
}

function emptyFramework(text: string, namespace: string): Framework {
  return { source: { id: namespace, namespace, title: namespace, text, themes: [] }, pillars: [] };
}

/** A namespace made from a title: its slug, cut to whole words of at most 24 characters. */
export function namespaceFromTitle(title: string): string {
  let result = '';
  for (const word of slugify(title).split('-')) {
    if (!word) continue;
    if (result && result.length + 1 + word.length > 24) break;
    result = result ? `${result}-${word}` : word;
  }
  return result.slice(0, 24) || 'framework';
}

/**
 * Reads a framework file. `text` is the file as read (a byte order mark is allowed: ranges count from it);
 * problems carry 1-based lines of the file.
 */
export function loadFramework(text: string, options: LoadFrameworkOptions = {}): LoadedFramework {
  const problems: FrameworkProblem[] = [];
  const problem = (line: number, message: string, severity: FrameworkProblem['severity'] = 'error') =>
    problems.push({ severity, line, message });
  const fallback = options.namespace ?? 'framework';
  if (text.includes('\u0000')) {
    problem(1, 'This file is binary, not a Markdown framework: point at the framework’s .md file.');
    return { framework: emptyFramework(text, fallback), problems };
  }
  const limit = options.maxLength ?? MAX_FRAMEWORK_LENGTH;
  if (text.length > limit) {
    problem(
      1,
      `This framework has ${text.length} characters, more than the ${limit} read: split it, or check that it is the right file.`,
    );
    return { framework: emptyFramework(text, fallback), problems };
  }
  // The parser drops a byte order mark and counts from after it; ranges count from the file's start.
  const bom = bomLength(text);
  const tree = processor.parse(text.slice(bom)) as Root;
  const index = new LineIndex(text);
  const lineAt = (offset: number | undefined) => index.point(bom + (offset ?? 0)).line;

  let front: FrameworkFrontMatter = {};
  let firstHeading: string | undefined;
  const sections: Section[] = [];
  for (const node of tree.children) {
    if (node.type === 'yaml') {
      const opening = /^---[ \t]*(?:\r\n|\r|\n)/.exec(text.slice(bom + (node.position?.start.offset ?? 0)));
      front = readFrontMatter(node.value, lineAt(node.position?.start.offset) + (opening ? 1 : 0), problems);
      continue;
    }
    if (node.type === 'heading' && node.depth === 1 && sections.length === 0) {
      firstHeading ??= toString(node).trim();
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) {
      // Pandoc's heading identifier, `## Building Partnerships {#partnerships}`, names the theme.
      const written = toString(node).trim();
      const identifier = HEADING_ID.exec(written);
      const title = identifier ? written.slice(0, identifier.index).trim() : written;
      sections.push({
        heading: node,
        title,
        slug: identifier ? identifier[1] : slugify(title),
        line: lineAt(node.position?.start.offset),
        sentences: [],
      });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    for (const paragraph of paragraphs(node)) section.sentences.push(...sentencesOf(paragraph, text, bom));
  }

  const title = front.title ?? firstHeading ?? 'Untitled framework';
  let namespace = front.namespace?.value ?? options.namespace;
  if (namespace === undefined) {
    namespace = namespaceFromTitle(title);
    problem(
      1,
      `The front matter names no namespace, so keys are "${namespace}:…" (from the title): add \`namespace: ${namespace}\` so that a new title never changes them.`,
      'warning',
    );
  }

  if (sections.length === 0) {
    problem(
      lineAt(tree.children.find((node) => node.type !== 'yaml')?.position?.start.offset),
      'This framework has no ## sections: its themes and pillars are its ## headings, each followed by the sentences it says.',
    );
  }

  // Themes: one per section, ids made distinct.
  const themes: FrameworkTheme[] = [];
  const themeOf = new Map<Section, FrameworkTheme>();
  const firstOfSlug = new Map<string, Section>();
  for (const section of sections) {
    let id = section.slug || `section-${themes.length + 1}`;
    for (let n = 2; themes.some((theme) => theme.id === id); n++) id = `${section.slug || 'section'}-${n}`;
    const position = section.heading.position;
    const theme: FrameworkTheme = {
      id,
      title: section.title || id,
      range: index.range(bom + (position?.start.offset ?? 0), bom + (position?.end.offset ?? 0)),
      claims: [],
    };
    themes.push(theme);
    themeOf.set(section, theme);
    if (!firstOfSlug.has(section.slug)) firstOfSlug.set(section.slug, section);
  }

  // Pillars: the sections the front matter names, else every section.
  const chosen = choosePillars(sections, front.pillars, firstOfSlug, problem);
  for (const { id, section } of chosen) themeOf.get(section)!.pillar = id;

  // Claims and their keys.
  const all = sections.flatMap((section) => section.sentences.map((sentence) => ({ section, sentence })));
  const entries = checkedEntries(front.keys ?? [], namespace, problem);
  const assigned = assignKeys(
    all.map(({ sentence }) => sentence.text),
    entries,
  );
  for (const entry of assigned.unused) {
    problem(
      entry.line,
      `No sentence matches the key entry "${entry.sentence}" (${namespace}:${entry.id}): the sentence was edited or removed; write its new words here, or remove the entry.`,
      'warning',
    );
  }
  all.forEach(({ section, sentence }, at) => {
    const theme = themeOf.get(section)!;
    const id = assigned.ids[at];
    const claim: FrameworkClaim = {
      id,
      key: `${namespace}:${id}`,
      text: sentence.text,
      theme: theme.id,
      range: index.range(sentence.start, sentence.end),
      pinned: assigned.pinned[at],
    };
    if (theme.pillar !== undefined) claim.pillar = theme.pillar;
    if (!isPandocKey(claim.key))
      problem(
        claim.range.start.line,
        `The key "${claim.key}" is not a valid Pandoc citation key: pin another in \`keys:\`.`,
      );
    if (front.keys && !claim.pinned) {
      problem(
        claim.range.start.line,
        `This sentence has no entry in \`keys:\`, so its key "${claim.key}" may shift when sentences are added: run \`pillars framework init\` to pin it.`,
        'warning',
      );
    }
    theme.claims.push(claim);
  });
  for (const section of sections) {
    if (section.sentences.length === 0) {
      const isPillar = themeOf.get(section)!.pillar !== undefined;
      problem(
        section.line,
        `The section "${section.title}" has no sentences: ${isPillar ? 'a pillar needs claims to cite and words to recognise; write what it says' : 'write what it says'}, or remove the heading.`,
        isPillar ? 'error' : 'warning',
      );
    }
  }

  // Each pillar's data and vocabulary.
  const texts = sections.map((section) => ({
    heading: section.title,
    sentences: section.sentences.map((sentence) => sentence.text),
  }));
  const pillars = chosen.map(({ id, section, spec }) =>
    buildPillar(id, themeOf.get(section)!, spec, texts, sections.indexOf(section), problem),
  );

  const source = {
    id: namespace,
    namespace,
    title,
    text,
    themes,
    ...(front.metadata ? { metadata: front.metadata } : {}),
  };
  return { framework: { source, pillars }, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Which sections are pillars, and their ids. Duplicates and names of no section are problems; the rest are kept. */
function choosePillars(
  sections: Section[],
  specs: PillarSpec[] | undefined,
  firstOfSlug: Map<string, Section>,
  problem: (line: number, message: string) => void,
): { id: string; section: Section; spec?: PillarSpec }[] {
  const chosen: { id: string; section: Section; spec?: PillarSpec }[] = [];
  if (specs === undefined) {
    for (const section of sections) {
      if (!section.slug) continue;
      const first = firstOfSlug.get(section.slug)!;
      if (first !== section) {
        problem(
          section.line,
          `Two sections are headed "${section.title}" (lines ${first.line} and ${section.line}), so both would be the pillar "${section.slug}": rename one, or list the pillars in the front matter; the second is not a pillar.`,
        );
        continue;
      }
      chosen.push({ id: section.slug, section });
    }
    return chosen;
  }
  for (const spec of specs) {
    const id = slugify(spec.name);
    const wanted = slugify(spec.section ?? spec.name);
    const section = firstOfSlug.get(wanted);
    if (!id) {
      problem(
        spec.line,
        `The pillar "${spec.name}" has no letters or digits for an id: name it by its ## heading; it is ignored.`,
      );
      continue;
    }
    if (!section) {
      const guess = didYouMean(wanted, [...firstOfSlug.keys()]);
      const heading = guess ? firstOfSlug.get(guess)!.title : undefined;
      problem(
        spec.line,
        `The pillar "${spec.section ?? spec.name}" names no ## section (${heading ? `did you mean "${heading}"?` : `the sections are ${sections.map((s) => `"${s.title}"`).join(', ') || 'none'}`}): it is not loaded.`,
      );
      continue;
    }
    const twin = chosen.find((other) => other.id === id || other.section === section);
    if (twin) {
      problem(
        spec.line,
        twin.id === id
          ? `The pillar id "${id}" is given twice (line ${twin.spec!.line} and ${spec.line}): pillar ids must differ; the first applies.`
          : `The pillars "${twin.id}" and "${id}" are both the section "${section.title}": list it once; the first applies.`,
      );
      continue;
    }
    chosen.push({ id, section, spec });
  }
  return chosen;
}

/** The `keys:` entries that can pin a key: their ids bare, valid and each used once. */
function checkedEntries(
  entries: KeyEntry[],
  namespace: string,
  problem: (line: number, message: string) => void,
): KeyEntry[] {
  const kept: KeyEntry[] = [];
  const byId = new Map<string, KeyEntry>();
  for (const entry of entries) {
    let id = entry.id;
    const colon = id.indexOf(':');
    if (colon >= 0) {
      if (id.slice(0, colon) !== namespace) {
        problem(
          entry.line,
          `The key "${id}" is not in this framework's namespace "${namespace}": write "${namespace}:${id.slice(colon + 1)}" or just "${id.slice(colon + 1)}"; it is ignored.`,
        );
        continue;
      }
      id = id.slice(colon + 1);
    }
    if (!isPandocKey(`${namespace}:${id}`) || id.includes(':')) {
      problem(
        entry.line,
        `The key "${entry.id}" is not a valid Pandoc citation key: use letters, digits and - (e.g. "no-misuse"); it is ignored.`,
      );
      continue;
    }
    const twin = byId.get(id);
    if (twin) {
      problem(
        entry.line,
        `The key "${namespace}:${id}" is given to two sentences (lines ${twin.line} and ${entry.line}): keys must differ; the first applies.`,
      );
      continue;
    }
    byId.set(id, entry);
    kept.push({ ...entry, id });
  }
  return kept;
}

function buildPillar(
  id: string,
  theme: FrameworkTheme,
  spec: PillarSpec | undefined,
  texts: { heading: string; sentences: string[] }[],
  sectionIndex: number,
  problem: (line: number, message: string) => void,
): FrameworkPillar {
  const curated: Signal[] = [];
  for (const line of spec?.signals ?? []) {
    const read = readSignalLine(line.text);
    if (read.signal) curated.push(read.signal);
    else problem(line.line, `Signal line of pillar "${id}": ${read.problem}; it is ignored.`);
  }
  const friends: string[] = [];
  for (const line of spec?.falseFriends ?? []) {
    const read = readSignalLine(`0 ${line.text}`);
    if (read.signal) friends.push(...read.signal.forms);
    else problem(line.line, `False friend of pillar "${id}": ${read.problem}; it is ignored.`);
  }
  const useful = curated.some((signal) => signal.weight > 0);
  // The claim a section skeleton cites: the front matter's (a key of the section), else the section's first.
  let leadClaim = theme.claims[0]?.key;
  if (spec?.leadClaim) {
    const wanted = spec.leadClaim.includes(':')
      ? spec.leadClaim
      : `${theme.claims[0]?.key.split(':')[0]}:${spec.leadClaim}`;
    if (theme.claims.some((claim) => claim.key === wanted)) leadClaim = wanted;
    else
      problem(
        spec.line,
        `The pillar "${id}" names \`leadClaim: ${spec.leadClaim}\`, which is no claim of its section: its first claim is cited instead.`,
      );
  }
  const signals = useful ? curated : [...curated, ...deriveVocabulary(texts, sectionIndex)];
  if (friends.length) signals.push(falseFriendSignal(friends));
  const examples = signals
    .filter((signal) => signal.weight > 0)
    .slice(0, 3)
    .map((signal) => signal.forms[0].replace(/^=/, ''));
  // "Protecting infrastructure" reads "protecting infrastructure" mid-sentence; "UN norms" stays as it is.
  const about = /^\p{Lu}\p{Ll}/u.test(theme.title)
    ? theme.title.charAt(0).toLowerCase() + theme.title.slice(1)
    : theme.title;
  return {
    id,
    theme: theme.id,
    title: spec?.title ?? theme.title,
    description: spec?.description ?? theme.claims[0]?.text ?? theme.title,
    coverHint:
      spec?.coverHint ??
      `add a section or paragraph on ${about}${examples.length ? `, e.g. ${examples.join(', ')}` : ''}`,
    sectionTitle: spec?.title ?? theme.title,
    ...(leadClaim ? { leadClaim } : {}),
    signals,
    vocabulary: useful ? 'curated' : 'derived',
    ...(spec?.like ? { like: spec.like } : {}),
  };
}
