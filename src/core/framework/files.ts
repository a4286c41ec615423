/**
 * Framework files on disk (docs/frameworks.md), for the CLI and the remark plugin: read with the size and binary
 * checks drafts get, loaded once per process (and once per worker thread), and joined into the knowledge base
 * drafts are checked with. `builtin` in a list stands for the built-in essay. (The editor reads them through
 * `vscode.workspace.fs` instead: src/vscode/frameworks.ts.)
 */
import { readFileSync, statSync } from 'node:fs';
import { builtinKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { BUILTIN_FRAMEWORK, joinFrameworkFiles } from './knowledge.js';
import { loadFramework, MAX_FRAMEWORK_LENGTH } from './loader.js';
import type { FrameworkFileProblem, LoadedFrameworkFile } from './types.js';
import { cacheMap } from '../caches.js';

export type { FrameworkFileProblem } from './types.js';

type Loaded = LoadedFrameworkFile;

const loaded = cacheMap<string, Loaded>('framework files');
const bases = cacheMap<string, { knowledgeBase: KnowledgeBase; problems: FrameworkFileProblem[] }>(
  'framework knowledge bases',
);

/** Reads and loads one framework file (an absolute path), once. Never throws. */
export function loadFrameworkFile(file: string): Loaded {
  let entry = loaded.get(file);
  if (entry) return entry;
  const problem = (message: string): Loaded => ({ file, problems: [{ file, severity: 'error', message }] });
  try {
    const size = statSync(file).size;
    if (size > MAX_FRAMEWORK_LENGTH * 4)
      entry = problem(
        `the framework file is ${size} bytes, over the limit of ${MAX_FRAMEWORK_LENGTH} characters: not loaded`,
      );
    else {
      const buffer = readFileSync(file);
      if (buffer.subarray(0, 8000).includes(0))
        entry = problem('looks like a binary file (it holds NUL bytes), not a Markdown framework: not loaded');
      else {
        const { framework, problems } = loadFramework(buffer.toString('utf8'));
        entry = { file, framework, problems: problems.map((found) => ({ ...found, file })) };
      }
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    entry = problem(
      code === 'ENOENT'
        ? 'no such framework file'
        : code === 'EISDIR'
          ? 'is a folder, not a framework file'
          : `cannot read it (${code ?? (error as Error).message})`,
    );
  }
  loaded.set(file, entry);
  return entry;
}

/**
 * The knowledge base for a list of frameworks (absolute paths, or `builtin`), once per list; an empty list is the
 * built-in essay alone. The problems are those of the files and of joining them (a namespace taken twice).
 */
export function knowledgeBaseForFiles(list: readonly string[]): {
  knowledgeBase: KnowledgeBase;
  problems: FrameworkFileProblem[];
} {
  if (list.length === 0) return { knowledgeBase: builtinKnowledgeBase(), problems: [] };
  const key = list.join('\n');
  let base = bases.get(key);
  if (base) return base;
  const loaded = list.filter((file) => file !== BUILTIN_FRAMEWORK).map(loadFrameworkFile);
  base = joinFrameworkFiles(loaded, list.includes(BUILTIN_FRAMEWORK));
  bases.set(key, base);
  return base;
}

/** A problem as the CLI prints it: `file:line:column: error: message`. */
export function formatFrameworkProblem(problem: FrameworkFileProblem, shown: (file: string) => string): string {
  const place = problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : '';
  return `${shown(problem.file)}${place}: ${problem.severity}: ${problem.message}`;
}
