/**
 * The CLI's options, as one table: parsing, `--help` and the README's options table are all made from it (a test
 * holds the README to it).
 */
import { FAIL_ON, type FailOn } from '../core/config/schema.js';

export const FORMATS = ['human', 'json', 'sarif', 'github', 'junit'] as const;
export type Format = (typeof FORMATS)[number];
/** The formats of `pillars report` (the coverage matrix): a self-contained HTML page, or a Markdown table. */
export const REPORT_FORMATS = ['html', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export class UsageError extends Error {}

export interface Args {
  command?: string;
  paths: string[];
  format: Format | ReportFormat;
  /** Whether --format was given (`pillars report` defaults to html). */
  formatGiven?: boolean;
  config?: string;
  /** `--framework` files (as given; `builtin` for the built-in essay), in order. */
  frameworks: string[];
  failOn?: FailOn;
  maxWarnings?: number;
  quiet: boolean;
  output?: string;
  fix: boolean;
  /** Drafts checked at once (worker threads); undefined: one per core. */
  jobs?: number;
  ignore: boolean;
  maxSize: number;
  /** Seconds; 0 for no limit. */
  timeout: number;
  color: boolean;
  help: boolean;
  version: boolean;
}

export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;
/** Seconds to check one draft: real drafts take well under one (9 MB of prose about 25 s on a loaded machine). */
export const DEFAULT_TIMEOUT = 60;

interface OptionSpec {
  flag: string;
  short?: string;
  /** The value's placeholder, for options that take one. */
  value?: string;
  /** One line for `--help`. */
  help: string;
  /** The README's cell, when it says more than `help`. */
  doc?: string;
  set: (args: Args, value: string) => void;
}

function parseSeconds(value: string): number {
  const seconds = Number(value.trim().replace(/s$/i, ''));
  if (value.trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new UsageError(`--timeout takes a number of seconds such as 30 (0: no limit), not "${value}"`);
  return seconds;
}

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!match) throw new UsageError(`--max-size takes a size such as 500KB or 10MB, not "${value}"`);
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(match[1]) * factor);
}

