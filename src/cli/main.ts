/**
 * `pillars`: the checker on the command line, for writers and CI pipelines. Reads drafts, and writes them only
 * with `--fix` (and the report with `--output`). Exit codes: 0 no finding fails the run, 1 one does (`--fail-on`,
 * `--max-warnings`), 2 a usage, configuration or I/O error, or a draft not checked.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigFileError, ConfigFiles, type ConfigFile } from '../core/config/files.js';
import type { FailOn, PillarsConfigFile } from '../core/config/schema.js';
import type { PillarSet } from '../core/framework/pillar-set.js';
import { builtinKnowledgeBase, severityRank } from '../core/index.js';
import { bibliographyCommand } from './bibliography.js';
import { checkRequest, TimeLimitExceeded, type CheckRequest, type FileResult } from './check-worker.js';
import { expandFileSet } from './file-set.js';
import { formatFrameworkProblem, knowledgeBaseForFiles } from '../core/framework/files.js';
import { BUILTIN_FRAMEWORK, initFramework, isFrameworkText } from '../core/framework/index.js';
import { github, human, json, junit, painter, sarif, type Report, type Unchecked } from './formats.js';
import { helpText, parseArgs, REPORT_FORMATS, UsageError, type Args } from './options.js';
import { madeBy, renderReport, reportFormat } from './report.js';

export { UsageError } from './options.js';

export interface CliIo {
  stdout: (text: string) => void;
  /** Writes to stdout as it is, adding no newline (the fixed draft of `--fix -`); else `stdout`. */
  write?: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
  /**
   * Whether stdin is piped (a pipe, socket or file; not a terminal): `pillars check` with no path then reads it,
   * and checks the folder's drafts when it is empty (a CI runner's stdin that ends at once).
   */
  stdinPiped?: boolean;
  cwd: string;
  color: boolean;
  /** Width of the human report (the terminal's; 100 when not a terminal). */
  columns?: number;
  /**
   * Checks one draft within a time limit, rejecting with {@link TimeLimitExceeded} past it (bin.ts: in a
   * worker thread it can terminate), on at most `jobs` workers; called for twice as many drafts at once, so that
   * each worker has its next draft waiting. Without it (tests, the benchmark) drafts are checked on this
   * thread, one at a time, with no time limit.
   */
  check?: (request: CheckRequest, timeoutMs: number, jobs: number) => Promise<FileResult>;
  /** Drafts `check` is given at once unless `--jobs` says (bin.ts: one per core); 1 by default. */
  jobs?: number;
}

const HELP = `${helpText()}

pillars bibliography --help shows the options of the bibliography command.`;

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

function tooLarge(size: number, maxSize: number): Error {
  return new Error(
    `file is ${formatSize(size)}, over the ${formatSize(maxSize)} limit: not checked (raise it with --max-size)`,
  );
}

/** A NUL byte near the start means a binary file, as git and grep judge it. */
const BINARY = new Error('looks like a binary file (it holds NUL bytes), not a Markdown draft: not checked');

