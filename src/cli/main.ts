/**
 * `pillars`: the checker on the command line, for writers and CI pipelines. Reads drafts, never
 * writes them. Exit codes: 0 nothing above informational, 1 a warning or error, 2 usage or I/O error.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { builtinKnowledgeBase, checkDraft, jsonFile, PILLAR_IDS, sarifLog, severityRank } from '../core/index.js';
import { fileResult, TimeLimitExceeded, type FileResult } from './check-worker.js';

const HELP = `Usage: pillars <command> [options]

Commands:
  check [paths…]     Check Markdown drafts (files, folders, globs; - reads stdin).
                     With no path, checks the Markdown files under the current folder.
  claims             List the claims of the built-in source and their citation keys.

Options:
  --format <name>    human (default), json, or sarif (check only; claims: human or json)
  --max-size <size>  Largest draft to check, e.g. 5MB (default 10MB); larger files are reported, exit 2
  --timeout <secs>   Longest time to check one draft (default 60; 0: no limit); slower ones are reported, exit 2
  --no-color         Plain output (also when NO_COLOR is set or output is not a terminal)
  -h, --help         Show this help
  -v, --version      Show the version

Exit codes: 0 no finding above informational, 1 a warning or error, 2 a usage or I/O error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  cwd: string;
  color: boolean;
  /**
   * Checks one draft within a time limit, rejecting with {@link TimeLimitExceeded} past it (bin.ts: in a
   * worker thread it can terminate). Without it (tests, the benchmark) drafts are checked on this thread,
   * with no time limit.
   */
  check?: (text: string, path: string, timeoutMs: number) => Promise<FileResult>;
}

interface Args {
  command?: string;
  paths: string[];
  format: 'human' | 'json' | 'sarif';
  maxSize: number;
  /** Seconds; 0 for no limit. */
  timeout: number;
  color: boolean;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;
/** Seconds to check one draft: real drafts take well under one (9 MB of prose about 25 s on a loaded machine). */
const DEFAULT_TIMEOUT = 60;

function parseSeconds(value: string): number {
  const seconds = Number(value.trim().replace(/s$/i, ''));
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0) throw new UsageError(`--timeout takes a number of seconds such as 30 (0: no limit), not "${value}"`);
  return seconds;
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-size takes a size such as 500KB or 10MB, not "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

function parseArgs(argv: string[], color: boolean): Args {
  const args: Args = { paths: [], format: 'human', maxSize: DEFAULT_MAX_SIZE, timeout: DEFAULT_TIMEOUT, color, help: false, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const valueOf = (name: string): string => {
      const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
      if (inline !== undefined) return inline;
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`);
      return argv[++i];
    };
    if (arg === '-h' || arg === '--help') args.help = true;
    else if (arg === '-v' || arg === '--version') args.version = true;
    else if (arg === '--no-color') args.color = false;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = valueOf('--format');
      if (format !== 'human' && format !== 'json' && format !== 'sarif') {
        throw new UsageError(`unknown format "${format}": use human, json or sarif`);
      }
      args.format = format;
    } else if (arg === '--max-size' || arg.startsWith('--max-size=')) args.maxSize = parseSize(valueOf('--max-size'));
    else if (arg === '--timeout' || arg.startsWith('--timeout=')) args.timeout = parseSeconds(valueOf('--timeout'));
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see pillars --help)`);
    else if (args.command === undefined) args.command = arg;
    else args.paths.push(arg);
  }
  return args;
}

export function packageVersion(): string {
  // The CLI runs from dist/ (bundled) or src/cli/ (tests): look upwards for our package.json.
  let dir = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'cooperation-pillars' && pkg.version) return pkg.version;
    }
    dir = dirname(dir);
  }
  return '0.0.0';
}

const MARKDOWN = /\.(?:md|markdown|mdown|mkd|qmd|rmd)$/i;