/** Every option of `pillars check` and `pillars claims`, in the order `--help` lists them. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    flag: '--format',
    value: 'name',
    help: `${FORMATS.join(', ')} (default human; claims: human or json; report: html (default) or markdown)`,
    doc: 'Report format: `human` (default, in the layout of `vfile-reporter`, with a coverage line per file), `json`, `sarif` (SARIF 2.1.0 for code scanning), `github` (workflow-command annotations) or `junit` (JUnit XML, a test case per file). `pillars report` writes `html` (default: one self-contained page) or `markdown` (a table for CI step summaries).',
    set: (args, value) => {
      const known = [...FORMATS, ...REPORT_FORMATS] as readonly string[];
      if (!known.includes(value))
        throw new UsageError(
          `unknown format "${value}": use ${FORMATS.join(', ')} (check) or ${REPORT_FORMATS.join(', ')} (report)`,
        );
      args.format = value as Format | ReportFormat;
      args.formatGiven = true;
    },
  },
  {
    flag: '--config',
    short: '-c',
    value: 'file',
    help: 'Use this configuration file instead of the nearest .pillarsrc.* or package.json "pillars" key',
    doc: 'Use this configuration file (JSON or YAML) for every draft, instead of the one found upward from each draft (`.pillarsrc.json`, `.pillarsrc.yaml`, `.pillarsrc.yml` or a `pillars` key in `package.json`).',
    set: (args, value) => (args.config = value),
  },
  {
    flag: '--framework',
    value: 'file',
    help: 'Check against this framework file (repeatable; builtin: the built-in essay) instead of the configuration’s',
    doc: 'Check the drafts against this framework file (a Markdown document, see [Frameworks](#frameworks)); repeat it for several, and name `builtin` for the built-in essay beside them. Replaces the configuration’s `frameworks`. Citations of every loaded framework resolve; coverage is reported per framework. A framework file with errors is reported as `file:line: error: …` and the run exits 2. `pillars claims --framework FILE` lists its claims.',
    set: (args, value) => args.frameworks.push(value),
  },
  {
    flag: '--fail-on',
    value: 'severity',
    help: 'Least severe finding that fails the run: error, warning (default), info or never',
    doc: 'Exit 1 when a finding is at least this severe: `error`, `warning` (default), `info` or `never`. Also `failOn` in the configuration file; the flag wins.',
    set: (args, value) => {
      if (!(FAIL_ON as readonly string[]).includes(value))
        throw new UsageError(`--fail-on takes ${FAIL_ON.join(', ')}, not "${value}"`);
      args.failOn = value as FailOn;
    },
  },
  {
    flag: '--max-warnings',
    value: 'n',
    help: 'Exit 1 when there are more than n warnings, whatever --fail-on says',
    doc: 'Exit 1 when the drafts have more than `n` warnings in all, even with `--fail-on error` or `never`. Also `maxWarnings` in the configuration file.',
    set: (args, value) => {
      if (!/^\d+$/.test(value.trim()))
        throw new UsageError(`--max-warnings takes a whole number such as 0 or 10, not "${value}"`);
      args.maxWarnings = Number(value.trim());
    },
  },
  {
    flag: '--quiet',
    short: '-q',
    help: 'Report errors only, with no coverage lines or summary',
    doc: 'Report errors only: no warnings or informational findings, no coverage lines, no summary. The exit code still counts every finding.',
    set: (args) => (args.quiet = true),
  },
  {
    flag: '--output',
    short: '-o',
    value: 'file',
    help: 'Write the report to this file instead of standard output',
    set: (args, value) => (args.output = value),
  },
  {
    flag: '--fix',
    help: 'Apply the unambiguous quick fixes to the drafts, then report what is left (with -: the fixed draft to stdout)',
    doc: 'Apply the quick fixes that can only mean one thing: a citation key with one suggestion, a misquotation of the one claim its citation names (restored to the claim’s words), a front-matter typo with one suggestion. A draft is written only when a fix changed it, never when it could not be read or checked; each fix is listed on stderr (`pillars: fixed FILE:LINE:COLUMN RULE: WHAT`), and the report and the exit code are of the fixed drafts. With `-` the draft comes from stdin and the fixed draft goes to stdout (the report to stderr, or to `--output`).',
    set: (args) => (args.fix = true),
  },
  {
    flag: '--no-ignore',
    help: 'Also check files that .gitignore, .pillarsignore or the default excludes leave out, named or found',
    doc: 'Also check the files that `.gitignore`, `.pillarsignore`, the configuration’s `ignore` and the default excludes (README, CHANGELOG, LICENSE, CONTRIBUTING, `node_modules`, dot-folders) leave out, whether found in a folder or named one by one (without it a named file they leave out is skipped with a note on stderr, as ESLint does).',
    set: (args) => (args.ignore = false),
  },
  {
    flag: '--max-size',
    value: 'size',
    help: 'Largest draft to check, e.g. 5MB (default 10MB); larger files are reported, exit 2',
    doc: 'Largest draft checked (default `10MB`); a larger file is reported with exit code 2 and the others are still checked.',
    set: (args, value) => (args.maxSize = parseSize(value)),
  },
  {
    flag: '--timeout',
    value: 'secs',
    help: `Longest time to check one draft (default ${DEFAULT_TIMEOUT}; 0: no limit); slower ones are reported, exit 2`,
    doc: `Longest time, in seconds, to check one draft (default \`${DEFAULT_TIMEOUT}\`, \`0\`: no limit). Each draft is checked in a worker thread; one that takes longer is stopped and reported (\`pillars: FILE: not checked: took longer than 60 s (raise it with --timeout)\`), exit code 2, and the next draft is checked in a fresh worker.`,
    set: (args, value) => (args.timeout = parseSeconds(value)),
  },
  {
    flag: '--jobs',
    value: 'n',
    help: 'Drafts checked at once, each in a worker thread (default: one per core)',
    doc: 'Drafts checked at once, each in a worker thread of its own (default: one per core, as `os.availableParallelism()` counts them). The report is the same whatever the number: drafts are reported in path order.',
    set: (args, value) => {
      if (!/^\d+$/.test(value.trim()) || Number(value.trim()) < 1)
        throw new UsageError(`--jobs takes a whole number of at least 1, not "${value}"`);
      args.jobs = Number(value.trim());
    },
  },
  {
    flag: '--no-color',
    help: 'Plain output (also when NO_COLOR is set or output is not a terminal; FORCE_COLOR forces colour)',
    set: (args) => (args.color = false),
  },
  { flag: '--help', short: '-h', help: 'Show this help', set: (args) => (args.help = true) },
  { flag: '--version', short: '-v', help: 'Show the version', set: (args) => (args.version = true) },
];

export function parseArgs(argv: string[], color: boolean): Args {
  const args: Args = {
    paths: [],
    frameworks: [],
    format: 'human',
    quiet: false,
    fix: false,
    ignore: true,
    maxSize: DEFAULT_MAX_SIZE,
    timeout: DEFAULT_TIMEOUT,
    color,
    help: false,
    version: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      args.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (args.command === undefined) args.command = arg;
      else args.paths.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const spec = OPTIONS.find((option) => option.flag === name || option.short === name);
    if (!spec) throw new UsageError(`unknown option "${arg}" (see pillars --help)`);
    let value = '';
    if (spec.value) {
      if (name !== arg) value = arg.slice(equals + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      else throw new UsageError(`${spec.flag} needs a value`);
    } else if (name !== arg) {
      throw new UsageError(`${spec.flag} takes no value`);
    }
    spec.set(args, value);
  }
  return args;
}

function usage(spec: OptionSpec): string {
  const names = spec.short ? `${spec.short}, ${spec.flag}` : spec.flag;
  return spec.value ? `${names} <${spec.value}>` : names;
}

export const EXIT_CODES =
  '0 no finding fails the run (see --fail-on, --max-warnings), 1 one does, 2 a usage, configuration or I/O error, or a draft not checked.';

export function helpText(): string {
  const width = Math.max(...OPTIONS.map((spec) => usage(spec).length)) + 2;
  return [
    'Usage: pillars <command> [options]',
    '',
    'Commands:',
    '  check [paths…]     Check Markdown drafts (files, folders, globs; ! excludes; - reads stdin).',
    '                     With no path, checks the drafts under the current folder, or piped stdin.',
    '  report [paths…]    The drafts check would check, as a coverage matrix (drafts × pillars):',
    '                     --format html (default; one self-contained page, e.g. --output report.html)',
    '                     or markdown (a table for CI step summaries and pull-request comments).',
    '  claims             List the claims of the built-in source (or of --framework files) and their keys.',
    '  framework init DOC.md',
    '                     Make a Markdown document a framework file: writes its namespace, pillars and',
    '                     pinned keys into its front matter and prints what it chose.',
    '',
    'Options:',
    ...OPTIONS.map((spec) => `  ${usage(spec).padEnd(width)} ${spec.help}`),
    '',
    `Exit codes: ${EXIT_CODES}`,
  ].join('\n');
}

/** The README's options table (between `<!-- generated:cli-options -->` markers). */
export function optionsTable(): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  const rows = OPTIONS.filter((spec) => spec.flag !== '--help' && spec.flag !== '--version').map((spec) => {
    const names = [spec.short, spec.flag]
      .filter(Boolean)
      .map((name) => `\`${name}${spec.value && name === spec.flag ? ` <${spec.value}>` : ''}\``);
    return `| ${names.join(', ')} | ${escape(spec.doc ?? `${spec.help}.`)} |`;
  });
  return ['| Option | Meaning |', '| --- | --- |', ...rows].join('\n');
}
