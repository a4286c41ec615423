/**
 * A framework file's front matter, read with the line of every setting: `title`, `namespace`, `source` (author,
 * date, url, publisher), `pillars` and `keys`. Unknown keys are named with a did-you-mean and ignored alone; a
 * value of the wrong kind is named and ignored alone; YAML that cannot be read is reported and the front matter
 * ignored as a whole (the sections still load, with the defaults).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { describeValue, didYouMean } from '../config/schema.js';
import { BUILTIN_PILLAR_IDS, isBuiltinPillarId, type BuiltinPillarId, type SourceMetadata } from './model.js';
import type { KeyEntry } from './keys.js';
import type { FrameworkProblem } from './types.js';

/** The keys a framework's front matter may have, in the order docs/frameworks.md documents them. */
export const FRAMEWORK_KEYS = ['title', 'namespace', 'source', 'pillars', 'keys'] as const;
export const SOURCE_KEYS = ['author', 'date', 'url', 'publisher'] as const;
export const PILLAR_KEYS = [
  'section',
  'title',
  'description',
  'coverHint',
  'leadClaim',
  'signals',
  'falseFriends',
  'like',
] as const;

/** A signal line or false friend as written, with its line. */
export interface Written {
  text: string;
  line: number;
}

/** A pillar as the front matter names it. */
export interface PillarSpec {
  /** The name it is listed under: the pillar's id once slugged. */
  name: string;
  line: number;
  /** The `##` heading it is, when not its name. */
  section?: string;
  /** What messages and section skeletons call it (default: its heading). */
  title?: string;
  description?: string;
  coverHint?: string;
  /** The claim (key, with or without namespace) a section skeleton cites (default: the section's first). */
  leadClaim?: string;
  /** Signal lines; `undefined` when not given (the vocabulary is then derived). */
  signals?: Written[];
  falseFriends?: Written[];
  /** The built-in pillar whose judgement beyond words it borrows (`Pillar.like`). */
  like?: BuiltinPillarId;
}

export interface FrameworkFrontMatter {
  title?: string;
  namespace?: { value: string; line: number };
  metadata?: SourceMetadata;
  /** `undefined`: every `##` section is a pillar. */
  pillars?: PillarSpec[];
  /** `undefined`: the front matter has no `keys:` map. */
  keys?: KeyEntry[];
}

type Problem = (line: number, message: string, severity?: FrameworkProblem['severity']) => void;

/**
 * Reads front matter YAML (the text between the `---` lines) whose first line is line `firstLine` of the file.
 * Never throws.
 */
