/**
 * Which files `pillars check` checks: every argument (files, folders, globs, `!` patterns) expanded in one glob, so
 * that `!` patterns exclude what the others match; Markdown matched whatever the case of its extension; the
 * default excludes of the extension, dot-folders, `.gitignore`, `.pillarsignore` and the configuration's `ignore`
 * left out unless `--no-ignore`, also from the files named one by one: such a file is skipped with a note that says
 * which pattern left it out (as ESLint warns "File ignored because of a matching ignore pattern"; Prettier and
 * markdownlint-cli2 skip it too), so a pre-commit hook or lint-staged, which name every staged file, honour the
 * ignore files as `pillars check .` does. A folder or glob whose drafts are all ignored is an error, as in ESLint.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { DEFAULT_EXCLUDE } from '../core/config/schema.js';

export const MARKDOWN = /\.(?:md|markdown|mdown|mkd|qmd|rmd)$/i;
const MARKDOWN_GLOB = '**/*.{md,markdown,mdown,mkd,qmd,rmd}';

/** Ignore files read in the current folder and each folder above it, up to the repository's root. */
export const IGNORE_FILES = ['.gitignore', '.pillarsignore'];

export interface FileSetOptions {
  cwd: string;
  /** False for `--no-ignore`. */
  useIgnores: boolean;
  /** The configuration's `ignore` globs, relative to `base` (its file's folder); `source` names the file. */
  ignore?: { globs: string[]; base: string; source?: string };
}

export interface FileSet {
  /** Paths relative to `cwd` (or `-` for stdin), sorted, each once. */
  files: string[];
  /** Arguments that matched nothing, each one line. */
  errors: string[];
  /** Files named one by one that an ignore left out, each one line: what left it out (not an error). */
  ignored: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** The patterns of one folder's ignore files, or of the default excludes, or of the configuration's `ignore`. */
interface Matcher {
  /** The folder its patterns are relative to. */
  base: string;
  matcher: Ignore;
  /** What a pattern that matched came from, for the note: its rule's `mark` when set (an ignore file's name). */
  source: (rule: { pattern: string; mark?: string }) => string;
}

/**
 * The ignore files of `cwd` and of each folder above it, up to the first that holds `.git`, as one matcher per folder.
 */
function ignoreMatchers(cwd: string): Matcher[] {
  const matchers: Matcher[] = [];
  let dir = resolve(cwd);
  for (;;) {
    const matcher = ignore();
    let any = false;
    for (const name of IGNORE_FILES) {
      const path = join(dir, name);
      if (existsSync(path)) {
        // One pattern at a time, marked with its file, so that a note can say which file left a draft out.
        const mark = toPosix(relative(cwd, path));
        matcher.add(
          readFileSync(path, 'utf8')
            .split(/\r?\n/)
            .map((pattern) => ({ pattern, mark })),
        );
        any = true;
      }
    }
    if (any) matchers.push({ base: dir, matcher, source: (rule) => `"${rule.pattern}" in ${rule.mark}` });
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) break;
    dir = parent;
  }
  return matchers;
}

/**
 * The default excludes and dot-files and dot-folders (`.*`), as the glob leaves them out, for files named one by one.
 */
function defaultMatcher(cwd: string): Matcher {
  // A note names the last pattern that matches (as `git check-ignore -v`), so each exclude once whatever its case
  // (the matcher ignores case, as the glob does): `README.md`, not `readme.md`.
  const excludes = DEFAULT_EXCLUDE.filter(
    (glob, i) => DEFAULT_EXCLUDE.findIndex((other) => other.toLowerCase() === glob.toLowerCase()) === i,
  );
  return {
    base: resolve(cwd),
    matcher: ignore().add(['.*', ...excludes]),
    source: (rule) =>
      rule.pattern === '.*' ? 'by default (a dot-file or a file in a dot-folder)' : `by default ("${rule.pattern}")`,
  };
}

/**
 * What leaves out `file` (absolute) of the matcher of `base`, if anything. Files outside its folder are not its
 * business.
 */
function ignoredBy({ base, matcher, source }: Matcher, file: string): string | undefined {
  const path = relative(base, file);
  if (!path || path.startsWith('..') || isAbsolute(path)) return undefined;
  const { ignored, rule } = matcher.test(toPosix(path));
  return ignored && rule ? source(rule) : undefined;
}

