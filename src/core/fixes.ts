import { parseDocument } from 'yaml';
import type { Analysis } from './analyze.js';
import type { KnowledgeBase } from './knowledge-base.js';
import type { PillarId } from './model.js';
import { pillar as pillarOf } from './pillars.js';
import { lineEnding } from './text.js';

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
}

/** Applies edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  }
  return result;
}

const CLOSING_SECTIONS = /^(?:\d+[.)]?\s*)?(?:conclusions?|concluding remarks|summary|references|bibliography|sources|notes|annex(?:es)?|appendix|appendices|next steps|way forward|outlook)\b/i;

/**
 * The text of a section skeleton for a pillar: a heading naming it, a sentence to rewrite and a
 * citation of its lead claim. `snippet` gives tab stops for the editor's snippet syntax.
 */
export function sectionSkeleton(id: PillarId, depth = 2, eol = '\n', snippet = false): string {
  const pillar = pillarOf(id);
  const prompt = `Describe how this draft addresses ${pillar.title.toLowerCase()}: ${pillar.description.charAt(0).toLowerCase()}${pillar.description.slice(1)}`;
  const body = snippet ? `\${1:${prompt.replace(/[$}\\]/g, '\\$&')}}` : prompt;
  const cite = snippet ? `[@\${2:${pillar.leadClaim}}]` : `[@${pillar.leadClaim}]`;
  return `${'#'.repeat(depth)} ${pillar.sectionTitle}${eol}${eol}${body} ${cite}${eol}`;
}

/** Where a new section goes: before a closing section (conclusion, references…), else at the end (or before a block left open there). */
function sectionPlace(analysis: Analysis): { offset: number; depth: number } {
  const sections = analysis.headings.filter((heading) => heading !== analysis.title);
  const depth = sections.length ? Math.min(...sections.map((heading) => heading.depth)) : 2;
  const closing = sections.find((heading) => heading.depth === depth && CLOSING_SECTIONS.test(heading.text.replace(/^#+\s*/, '')));
  // A draft that ends inside an unclosed code fence or comment would swallow a section added at the end.
  return { offset: closing ? closing.start : (analysis.openAtEnd ?? analysis.text.length), depth: Math.max(1, Math.min(depth, 6)) };
}

export function insertSectionFix(analysis: Analysis, id: PillarId): Fix {
  const { offset, depth } = sectionPlace(analysis);
  const eol = lineEnding(analysis.text);
  const skeleton = sectionSkeleton(id, depth, eol);
  const text = analysis.text;
  let newText: string;
  if (offset === text.length) {
    const trailing = /(?:\r\n|\r|\n)*$/.exec(text)![0].length;
    const lead = text.length === 0 ? '' : trailing >= 2 ? '' : trailing === 1 ? eol : eol + eol;
    newText = lead + skeleton;
  } else {
    newText = skeleton + eol;
  }
  return { title: `Insert section for ${pillarOf(id).title.toLowerCase()}`, edits: [{ start: offset, end: offset, newText }], preferred: true };
}

/** Inserts `comment` on a line of its own before the line holding `offset`, with that line's indentation. */
function commentBefore(analysis: Analysis, offset: number, comment: string, title: string): Fix {
  const text = analysis.text;
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let first = lineStart;
  while (first < offset && (text[first] === ' ' || text[first] === '\t')) first++;
  return { title, edits: [{ start: first, end: first, newText: `${comment}${lineEnding(text)}${text.slice(lineStart, first)}` }] };
}

/** Marks the block starting at `blockStart` as evidence for the pillar (`<!-- pillars-covers id -->`). */
export function coversCommentFix(analysis: Analysis, id: PillarId, blockStart: number): Fix {
  return commentBefore(analysis, blockStart, `<!-- pillars-covers ${id} -->`, `Count this passage as covering ${pillarOf(id).title.toLowerCase()} (pillars-covers comment)`);
}

/** Marks the block starting at `blockStart` as no evidence for any pillar (`<!-- pillars-not-evidence -->`). */
export function notEvidenceCommentFix(analysis: Analysis, blockStart: number): Fix {
  return commentBefore(analysis, blockStart, '<!-- pillars-not-evidence -->', 'Do not count this passage as evidence (pillars-not-evidence comment)');
}

/** Adds the pillar to `pillars.skip` in the front matter (creating it if needed), with a reason to fill in. */
export function skipPillarFix(analysis: Analysis, id: PillarId): Fix | undefined {
  const title = `Mark ${pillarOf(id).title.toLowerCase()} out of scope (front matter)`;
  const eol = lineEnding(analysis.text);
  const reason = 'Say why this pillar is out of scope';
  const front = analysis.frontMatter;
  if (!front) {
    const bom = analysis.text.startsWith('\uFEFF') ? 1 : 0;
    const block = ['---', 'pillars:', `  skip: [${id}]`, `  reason: ${reason}`, '---', '', ''].join(eol);
    return { title, edits: [{ start: bom, end: bom, newText: block }] };
  }
  if (front.data === undefined && front.problems.length) return undefined;
  const yamlText = analysis.text.slice(front.valueStart, front.valueEnd);
  const doc = parseDocument(yamlText.replace(/\r\n?/g, '\n'), { logLevel: 'error' });
  if (doc.errors.length) return undefined;
  const existing = doc.getIn(['pillars', 'skip']);
  const list = existing && typeof existing === 'object' && 'toJSON' in existing ? ((existing as { toJSON(): unknown }).toJSON() as unknown[]) : [];
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
const suggestions = new WeakMap<KnowledgeBase, Map<string, string[]>>();

function suggest(kb: KnowledgeBase, key: string): string[] {
  let byKey = suggestions.get(kb);
  if (!byKey) suggestions.set(kb, (byKey = new Map()));
  let found = byKey.get(key);
  if (!found) {
    found = kb.suggest(key);
    if (byKey.size > 10_000) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}

export function replaceKeyFixes(kb: KnowledgeBase, key: string, start: number, end: number): Fix[] {
  return suggest(kb, key).map((suggestion, i) => ({
    title: `Replace with @${suggestion}`,
    edits: [{ start, end, newText: suggestion }],
    preferred: i === 0,
  }));
}

export function replaceQuoteFix(start: number, end: number, claimText: string, key: string): Fix {
  return { title: `Replace the quotation with the exact words of @${key}`, edits: [{ start, end, newText: claimText }], preferred: true };
}
