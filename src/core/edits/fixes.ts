import { isMap, isScalar, isSeq, parseDocument, type Node, type Scalar } from 'yaml';
import type { Analysis } from '../analysis/analyze.js';
import { didYouMean } from '../config/schema.js';
import type { KnowledgeBase } from '../framework/knowledge-base.js';
import type { Claim, PillarId } from '../framework/model.js';
import { midSentence, sectionSkeleton } from './skeleton.js';

export { sectionSkeleton } from './skeleton.js';
import { lineEnding } from '../analysis/text.js';
import { bomLength } from '../parse/bom.js';
import { weakMemo } from '../caches.js';

/** One replacement in the draft, by offsets. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

/** A quick fix: a title and the edits that make it, applied together as one undoable change. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix most users want (VS Code marks it preferred). */
  preferred?: boolean;
  /**
   * The one fix that can only mean what the writer meant (a key with one suggestion, a misquote of the one claim
   * cited, a front-matter typo with one suggestion): `pillars check --fix` applies these and no others.
   */
  unambiguous?: boolean;
}

/** Applies edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

const CLOSING_SECTIONS =
  /^(?:\d+[.)]?\s*)?(?:conclusions?|concluding remarks|summary|references|bibliography|sources|notes|annex(?:es)?|appendix|appendices|next steps|way forward|outlook)\b/i;

/**
 * Where a new section goes: before a closing section (conclusion, references…), else at the end (or before a block left
 * open there).
 */