export function readFrontMatter(yaml: string, firstLine: number, problems: FrameworkProblem[]): FrameworkFrontMatter {
  const counter = new LineCounter();
  // The YAML parser knows \n and \r\n; Markdown also allows a lone \r. Line numbers are unchanged by this.
  const doc = parseDocument(yaml.replace(/\r\n?/g, '\n'), {
    lineCounter: counter,
    uniqueKeys: false,
    prettyErrors: true,
  });
  const problem: Problem = (line, message, severity = 'error') => problems.push({ severity, line, message });
  const lineOf = (node: Node | Pair | null | undefined): number => {
    const range = node && ('range' in node ? node.range : ((node as Pair).key as Node | null)?.range);
    return firstLine + (range ? counter.linePos(range[0]).line - 1 : 0);
  };
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0].line ?? counter.linePos(error.pos[0]).line;
      problem(
        firstLine + line - 1,
        `Front matter is not valid YAML (${error.message.split('\n')[0]}): fix it; until then the front matter is ignored and every ## section is a pillar.`,
      );
    }
    return {};
  }
  // An alias whose anchor is never set ("*name") parses but cannot be read: report it as the parser's errors are.
  try {
    doc.toJS();
  } catch (error) {
    problem(
      firstLine,
      `Front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): fix it; until then the front matter is ignored and every ## section is a pillar.`,
    );
    return {};
  }
  const result: FrameworkFrontMatter = {};
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return result;
  if (!isMap(doc.contents)) {
    problem(
      firstLine,
      `Front matter must be a mapping such as "title: …" and "namespace: …", not ${describeValue(doc.contents.toJS(doc))}.`,
    );
    return result;
  }
  const text = (node: unknown): string | undefined => {
    if (!isScalar(node)) return undefined;
    const value = node.value;
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  };
  const js = (node: unknown) => (node && typeof node === 'object' && 'toJS' in node ? (node as Node).toJS(doc) : node);
  /** The pairs of a mapping by key, each once: a key given twice is named, the first applies. */
  const pairs = (map: unknown, where: string, known: readonly string[], hint?: (key: string) => string | undefined) => {
    const seen = new Map<string, Pair>();
    if (!isMap(map)) return seen;
    for (const pair of map.items) {
      const key = text(pair.key);
      if (key === undefined) {
        problem(lineOf(pair), `${where} has a key that is not a name: write keys as plain words.`);
        continue;
      }
      if (seen.has(key)) {
        problem(
          lineOf(pair),
          `${where} gives \`${key}\` twice (first on line ${lineOf(seen.get(key))}): remove one; the first applies.`,
        );
        continue;
      }
      if (known.length && !known.includes(key)) {
        const guess =
          hint?.(key) ??
          (didYouMean(key, known) ? `did you mean \`${didYouMean(key, known)}\`?` : `use ${known.join(', ')}`);
        problem(lineOf(pair), `${where} has an unknown key \`${key}\` (${guess}); it is ignored.`, 'warning');
        continue;
      }
      seen.set(key, pair as Pair);
    }
    return seen;
  };

  const top = pairs(doc.contents, 'Front matter', FRAMEWORK_KEYS, (key) =>
    (SOURCE_KEYS as readonly string[]).includes(key)
      ? `put it under \`source:\`, as \`source: { ${key}: … }\``
      : undefined,
  );
  const stringAt = (pair: Pair | undefined, what: string): string | undefined => {
    if (!pair) return undefined;
    const value = text(pair.value);
    if (value === undefined || value.trim() === '') {
      problem(lineOf(pair), `${what} must be text, not ${describeValue(js(pair.value))}; it is ignored.`);
      return undefined;
    }
    return value.trim();
  };

  result.title = stringAt(top.get('title'), 'Front matter `title`');
  const namespacePair = top.get('namespace');
  const namespace = stringAt(namespacePair, 'Front matter `namespace`');
  if (namespace !== undefined) {
    if (/^[a-z0-9][a-z0-9_-]*$/i.test(namespace)) result.namespace = { value: namespace, line: lineOf(namespacePair) };
    else
      problem(
        lineOf(namespacePair),
        `Front matter \`namespace\` "${namespace}" is not a key prefix: use letters, digits, - and _ only (e.g. "un-norms"); it is ignored.`,
      );
  }

  const sourcePair = top.get('source');
  if (sourcePair) {
    if (!isMap(sourcePair.value)) {
      problem(
        lineOf(sourcePair),
        `Front matter \`source\` must be a mapping of ${SOURCE_KEYS.join(', ')}, not ${describeValue(js(sourcePair.value))}; it is ignored.`,
      );
    } else {
      const source = pairs(sourcePair.value, 'Front matter `source`', SOURCE_KEYS);
      const metadata: SourceMetadata = {};
      const author = source.get('author');
      if (author && isSeq(author.value)) {
        const names = author.value.items.map(text).filter((name): name is string => !!name?.trim());
        if (names.length) metadata.author = names;
        if (names.length !== author.value.items.length)
          problem(lineOf(author), 'Front matter `source.author` must list names as text; the others are ignored.');
      } else {
        const name = stringAt(author, 'Front matter `source.author`');
        if (name) metadata.author = name;
      }
      const date = stringAt(source.get('date'), 'Front matter `source.date`');
      if (date !== undefined) {
        if (/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) metadata.issued = date;
        else
          problem(
            lineOf(source.get('date')),
            `Front matter \`source.date\` "${date}" is not a date: write 2024, 2024-05 or 2024-05-01; it is ignored.`,
          );
      }
      const url = stringAt(source.get('url'), 'Front matter `source.url`');
      if (url !== undefined) {
        if (/^https?:\/\/\S+$/.test(url)) metadata.url = url;
        else
          problem(
            lineOf(source.get('url')),
            `Front matter \`source.url\` "${url}" is not a web address: write it with http:// or https://; it is ignored.`,
          );
      }
      const publisher = stringAt(source.get('publisher'), 'Front matter `source.publisher`');
      if (publisher) metadata.publisher = publisher;
      if (Object.keys(metadata).length) result.metadata = metadata;
    }
  }

  const pillarsPair = top.get('pillars');
  if (pillarsPair) result.pillars = readPillars(pillarsPair, { problem, lineOf, text, js, pairs, stringAt });

  const keysPair = top.get('keys');
  if (keysPair) {
    if (!isMap(keysPair.value)) {
      problem(
        lineOf(keysPair),
        `Front matter \`keys\` must map sentences to keys, e.g. "States should not …: no-misuse", not ${describeValue(js(keysPair.value))}; it is ignored.`,
      );
    } else {
      result.keys = [];
      for (const pair of keysPair.value.items) {
        const sentence = text(pair.key);
        const id = text(pair.value);
        if (sentence === undefined || id === undefined || sentence.trim() === '' || id.trim() === '') {
          problem(
            lineOf(pair),
            'Front matter `keys` entries are a sentence (or its start), a colon and a key; this one is ignored.',
          );
          continue;
        }
        result.keys.push({ sentence, id: id.trim(), line: lineOf(pair) });
      }
    }
  }
  return result;
}