/** Expands the arguments of `pillars check` into the files to check. */
export async function expandFileSet(args: readonly string[], options: FileSetOptions): Promise<FileSet> {
  const { cwd } = options;
  const errors: string[] = [];
  const positive: string[] = [];
  const negative: string[] = [];
  const named: string[] = [];
  const checks: { arg: string; pattern: string; test: (file: string) => boolean }[] = [];
  let stdin = false;
  for (const arg of args.length ? args : ['.']) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    if (arg.startsWith('!')) {
      negative.push(toPosix(arg.slice(1)));
      continue;
    }
    const absolute = resolve(cwd, arg);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      stats = undefined;
    }
    const pattern = toPosix(isAbsolute(arg) ? relative(cwd, arg) || '.' : arg).replace(/\/+$/, '');
    if (stats?.isDirectory()) {
      const escaped = pattern === '.' ? '' : `${pattern.replace(/[*?[\]{}()!]/g, '\\$&')}/`;
      positive.push(`${escaped}${MARKDOWN_GLOB}`);
      // Only a folder named as an argument that holds no draft is an error; the default `.` is not.
      const prefix = toPosix(relative(cwd, absolute));
      if (args.length)
        checks.push({
          arg,
          pattern: `${escaped}${MARKDOWN_GLOB}`,
          test: (file) => prefix === '' || file.startsWith(`${prefix}/`),
        });
    } else if (stats) {
      named.push(toPosix(relative(cwd, absolute)));
    } else if (isDynamicPattern(arg)) {
      positive.push(pattern);
      checks.push({ arg, pattern, test: () => true });
    } else {
      errors.push(`${arg}: no such file or folder`);
    }
  }
  const defaults = options.useIgnores ? [...DEFAULT_EXCLUDE] : [];
  const globOptions = { cwd, caseSensitiveMatch: false, onlyFiles: true };
  const found = positive.length
    ? await glob(positive, { ...globOptions, ignore: [...defaults, ...negative], dot: !options.useIgnores })
    : [];
  const negated = negative.length
    ? new Set(await glob(named, { cwd, ignore: negative, caseSensitiveMatch: false, dot: true }))
    : undefined;
  const matchers = options.useIgnores ? ignoreMatchers(cwd) : [];
  const config = options.ignore;
  if (options.useIgnores && config?.globs.length) {
    matchers.push({
      base: config.base,
      matcher: ignore().add(config.globs),
      source: (rule) => `"${rule.pattern}" in the configuration's ignore${config.source ? ` (${config.source})` : ''}`,
    });
  }
  const withDefaults = [defaultMatcher(cwd), ...matchers];
  /** What leaves out `file` (relative to `cwd`), if anything: the first matcher that does, nearest folder first. */
  const whyIgnored = (file: string, defaults: boolean): string | undefined => {
    const absolute = resolve(cwd, file);
    for (const matcher of defaults ? withDefaults : matchers) {
      const why = ignoredBy(matcher, absolute);
      if (why) return why;
    }
    return undefined;
  };
  const drafts = found.map(toPosix).filter((file) => MARKDOWN.test(file) && !whyIgnored(file, false));
  for (const check of checks) {
    if (drafts.some(check.test)) continue;
    // Only when it fails: whether the argument matches drafts that the ignores left out, to say so.
    const all = options.useIgnores ? await glob([check.pattern], { ...globOptions, ignore: negative, dot: true }) : [];
    if (all.some((file) => MARKDOWN.test(file))) {
      errors.push(
        `${check.arg}: every Markdown file it ${isDynamicPattern(check.arg) ? 'matches' : 'holds'} is ignored (default excludes, .gitignore, .pillarsignore or the configuration's ignore): use --no-ignore to check them`,
      );
    } else {
      errors.push(
        isDynamicPattern(check.arg)
          ? `${check.arg}: no Markdown files match`
          : `${check.arg}: no Markdown files in this folder`,
      );
    }
  }
  // Named files are checked whatever their extension; the ignores and `!` patterns leave them out.
  const ignored: string[] = [];
  const kept = named.filter((file) => {
    if (negated && !negated.has(file)) return false;
    const why = options.useIgnores ? whyIgnored(file, true) : undefined;
    if (why)
      ignored.push(
        `${file}: skipped: ignored ${why.startsWith('by default') ? why : `because of ${why}`} (use --no-ignore to check it)`,
      );
    return !why;
  });
  const files = [...new Set([...drafts, ...kept])].sort();
  const local = files.map((file) => (sep === '/' ? file : file.split('/').join(sep)));
  return { files: stdin ? [...local, '-'] : local, errors, ignored };
}