function sectionPlace(analysis: Analysis): { offset: number; depth: number } {
  const sections = analysis.headings.filter((heading) => heading !== analysis.title);
  const depth = sections.length ? Math.min(...sections.map((heading) => heading.depth)) : 2;
  const closing = sections.find(
    (heading) => heading.depth === depth && CLOSING_SECTIONS.test(heading.text.replace(/^#+\s*/, '')),
  );
  // A draft that ends inside an unclosed code fence or comment would swallow a section added at the end.
  return {
    offset: closing ? closing.start : (analysis.openAtEnd ?? analysis.text.length),
    depth: Math.max(1, Math.min(depth, 6)),
  };
}

export function insertSectionFix(analysis: Analysis, id: PillarId): Fix {
  const { offset, depth } = sectionPlace(analysis);
  const eol = lineEnding(analysis.text);
  const skeleton = sectionSkeleton(id, depth, eol, false, analysis.pillars);
  const text = analysis.text;
  let newText: string;
  if (offset === text.length) {
    const trailing = /(?:\r\n|\r|\n)*$/.exec(text)![0].length;
    const lead = text.length === 0 ? '' : trailing >= 2 ? '' : trailing === 1 ? eol : eol + eol;
    newText = lead + skeleton;
  } else {
    newText = skeleton + eol;
  }
  return {
    title: `Insert section for ${midSentence(analysis.pillars.title(id))}`,
    edits: [{ start: offset, end: offset, newText }],
    preferred: true,
  };
}

/** Inserts `comment` on a line of its own before the line holding `offset`, with that line's indentation. */
function commentBefore(analysis: Analysis, offset: number, comment: string, title: string): Fix {
  const text = analysis.text;
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let first = lineStart;
  while (first < offset && (text[first] === ' ' || text[first] === '\t')) first++;
  return {
    title,
    edits: [{ start: first, end: first, newText: `${comment}${lineEnding(text)}${text.slice(lineStart, first)}` }],
  };
}

/** Marks the block starting at `blockStart` as evidence for the pillar (`<!-- pillars-covers id -->`). */
export function coversCommentFix(analysis: Analysis, id: PillarId, blockStart: number): Fix {
  return commentBefore(
    analysis,
    blockStart,
    `<!-- pillars-covers ${id} -->`,
    `Count this passage as covering ${midSentence(analysis.pillars.title(id))} (pillars-covers comment)`,
  );
}

/** Marks the block starting at `blockStart` as no evidence for any pillar (`<!-- pillars-not-evidence -->`). */
export function notEvidenceCommentFix(analysis: Analysis, blockStart: number): Fix {
  return commentBefore(
    analysis,
    blockStart,
    '<!-- pillars-not-evidence -->',
    'Do not count this passage as evidence (pillars-not-evidence comment)',
  );
}

/** Adds the pillar to `pillars.skip` in the front matter (creating it if needed), with a reason to fill in. */
export function skipPillarFix(analysis: Analysis, id: PillarId): Fix | undefined {
  const title = `Mark ${midSentence(analysis.pillars.title(id))} out of scope (front matter)`;
  const eol = lineEnding(analysis.text);
  const reason = 'Say why this pillar is out of scope';
  const front = analysis.frontMatter;
  if (!front) {
    const bom = bomLength(analysis.text);
    const block = ['---', 'pillars:', `  skip: [${id}]`, `  reason: ${reason}`, '---', '', ''].join(eol);
    return { title, edits: [{ start: bom, end: bom, newText: block }] };
  }
  if (front.data === undefined && front.problems.length) return undefined;
  const yamlText = analysis.text.slice(front.valueStart, front.valueEnd);
  const doc = parseDocument(yamlText.replace(/\r\n?/g, '\n'), { logLevel: 'error' });
  if (doc.errors.length) return undefined;
  const existing = doc.getIn(['pillars', 'skip']);
  const list =
    existing && typeof existing === 'object' && 'toJSON' in existing
      ? ((existing as { toJSON(): unknown }).toJSON() as unknown[])
      : [];
  if (!doc.has('pillars') || typeof doc.get('pillars') !== 'object') doc.set('pillars', doc.createNode({}));
  const skip = doc.createNode([...list.filter((entry) => entry !== id), id]);
  skip.flow = true;
  doc.setIn(['pillars', 'skip'], skip);
  if (!doc.hasIn(['pillars', 'reason'])) doc.setIn(['pillars', 'reason'], reason);
  let newYaml = doc.toString({ lineWidth: 0 }).replace(/\n$/, '');
  if (eol !== '\n') newYaml = newYaml.replace(/\n/g, eol);
  // Empty front matter (`---` right under `---`): the settings need a line of their own.
  if (front.valueStart === front.valueEnd) newYaml += eol;
  return { title, edits: [{ start: front.valueStart, end: front.valueEnd, newText: newYaml }] };
}

/** Suggestions by knowledge base and key: a draft cites the same unknown key on every re-check. */
const suggestions = weakMemo<readonly Claim[], Map<string, string[]>>('key suggestions');

function suggest(kb: KnowledgeBase, key: string): string[] {
  let byKey = suggestions.get(kb.claims);
  if (!byKey) suggestions.set(kb.claims, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    found = kb.suggest(key);
    if (byKey.size > 10_000) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}

/** A fix per suggested key, closest first; the only one is unambiguous. */
export function replaceKeyFixes(kb: KnowledgeBase, key: string, start: number, end: number): Fix[] {
  const found = suggest(kb, key);
  return found.map((suggestion, i) => ({
    title: `Replace with @${suggestion}`,
    edits: [{ start, end, newText: suggestion }],
    preferred: i === 0,
    ...(found.length === 1 ? { unambiguous: true } : {}),
  }));
}

/** Restores a quotation to the claim's words: unambiguous when the citation names that one claim. */
export function replaceQuoteFix(start: number, end: number, claimText: string, key: string, unambiguous = false): Fix {
  return {
    title: `Replace the quotation with the exact words of @${key}`,
    edits: [{ start, end, newText: claimText }],
    preferred: true,
    ...(unambiguous ? { unambiguous } : {}),
  };
}

/** The one of `candidates` a mistyped word is close to, when exactly one is. */
export function onlySuggestion(word: string, candidates: readonly string[]): string | undefined {
  const close = candidates.filter((candidate) => didYouMean(word, [candidate]) === candidate);
  return close.length === 1 ? close[0] : undefined;
}

/** A typo in the front matter's `pillars` settings: a setting's name (`skp`) or a pillar id in `skip` (`educaton`). */
export interface FrontMatterTypo {
  kind: 'setting' | 'pillar';
  /** The word as written. */
  word: string;
  /** Replaces every place the word is written there with the one suggestion. */
  fix: Fix;
}

const FRONT_MATTER_SETTINGS = ['skip', 'reason', 'frameworks'];

/**
 * Typos in the front matter's `pillars` settings that have exactly one suggestion, each with its fix: a setting
 * name (unless the name it would become is set already) and unknown pillar ids in `skip`. None when the front
 * matter is not valid YAML.
 */
export function frontMatterTypos(analysis: Analysis): FrontMatterTypo[] {
  const front = analysis.frontMatter;
  if (!front || front.data === undefined) return [];
  // Parsed as the analysis parses it (line breaks as \n), with a map back to the draft's offsets.
  const raw = analysis.text.slice(front.valueStart, front.valueEnd);
  const offsets: number[] = [];
  let yamlText = '';
  for (let i = 0; i < raw.length; i++) {
    offsets.push(i);
    if (raw[i] === '\r') {
      yamlText += '\n';
      if (raw[i + 1] === '\n') i++;
    } else yamlText += raw[i];
  }
  offsets.push(raw.length);
  const doc = parseDocument(yamlText, { logLevel: 'error', uniqueKeys: false });
  if (doc.errors.length || !isMap(doc.contents)) return [];
  // With a key given twice the last applies, as in the analysis's data.
  const settings = doc.contents.items
    .filter((pair) => isScalar(pair.key) && pair.key.value === 'pillars')
    .at(-1)?.value;
  if (!isMap(settings)) return [];
  const edit = (node: Node, newText: string) => ({
    start: front.valueStart + offsets[node.range![0]],
    end: front.valueStart + offsets[node.range![1]],
    newText,
  });
  const typos: FrontMatterTypo[] = [];
  const names = settings.items.map((pair) =>
    isScalar(pair.key) && typeof pair.key.value === 'string' ? pair.key.value : undefined,
  );
  for (const pair of settings.items) {
    const key = pair.key as Scalar | null;
    const name = isScalar(key) && typeof key.value === 'string' ? key.value : undefined;
    if (
      name === undefined ||
      FRONT_MATTER_SETTINGS.includes(name) ||
      names.filter((other) => other === name).length > 1
    )
      continue;
    const suggestion = onlySuggestion(
      name,
      FRONT_MATTER_SETTINGS.filter((setting) => !names.includes(setting)),
    );
    if (!suggestion || !key!.range) continue;
    typos.push({
      kind: 'setting',
      word: name,
      fix: {
        title: `Rename \`pillars.${name}\` to \`pillars.${suggestion}\``,
        edits: [edit(key!, suggestion)],
        preferred: true,
        unambiguous: true,
      },
    });
  }
  const skip = settings.items.filter((pair) => isScalar(pair.key) && pair.key.value === 'skip').at(-1)?.value;
  const entries = isSeq(skip) ? skip.items : isScalar(skip) ? [skip] : [];
  const byWord = new Map<string, Scalar[]>();
  for (const entry of entries) {
    if (!isScalar(entry) || typeof entry.value !== 'string' || analysis.pillars.has(entry.value) || !entry.range)
      continue;
    byWord.set(entry.value, [...(byWord.get(entry.value) ?? []), entry]);
  }
  for (const [word, scalars] of byWord) {
    const suggestion = onlySuggestion(word, analysis.pillars.ids);
    if (!suggestion) continue;
    typos.push({
      kind: 'pillar',
      word,
      fix: {
        title: `Replace \`${word}\` with \`${suggestion}\` in \`pillars.skip\``,
        edits: scalars.map((scalar) => edit(scalar, suggestion)),
        preferred: true,
        unambiguous: true,
      },
    });
  }
  return typos;
}