interface Readers {
  problem: Problem;
  lineOf: (node: Node | Pair | null | undefined) => number;
  text: (node: unknown) => string | undefined;
  js: (node: unknown) => unknown;
  pairs: (map: unknown, where: string, known: readonly string[]) => Map<string, Pair>;
  stringAt: (pair: Pair | undefined, what: string) => string | undefined;
}

/** `pillars:` as a list of names, or a mapping of names to their settings (or a list mixing both). */
function readPillars(pillarsPair: Pair, readers: Readers): PillarSpec[] | undefined {
  const { problem, lineOf, text, js } = readers;
  const value = pillarsPair.value;
  const specs: PillarSpec[] = [];
  const add = (nameNode: unknown, settings: unknown, line: number) => {
    const name = text(nameNode)?.trim();
    if (!name) {
      problem(
        line,
        `Front matter \`pillars\` lists ${describeValue(js(nameNode))}: name each pillar by its ## heading or its slug; it is ignored.`,
      );
      return;
    }
    specs.push(readPillarSettings(name, settings, line, readers));
  };
  if (isSeq(value)) {
    for (const item of value.items) {
      if (isMap(item) && item.items.length === 1) add(item.items[0].key, item.items[0].value, lineOf(item as Node));
      else add(item, undefined, lineOf(item as Node));
    }
  } else if (isMap(value)) {
    for (const pair of value.items) add(pair.key, pair.value, lineOf(pair as Pair));
  } else {
    problem(
      lineOf(pillarsPair),
      `Front matter \`pillars\` must list the pillars' ## headings (e.g. "pillars: [Restraint, Cooperation]"), not ${describeValue(js(value))}; every ## section is a pillar.`,
    );
    return undefined;
  }
  return specs;
}

function readPillarSettings(name: string, settings: unknown, line: number, readers: Readers): PillarSpec {
  const { problem, lineOf, text, js, pairs, stringAt } = readers;
  const spec: PillarSpec = { name, line };
  if (settings === null || settings === undefined || (isScalar(settings) && settings.value === null)) return spec;
  if (!isMap(settings)) {
    problem(
      line,
      `Front matter pillar \`${name}\` must have a mapping of settings (${PILLAR_KEYS.join(', ')}), not ${describeValue(js(settings))}; they are ignored.`,
    );
    return spec;
  }
  const where = `Front matter pillar \`${name}\``;
  const own = pairs(settings, where, PILLAR_KEYS);
  spec.section = stringAt(own.get('section'), `${where} \`section\``);
  spec.title = stringAt(own.get('title'), `${where} \`title\``);
  spec.leadClaim = stringAt(own.get('leadClaim'), `${where} \`leadClaim\``);
  spec.description = stringAt(own.get('description'), `${where} \`description\``);
  spec.coverHint = stringAt(own.get('coverHint'), `${where} \`coverHint\``);
  const like = own.get('like');
  const likeValue = like ? stringAt(like, `${where} \`like\``) : undefined;
  if (like && likeValue !== undefined) {
    if (isBuiltinPillarId(likeValue)) spec.like = likeValue;
    else
      problem(
        lineOf(like),
        `${where} \`like\` names \`${likeValue}\`, which is not a built-in pillar: use one of ${BUILTIN_PILLAR_IDS.join(', ')}; it is ignored.`,
      );
  }
  const list = (key: 'signals' | 'falseFriends', example: string): Written[] | undefined => {
    const pair = own.get(key);
    if (!pair) return undefined;
    const items = isSeq(pair.value)
      ? pair.value.items
      : isScalar(pair.value) && typeof pair.value.value === 'string'
        ? [pair.value]
        : undefined;
    if (!items) {
      problem(
        lineOf(pair),
        `${where} \`${key}\` must be a list such as ${example}, not ${describeValue(js(pair.value))}; it is ignored.`,
      );
      return undefined;
    }
    const written: Written[] = [];
    for (const item of items) {
      const value = text(item);
      if (value === undefined || value.trim() === '') {
        problem(
          lineOf(item as Node),
          `${where} \`${key}\` has ${describeValue(js(item))} where a line of text belongs (e.g. ${example}); it is ignored.`,
        );
      } else {
        written.push({ text: value, line: lineOf(item as Node) });
      }
    }
    return written;
  };
  spec.signals = list('signals', `["2 critical infrastructure|essential services ~cii"]`);
  spec.falseFriends = list('falseFriends', `["infrastructure as code"]`);
  return spec;
}