/** Expands paths, folders and globs into files, in a stable order; unmatched ones are errors. */
async function expand(paths: string[], cwd: string, errors: string[]): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths.length ? paths : ['.']) {
    if (path === '-') {
      add('-');
      continue;
    }
    const absolute = resolve(cwd, path);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    if (stats?.isDirectory()) {
      const found = await glob('**/*.{md,markdown,mdown,mkd,qmd,rmd}', { cwd: absolute, ignore: ['**/node_modules/**', '**/.git/**'], caseSensitiveMatch: false });
      found.sort().forEach((file) => add(relative(cwd, join(absolute, file)) || file));
      if (!found.length && paths.length) errors.push(`${path}: no Markdown files in this folder`);
    } else if (stats) {
      add(path);
    } else if (isDynamicPattern(path)) {
      const found = await glob(path, { cwd, ignore: ['**/node_modules/**'] });
      const drafts = found.filter((file) => MARKDOWN.test(file)).sort();
      drafts.forEach(add);
      if (!drafts.length) errors.push(`${path}: no Markdown files match`);
    } else {
      errors.push(`${path}: no such file or folder`);
    }
  }
  return files;
}

function tooLarge(size: number, maxSize: number): Error {
  return new Error(`file is ${formatSize(size)}, over the ${formatSize(maxSize)} limit: not checked (raise it with --max-size)`);
}

/** A NUL byte near the start means a binary file, as git and grep judge it. */
const BINARY = new Error('looks like a binary file (it holds NUL bytes), not a Markdown draft: not checked');

