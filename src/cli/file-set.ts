/**
 * Which files `pillars check` checks: every argument (files, folders, globs, `!` patterns) expanded in one glob, so
 * that `!` patterns exclude what the others match; Markdown matched whatever the case of its extension; the
 * default excludes of the extension, dot-folders, `.gitignore`, `.pillarsignore` and the configuration's `ignore`
 * left out unless `--no-ignore`. A file named on its own is checked even if a default exclude or ignore file would
 * leave it out (as git checks a named file): only a `!` pattern removes it.
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
  /** The configuration's `ignore` globs, relative to `base` (its file's folder). */
  ignore?: { globs: string[]; base: string };
}

export interface FileSet {
  /** Paths relative to `cwd` (or `-` for stdin), sorted, each once. */
  files: string[];
  /** Arguments that matched nothing, each one line. */
  errors: string[];
}

const toPosix = (path: string) => path.split(sep).join('/');

/** The ignore files of `cwd` and of each folder above it, up to the first that holds `.git`, as one matcher per folder. */
function ignoreMatchers(cwd: string): { base: string; matcher: Ignore }[] {
  const matchers: { base: string; matcher: Ignore }[] = [];
  let dir = resolve(cwd);
  for (;;) {
    const matcher = ignore();
    let any = false;
    for (const name of IGNORE_FILES) {
      const path = join(dir, name);
      if (existsSync(path)) {
        matcher.add(readFileSync(path, 'utf8'));
        any = true;
      }
    }
    if (any) matchers.push({ base: dir, matcher });
    const parent = dirname(dir);
    if (existsSync(join(dir, '.git')) || parent === dir) break;
    dir = parent;
  }
  return matchers;
}

/** Whether an ignore matcher of `base` leaves out `file` (absolute). Files outside its folder are not its business. */
function ignoredBy(base: string, matcher: Ignore, file: string): boolean {
  const path = relative(base, file);
  if (!path || path.startsWith('..') || isAbsolute(path)) return false;
  return matcher.ignores(toPosix(path));
}

/** Expands the arguments of `pillars check` into the files to check. */
export async function expandFileSet(args: readonly string[], options: FileSetOptions): Promise<FileSet> {
  const { cwd } = options;
  const errors: string[] = [];
  const positive: string[] = [];
  const negative: string[] = [];
  const named: string[] = [];
  const checks: { arg: string; test: (file: string) => boolean }[] = [];
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
      if (args.length) checks.push({ arg, test: (file) => prefix === '' || file.startsWith(`${prefix}/`) });
    } else if (stats) {
      named.push(toPosix(relative(cwd, absolute)));
    } else if (isDynamicPattern(arg)) {
      positive.push(pattern);
      checks.push({ arg, test: () => true });
    } else {
      errors.push(`${arg}: no such file or folder`);
    }
  }
  const defaults = options.useIgnores ? [...DEFAULT_EXCLUDE] : [];
  const found = positive.length
    ? await glob(positive, { cwd, ignore: [...defaults, ...negative], caseSensitiveMatch: false, dot: !options.useIgnores, onlyFiles: true })
    : [];
  const negated = negative.length ? new Set(await glob(named, { cwd, ignore: negative, caseSensitiveMatch: false, dot: true })) : undefined;
  const matchers = options.useIgnores ? ignoreMatchers(cwd) : [];
  const configIgnore = options.useIgnores && options.ignore?.globs.length ? ignore().add(options.ignore.globs) : undefined;
  const keep = (file: string) => {
    const absolute = resolve(cwd, file);
    if (matchers.some(({ base, matcher }) => ignoredBy(base, matcher, absolute))) return false;
    if (configIgnore && options.ignore && ignoredBy(options.ignore.base, configIgnore, absolute)) return false;
    return true;
  };
  const drafts = found.map(toPosix).filter((file) => MARKDOWN.test(file) && keep(file));
  for (const check of checks) {
    if (!drafts.some(check.test)) {
      errors.push(isDynamicPattern(check.arg) ? `${check.arg}: no Markdown files match` : `${check.arg}: no Markdown files in this folder`);
    }
  }
  // Named files are checked whatever their extension or the ignore files say; `!` patterns still remove them.
  const files = [...new Set([...drafts, ...named.filter((file) => !negated || negated.has(file))])].sort();
  const local = files.map((file) => (sep === '/' ? file : file.split('/').join(sep)));
  return { files: stdin ? [...local, '-'] : local, errors };
}
