/**
 * One measurement in a process of its own (bench/run.ts starts it, bundled, with plain node):
 * `node task.mjs <task> <draft file> <iterations> [<warm-up runs>]` prints one JSON line with wall and CPU times of
 * each timed iteration and the process's peak memory.
 *
 * Tasks: `parse` (bare remark-parse, the floor), `check` (checkDraft with an empty cache),
 * `recheck` (checkDraft after a one-character edit, the cache warm), `markdownlint` (its default
 * rules on the same text); and `lookups <claims>` (hover and completion lookups, bench/lookups.ts).
 */
import { readFileSync } from 'node:fs';
import { lint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkDraft } from '../src/core/check.js';
import { draftParser } from '../src/core/parse/parse.js';
import { measureLookups } from './lookups.js';

export interface TaskResult {
  task: string;
  chars: number;
  /** Wall-clock milliseconds of each timed iteration. */
  wall: number[];
  /** CPU milliseconds (user + system) of each timed iteration. */
  cpu: number[];
  /** Peak resident set size of the process, in MB. */
  peakMB: number;
  /** For `recheck`: characters parsed again per edit. */
  reparsed?: number[];
  /** For `check`: pieces the draft was parsed in. */
  pieces?: number;
}

function timed(fn: () => unknown): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  fn();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

/** Inserts a letter into a word near `fraction` of the text: the draft's block structure stays as it is. */
export function editNear(text: string, fraction: number): string {
  let at = Math.floor(text.length * fraction);
  while (at < text.length && !(/[a-z]/.test(text[at]) && /[a-z]/.test(text[at - 1]))) at++;
  return `${text.slice(0, at)}x${text.slice(at)}`;
}

function main(): void {
  const [task, file, iterationsArg, warmupsArg] = process.argv.slice(2);
  if (task === 'lookups') {
    process.stdout.write(
      `${JSON.stringify({ task, ...measureLookups(Number(file) || 10_000), peakMB: process.resourceUsage().maxRSS / 1024 })}\n`,
    );
    return;
  }
  const text = readFileSync(file, 'utf8');
  // Small drafts: warm the JIT first, as an editor that checks on every pause would be, and time
  // more iterations (their median is taken).
  const warmups =
    warmupsArg !== undefined
      ? Number(warmupsArg)
      : text.length <= 30_000
        ? 60
        : text.length <= 150_000
          ? 4
          : text.length <= 400_000
            ? 2
            : 0;
  const iterations = Math.max(
    1,
    Number(iterationsArg) || 1,
    text.length <= 30_000 ? 25 : text.length <= 150_000 ? 5 : 1,
  );
  const result: TaskResult = { task, chars: text.length, wall: [], cpu: [], peakMB: 0 };
  const record = (fn: () => unknown) => {
    const t = timed(fn);
    result.wall.push(t.wall);
    result.cpu.push(t.cpu);
  };

  if (task === 'parse') {
    const processor = unified().use(remarkParse);
    for (let i = 0; i < warmups; i++) processor.parse(text);
    for (let i = 0; i < iterations; i++) record(() => processor.parse(text));
  } else if (task === 'check') {
    for (let i = 0; i < warmups; i++) {
      draftParser.clear();
      checkDraft(text);
    }
    for (let i = 0; i < iterations; i++) {
      draftParser.clear();
      record(() => checkDraft(text));
    }
    result.pieces = draftParser.stats.chunks;
  } else if (task === 'recheck') {
    let draft = text;
    checkDraft(draft);
    for (let i = 0; i < warmups; i++) {
      draft = editNear(draft, 0.2 + 0.02 * i);
      checkDraft(draft);
    }
    result.reparsed = [];
    for (let i = 0; i < Math.max(iterations, 5); i++) {
      draft = editNear(draft, 0.5 + 0.02 * i);
      const edited = draft;
      record(() => checkDraft(edited));
      result.reparsed.push(draftParser.stats.parsedChars);
    }
  } else if (task === 'markdownlint') {
    for (let i = 0; i < warmups; i++) lint({ strings: { draft: text } });
    for (let i = 0; i < iterations; i++) record(() => lint({ strings: { draft: text } }));
  } else {
    throw new Error(`unknown task ${task}`);
  }
  result.peakMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && /task\.(?:mjs|ts)$/.test(process.argv[1])) main();