function read(file: string, io: CliIo, maxSize: number): string {
  if (file === '-') {
    const text = io.readStdin();
    const size = Buffer.byteLength(text);
    if (size > maxSize) throw tooLarge(size, maxSize);
    if (text.slice(0, 8000).includes('\0')) throw BINARY;
    return text;
  }
  const path = resolve(io.cwd, file);
  const size = statSync(path).size;
  if (size > maxSize) throw tooLarge(size, maxSize);
  const buffer = readFileSync(path);
  if (buffer.subarray(0, 8000).includes(0)) throw BINARY;
  return buffer.toString('utf8');
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

const PAINT = { red: 31, yellow: 33, green: 32, blue: 34, dim: 2, underline: 4 } as const;

function painter(color: boolean) {
  return (style: keyof typeof PAINT, text: string) => (color ? `\u001B[${PAINT[style]}m${text}\u001B[0m` : text);
}

/** A report in the layout of vfile-reporter, with a coverage line under each file. */
function human(results: FileResult[], color: boolean): string {
  const paint = painter(color);
  const out: string[] = [];
  const totals = { error: 0, warning: 0, info: 0 };
  for (const result of results) {
    out.push(paint('underline', result.path ?? '<stdin>'));
    const rows = result.messages.map((message) => {
      totals[message.severity]++;
      const place = `${message.range.start.line}:${message.range.start.column}-${message.range.end.line}:${message.range.end.column}`;
      const label = message.severity === 'error' ? paint('red', 'error') : message.severity === 'warning' ? paint('yellow', 'warning') : paint('blue', 'info');
      return { place, label, plain: message.severity, text: message.message, rule: message.ruleId };
    });
    const placeWidth = Math.max(0, ...rows.map((row) => row.place.length));
    const labelWidth = Math.max(0, ...rows.map((row) => row.plain.length));
    for (const row of rows) {
      out.push(`  ${row.place.padEnd(placeWidth)}  ${row.label}${' '.repeat(labelWidth - row.plain.length)}  ${row.text}  ${paint('dim', `${row.rule}  pillars`)}`);
    }
    const covered = PILLAR_IDS.filter((id) => result.coverage[id].covered).length;
    const skipped = PILLAR_IDS.filter((id) => result.coverage[id].status === 'skipped').length;
    const marks = PILLAR_IDS.map((id) => {
      const entry = result.coverage[id];
      if (entry.status === 'covered') return paint('green', `✓ ${id}`);
      if (entry.status === 'thin') return paint('yellow', `~ ${id} (thin)`);
      if (entry.status === 'skipped') return paint('dim', `- ${id} (skipped)`);
      return paint('red', `✗ ${id}`);
    });
    out.push(`  coverage ${covered}/${PILLAR_IDS.length - skipped}: ${marks.join('  ')}`);
    out.push('');
  }
  const parts: string[] = [];
  if (totals.error) parts.push(paint('red', `✖ ${totals.error} error${totals.error === 1 ? '' : 's'}`));
  if (totals.warning) parts.push(paint('yellow', `⚠ ${totals.warning} warning${totals.warning === 1 ? '' : 's'}`));
  if (totals.info) parts.push(paint('blue', `ℹ ${totals.info} info`));
  out.push(parts.length ? parts.join(', ') : paint('green', `✓ ${results.length} draft${results.length === 1 ? '' : 's'}, no findings`));
  return out.join('\n');
}

function claimsCommand(args: Args, io: CliIo): number {
  const kb = builtinKnowledgeBase();
  if (args.format === 'json') {
    const claims = kb.claims.map((claim) => ({ key: claim.key, theme: claim.theme, ...(claim.pillar ? { pillar: claim.pillar } : {}), text: claim.text }));
    io.stdout(JSON.stringify({ source: kb.sources[0].title, claims }, null, 2));
    return 0;
  }
  if (args.format === 'sarif') throw new UsageError('claims supports --format human or json');
  const paint = painter(args.color);
  const out: string[] = [];
  for (const source of kb.sources) {
    out.push(paint('underline', source.title));
    for (const theme of source.themes) {
      out.push('', `${theme.title}${theme.pillar ? ` (pillar: ${theme.pillar})` : ''}`);
      for (const claim of theme.claims) out.push(`  @${claim.key}`, `    “${claim.text}”`);
    }
  }
  io.stdout(out.join('\n'));
  return 0;
}

async function checkCommand(args: Args, io: CliIo): Promise<number> {
  const errors: string[] = [];
  const files = await expand(args.paths, io.cwd, errors);
  const results: FileResult[] = [];
  for (const file of files) {
    try {
      const text = read(file, io, args.maxSize);
      const path = file === '-' ? '<stdin>' : file;
      const result = io.check ? await io.check(text, path, args.timeout * 1000) : fileResult(checkDraft(text, { path }));
      if (result.notChecked) errors.push(`${file}: ${result.notChecked.message}`);
      else results.push(result);
    } catch (error) {
      const reason =
        error instanceof TimeLimitExceeded
          ? `not checked: took longer than ${args.timeout} s (raise it with --timeout)`
          : (error as NodeJS.ErrnoException).code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
      errors.push(`${file}: ${reason}`);
    }
  }
  for (const error of errors) io.stderr(`pillars: ${error}`);
  if (args.format === 'json') {
    io.stdout(JSON.stringify({ files: results.map(jsonFile) }, null, 2));
  } else if (args.format === 'sarif') {
    const toUri = (path: string) => relative(io.cwd, resolve(io.cwd, path)).split(sep).map(encodeURIComponent).join('/');
    io.stdout(JSON.stringify(sarifLog(results, packageVersion(), toUri), null, 2));
  } else if (results.length) {
    io.stdout(human(results, args.color));
  }
  if (errors.length) return 2;
  const worst = Math.max(0, ...results.flatMap((result) => result.messages.map((message) => severityRank(message.severity))));
  return worst >= severityRank('warning') ? 1 : 0;
}

/** Runs the CLI; returns the exit code. Never throws: failures become a message and exit 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const args = parseArgs(argv, io.color);
    if (args.help) {
      io.stdout(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout(packageVersion());
      return 0;
    }
    if (args.command === undefined) throw new UsageError('no command given: use check or claims (see pillars --help)');
    if (args.command === 'check') return await checkCommand(args, io);
    if (args.command === 'claims') return claimsCommand(args, io);
    throw new UsageError(`unknown command "${args.command}": use check or claims (see pillars --help)`);
  } catch (error) {
    io.stderr(`pillars: ${error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).stack ?? error}`}`);
    return 2;
  }
}
