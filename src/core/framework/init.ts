/**
 * `pillars framework init DOC.md`: turns a Markdown document into a framework file by writing what the loader
 * would otherwise choose on its own into the front matter (namespace, pillars, and a `keys:` entry for every
 * sentence not yet pinned), so that editing the document never shifts a key. Pure: returns the new text and what it
 * chose; the CLI writes the file and prints `report`.
 */
import { isMap, parseDocument, YAMLMap } from 'yaml';
import { lineEnding } from '../analysis/text.js';
import { entriesFor } from './keys.js';
import { loadFramework, type LoadFrameworkOptions } from './loader.js';
import type { FrameworkProblem } from './types.js';
import { bomLength } from '../parse/bom.js';

export interface FrameworkInit {
  /** The document with its front matter written (the same text when nothing was to be written or it cannot be). */
  text: string;
  changed: boolean;
  namespace: string;
  /** The pillars, each with the `##` heading it is. */
  pillars: { id: string; section: string; line: number }[];
  /** Every claim: its key, whether this run pinned it, the entry written for it, and where its sentence stands. */
  keys: { key: string; entry?: string; added: boolean; line: number }[];
  /** What was chosen, one line each, as the CLI prints it. */
  report: string[];
  /** The loader's problems with the document as it was. */
  problems: FrameworkProblem[];
}

/** The front matter block at the start of `text` (after a byte order mark): where its YAML stands. */
function frontMatterAt(text: string, from: number): { start: number; end: number; yaml: string } | undefined {
  const match = /^---[ \t]*(?:\r\n|\r|\n)(?:([\s\S]*?)(?:\r\n|\r|\n))?---[ \t]*(?=\r\n|\r|\n|$)/.exec(text.slice(from));
  return match ? { start: from, end: from + match[0].length, yaml: match[1] ?? '' } : undefined;
}

/** Pins the keys of a document (see the module comment). Never throws; refuses to rewrite YAML it cannot read. */
export function initFramework(text: string, options: LoadFrameworkOptions = {}): FrameworkInit {
  const { framework, problems } = loadFramework(text, options);
  const { source } = framework;
  const claims = source.themes.flatMap((theme) => theme.claims);
  const entries = entriesFor(claims.map((claim) => claim.text));
  const result: FrameworkInit = {
    text,
    changed: false,
    namespace: source.namespace,
    pillars: framework.pillars.map((pillar) => ({
      id: pillar.id,
      section: pillar.title,
      line: source.themes.find((theme) => theme.id === pillar.theme)!.range.start.line,
    })),
    keys: claims.map((claim, at) => ({
      key: claim.key,
      added: !claim.pinned && entries[at] !== undefined,
      line: claim.range.start.line,
      ...(!claim.pinned && entries[at] !== undefined ? { entry: entries[at] } : {}),
    })),
    report: [],
    problems,
  };
  const report = result.report;
  const bom = bomLength(text);
  const block = frontMatterAt(text, bom);
  const doc = parseDocument(block ? block.yaml.replace(/\r\n?/g, '\n') : '', { uniqueKeys: false });
  const oddKeys = doc.has('keys') && !isMap(doc.get('keys'));
  if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents)) || oddKeys) {
    report.push(
      `The front matter ${oddKeys ? 'has a keys: that is not a mapping' : 'cannot be read as a mapping'}: fix it (see the problems), then run init again. Nothing was written.`,
    );
    return result;
  }
  if (!doc.has('namespace')) {
    doc.set('namespace', source.namespace);
    report.push(`namespace: ${source.namespace} (keys are ${source.namespace}:…)`);
  }
  if (!doc.has('pillars')) {
    doc.set(
      'pillars',
      framework.pillars.map((pillar) => pillar.id),
    );
    report.push(
      `pillars: ${framework.pillars.map((pillar) => `${pillar.id} (## ${pillar.title})`).join(', ') || 'none (the document has no ## sections)'}`,
    );
  }
  const added = claims
    .map((claim, at) => ({ claim, entry: entries[at] }))
    .filter(({ claim, entry }) => !claim.pinned && entry !== undefined);
  if (added.length) {
    const keys = doc.get('keys');
    const map = isMap(keys) ? keys : new YAMLMap();
    for (const { claim, entry } of added) map.set(entry, claim.id);
    if (!isMap(keys)) doc.set('keys', map);
  }
  for (const { claim, entry } of added) report.push(`${claim.key}  line ${claim.range.start.line}: "${entry}"`);
  claims.forEach((claim, at) => {
    if (!claim.pinned && entries[at] === undefined) {
      report.push(
        `line ${claim.range.start.line}: this sentence repeats an earlier one word for word, so no entry can pin it; its key ${claim.key} may shift.`,
      );
    }
  });
  if (report.length === 0) {
    report.push('Every sentence already has a pinned key: nothing to write.');
    return result;
  }
  const eol = lineEnding(text);
  const yaml = doc.toString({ lineWidth: 0 }).replace(/\n/g, eol);
  const fresh = `---${eol}${yaml}---`;
  result.text = block
    ? `${text.slice(0, block.start)}${fresh}${text.slice(block.end)}`
    : `${text.slice(0, bom)}${fresh}${eol}${eol}${text.slice(bom)}`;
  result.changed = result.text !== text;
  return result;
}