/** A draft's text; `exact` when writing it back gives the same bytes (not so for a file that is not UTF-8). */
function read(file: string, io: CliIo, maxSize: number): { text: string; exact: boolean } {
  if (file === '-') {
    const text = io.readStdin();
    const size = Buffer.byteLength(text);
    if (size > maxSize) throw tooLarge(size, maxSize);
    if (text.slice(0, 8000).includes('\0')) throw BINARY;
    return { text, exact: true };
  }
  const path = resolve(io.cwd, file);
  const size = statSync(path).size;
  if (size > maxSize) throw tooLarge(size, maxSize);
  const buffer = readFileSync(path);
  if (buffer.subarray(0, 8000).includes(0)) throw BINARY;
  const text = buffer.toString('utf8');
  // Only --fix writes the text back: a file with bytes that are not UTF-8 would come back changed.
  return { text, exact: !text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(buffer) };
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** The `--framework` files as paths from the current folder's point of view (`builtin` as it is). */
function frameworkPaths(list: readonly string[], dir: string): string[] {
  return list.map((file) => (file === BUILTIN_FRAMEWORK ? file : resolve(dir, file)));
}

/** Prints the framework files' problems once each; returns whether one is an error. */
class FrameworkProblems {
  private readonly said = new Set<string>();
  failed = false;

  constructor(private readonly io: CliIo) {}

  say(list: readonly string[]): void {
    for (const problem of knowledgeBaseForFiles(list).problems) {
      const line = formatFrameworkProblem(problem, (file) => relative(this.io.cwd, file) || file);
      if (this.said.has(line)) continue;
      this.said.add(line);
      this.io.stderr(`pillars: ${line}`);
      if (problem.severity === 'error') this.failed = true;
    }
  }
}

function claimsCommand(args: Args, io: CliIo): number {
  const list = frameworkPaths(args.frameworks, io.cwd);
  const problems = new FrameworkProblems(io);
  problems.say(list);
  const kb = knowledgeBaseForFiles(list).knowledgeBase;
  // With --framework, its claims (and the built-in's only when `builtin` is named).
  const sources =
    list.length && !list.includes(BUILTIN_FRAMEWORK)
      ? kb.sources.filter((source) => source !== builtinKnowledgeBase().sources[0])
      : kb.sources;
  if (args.format === 'json') {
    const listed = sources.map((source) => ({
      source: source.title,
      namespace: source.namespace,
      claims: source.themes
        .flatMap((theme) => theme.claims)
        .map((claim) => ({
          key: claim.key,
          theme: claim.theme,
          ...(claim.pillar ? { pillar: claim.pillar } : {}),
          text: claim.text,
        })),
    }));
    // One source: as before (`{ source, claims }`); several: a list of them.
    io.stdout(
      JSON.stringify(listed.length === 1 ? { source: listed[0].source, claims: listed[0].claims } : listed, null, 2),
    );
    return problems.failed ? 2 : 0;
  }
  if (args.format !== 'human') throw new UsageError('claims supports --format human or json');
  const paint = painter(args.color);
  const out: string[] = [];
  for (const source of sources) {
    out.push(paint('underline', source.title));
    for (const theme of source.themes) {
      out.push('', `${theme.title}${theme.pillar ? ` (pillar: ${theme.pillar})` : ''}`);
      for (const claim of theme.claims) out.push(`  @${claim.key}`, `    “${claim.text}”`);
    }
  }
  io.stdout(out.join('\n'));
  return problems.failed ? 2 : 0;
}

/** `pillars framework init DOC.md`: writes the document's framework choices into its front matter. */
function frameworkCommand(args: Args, io: CliIo): number {
  const [action, file, ...rest] = args.paths;
  if (action !== 'init' || !file || rest.length)
    throw new UsageError('use pillars framework init DOC.md (one Markdown document)');
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = read(path, io, args.maxSize).text;
  } catch (error) {
    throw new UsageError(
      `${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`,
    );
  }
  const result = initFramework(text);
  if (result.changed) writeFileSync(path, result.text);
  io.stdout(`${result.changed ? 'Wrote' : 'Nothing to write in'} ${file}:\n${result.report}`);
  return 0;
}

/** The configuration for `dir`: the file named with --config, else the nearest one; problems said once each. */
class Configurations {
  private readonly files = new ConfigFiles(parseYaml);
  private readonly said = new Set<string>();
  /** Whether a configuration file had problems (the run then exits 2). */
  failed = false;

  constructor(
    private readonly named: string | undefined,
    private readonly io: CliIo,
  ) {}

  forDir(dir: string): ConfigFile | undefined {
    try {
      const file = this.named ? this.files.read(resolve(this.io.cwd, this.named)) : this.files.forDir(dir);
      if (file && !this.said.has(file.path)) {
        this.said.add(file.path);
        for (const problem of file.problems) this.io.stderr(`pillars: ${problem}`);
        if (file.problems.length) this.failed = true;
      }
      return file;
    } catch (error) {
      if (!(error instanceof ConfigFileError)) throw error;
      if (!this.said.has(error.message)) {
        this.said.add(error.message);
        this.io.stderr(`pillars: ${error.message}`);
      }
      this.failed = true;
      if (this.named) throw new UsageError(error.message);
      return undefined;
    }
  }
}

/** Whether the findings fail the run: one at least as severe as `failOn`, or more warnings than `maxWarnings`. */
export function fails(results: readonly FileResult[], failOn: FailOn, maxWarnings: number | undefined): boolean {
  const messages = results.flatMap((result) => result.messages);
  if (maxWarnings !== undefined && messages.filter((message) => message.severity === 'warning').length > maxWarnings)
    return true;
  if (failOn === 'never') return false;
  return messages.some((message) => severityRank(message.severity) >= severityRank(failOn));
}

/** `pillars check`; `render` draws the report instead of `--format` (`pillars report`'s matrix). */
async function checkCommand(
  args: Args,
  io: CliIo,
  render?: (report: Report, pillars: PillarSet) => string,
): Promise<number> {
  const configs = new Configurations(args.config, io);
  const frameworkProblems = new FrameworkProblems(io);
  /** A draft's frameworks: --framework's, else its configuration's (paths from the configuration's folder). */
  const frameworksOf = (config: ConfigFile | undefined): string[] => {
    const list = args.frameworks.length
      ? frameworkPaths(args.frameworks, io.cwd)
      : config?.config.frameworks
        ? frameworkPaths(config.config.frameworks, config.dir)
        : [];
    frameworkProblems.say(list);
    return list;
  };
  // The run's own settings (file set, failOn, maxWarnings) come from the configuration of the current folder.
  const base = configs.forDir(io.cwd);
  const own: PillarsConfigFile = base?.config ?? {};
  let piped: string | undefined;
  if (!args.paths.length && io.stdinPiped) {
    piped = io.readStdin();
    const text = piped;
    if (text !== '') io = { ...io, readStdin: () => text };
  }
  const paths = args.paths.length
    ? args.paths
    : piped
      ? ['-']
      : (own.include?.map((glob) => toCwd(glob, base!.dir, io.cwd)) ?? []);
  const set = await expandFileSet(paths, {
    cwd: io.cwd,
    useIgnores: args.ignore,
    ignore:
      own.ignore && base
        ? { globs: own.ignore, base: base.dir, source: relative(io.cwd, base.path).split(sep).join('/') }
        : undefined,
  });
  // A framework file among the drafts is read as a framework, not checked as a draft.
  const loadedFrameworks = new Set(
    args.frameworks.length
      ? frameworkPaths(args.frameworks, io.cwd)
      : base?.config.frameworks
        ? frameworkPaths(base.config.frameworks, base.dir)
        : [],
  );
  if (loadedFrameworks.size)
    set.files = set.files.filter((file) => file === '-' || !loadedFrameworks.has(resolve(io.cwd, file)));
  const unchecked: Unchecked[] = [];
  const notChecked = (path: string, reason: string) => {
    io.stderr(`pillars: ${path}: ${reason}`);
    unchecked.push({ path: path === '-' ? '<stdin>' : path, reason });
  };
  for (const error of set.errors) io.stderr(`pillars: ${error}`);
  // A named file that an ignore leaves out is skipped, not an error: a note unless --quiet.
  if (!args.quiet) for (const note of set.ignored) io.stderr(`pillars: ${note}`);
  // With --fix and `-`, stdout carries the fixed draft: the report goes to stderr (or --output).
  const fixingStdin = args.fix && set.files.includes('-');
  const results: FileResult[] = [];
  let failedWrites = 0;
  /** A draft's outcome, taken in the order of the file set whatever order the checks end in. */
  const take = (file: string, outcome: Outcome) => {
    if ('reason' in outcome) return notChecked(file, outcome.reason);
    if ('framework' in outcome) {
      if (!args.quiet)
        io.stderr(`pillars: ${file}: a framework file (its front matter names a namespace), not checked as a draft`);
      return;
    }
    const { result, original, exact } = outcome;
    const draftOut = io.write ?? io.stdout;
    if (result.notChecked) {
      // A fixer in a pipe gives back what it was given when it cannot fix it.
      if (args.fix && file === '-') draftOut(original);
      return notChecked(file, result.notChecked.message);
    }
    results.push(result);
    if (!result.fixed) return;
    const shown = file === '-' ? '<stdin>' : file;
    if (file === '-') {
      draftOut(result.fixed.text);
    } else if (result.fixed.text !== original) {
      if (!exact) {
        io.stderr(`pillars: ${file}: not fixed: it is not valid UTF-8, and writing it back would change other bytes`);
        failedWrites++;
        return;
      }
      try {
        writeFileSync(resolve(io.cwd, file), result.fixed.text);
      } catch (error) {
        io.stderr(
          `pillars: ${file}: not fixed: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
        );
        failedWrites++;
        return;
      }
    }
    for (const fix of result.fixed.applied)
      io.stderr(`pillars: fixed ${shown}:${fix.line}:${fix.column} ${fix.ruleId}: ${fix.title}`);
  };
  const jobs = args.jobs ?? io.jobs ?? 1;
  const checkOne = async (file: string): Promise<Outcome> => {
    try {
      const { text, exact } = read(file, io, args.maxSize);
      const path = file === '-' ? '<stdin>' : file;
      // A framework file among the drafts (its front matter names a namespace) is not a draft.
      if (file !== '-' && isFrameworkText(text)) return { framework: true };
      const config = configs.forDir(file === '-' ? io.cwd : dirname(resolve(io.cwd, file)));
      const rules = config?.config.rules;
      const fsPath = file === '-' ? undefined : resolve(io.cwd, file);
      const frameworks = frameworksOf(config);
      const request: CheckRequest = {
        text,
        path,
        fsPath,
        rules,
        ...(args.fix ? { fix: true } : {}),
        ...(frameworks.length ? { frameworks } : {}),
      };
      const result = io.check ? await io.check(request, args.timeout * 1000, jobs) : checkRequest(request);
      return { result, original: text, exact };
    } catch (error) {
      const reason =
        error instanceof TimeLimitExceeded
          ? `not checked: took longer than ${args.timeout} s (raise it with --timeout)`
          : (error as NodeJS.ErrnoException).code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
      return { reason };
    }
  };
  await inOrder(set.files, io.check ? 2 * jobs : 1, checkOne, take);
  const report = { results, unchecked, quiet: args.quiet };
  const toUri = (path: string) => relative(io.cwd, resolve(io.cwd, path)).split(sep).map(encodeURIComponent).join('/');
  // The report's columns: the pillars of the run's frameworks (--framework's, else the current folder's
  // configuration's).
  const text = render
    ? render(report, knowledgeBaseForFiles([...loadedFrameworks]).knowledgeBase.pillars)
    : args.format === 'json'
      ? json(report)
      : args.format === 'sarif'
        ? JSON.stringify(sarif(report, packageVersion(), toUri), null, 2)
        : args.format === 'github'
          ? github(report)
          : args.format === 'junit'
            ? junit(report)
            : human(report, args.color, io.columns ?? 100);
  if (args.output) {
    const target = resolve(io.cwd, args.output);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text ? `${text}\n` : '');
  } else if (text) {
    (fixingStdin ? io.stderr : io.stdout)(text);
  }
  if (set.errors.length || unchecked.length || configs.failed || frameworkProblems.failed || failedWrites) return 2;
  return fails(results, args.failOn ?? own.failOn ?? 'warning', args.maxWarnings ?? own.maxWarnings) ? 1 : 0;
}

/** What checking a draft came to: its result and the text checked, or why it was not checked. */
type Outcome = { result: FileResult; original: string; exact: boolean } | { reason: string } | { framework: true };

/**
 * Runs `work` on up to `jobs` items at once and hands each outcome to `take` in the items' order, as soon as
 * those before it are taken: the output is the same as one at a time, whatever order the work ends in.
 */
async function inOrder<T, R>(
  items: readonly T[],
  jobs: number,
  work: (item: T) => Promise<R>,
  take: (item: T, outcome: R) => void,
): Promise<void> {
  const outcomes = new Map<number, R>();
  let next = 0;
  let taken = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      outcomes.set(index, await work(items[index]));
      for (; outcomes.has(taken); taken++) {
        take(items[taken], outcomes.get(taken)!);
        outcomes.delete(taken);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, items.length)) }, worker));
}

/** A glob of a configuration file (relative to its folder) as the CLI's argument (relative to the current folder). */
function toCwd(glob: string, dir: string, cwd: string): string {
  const negated = glob.startsWith('!');
  const pattern = negated ? glob.slice(1) : glob;
  const prefix = relative(cwd, dir).split(sep).join('/');
  return `${negated ? '!' : ''}${prefix && !prefix.startsWith('..') ? `${prefix}/` : ''}${pattern}`;
}

/** Runs the CLI; returns the exit code. Never throws: failures become a message and exit 2. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    // `bibliography` takes options of its own (src/cli/bibliography.ts).
    if (argv[0] === 'bibliography') return bibliographyCommand(argv.slice(1), io, builtinKnowledgeBase());
    const args = parseArgs(argv, io.color);
    if (args.help) {
      io.stdout(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout(packageVersion());
      return 0;
    }
    if (args.command === undefined)
      throw new UsageError('no command given: use check, report or claims (see pillars --help)');
    if (args.command === 'check') {
      if ((REPORT_FORMATS as readonly string[]).includes(args.format))
        throw new UsageError(`--format ${args.format} is for pillars report (the coverage matrix): run pillars report`);
      return await checkCommand(args, io);
    }
    if (args.command === 'report') {
      const format = reportFormat(args.formatGiven ? args.format : undefined);
      if (args.quiet)
        throw new UsageError('pillars report takes no --quiet: the matrix shows every pillar of every draft');
      if (args.fix)
        throw new UsageError('pillars report takes no --fix: it only reads the drafts (run pillars check --fix first)');
      return await checkCommand(args, io, (report, pillars) =>
        renderReport(report, format, madeBy(packageVersion()), pillars),
      );
    }
    if (args.command === 'claims') return claimsCommand(args, io);
    if (args.command === 'framework') return frameworkCommand(args, io);
    throw new UsageError(`unknown command "${args.command}": use check, report or claims (see pillars --help)`);
  } catch (error) {
    io.stderr(
      `pillars: ${error instanceof UsageError ? error.message : `unexpected error: ${(error as Error).stack ?? error}`}`,
    );
    return 2;
  }
}
