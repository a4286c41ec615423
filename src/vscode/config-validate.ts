/**
 * Settings as people write them, checked. Each level of a setting (user, workspace, workspace folder, as
 * `WorkspaceConfiguration.inspect` reports them) is checked on its own: a bad value is named, with where it
 * comes from, and ignored, and the next level down applies (in the end the default). In Restricted Mode the
 * workspace's levels of a restricted setting are never read. Pure: never imports `vscode`, so all of it is
 * unit-tested.
 */
import { checkGlobs, checkRules, describeValue, didYouMean, type Checked } from '../core/config/schema.js';

// The checks of values shared with the CLI and the remark plugin live in the core (one validator for all three).
export { RULE_SETTINGS, describeValue, didYouMean } from '../core/config/schema.js';

/** A setting's value at each level, as `inspect()` gives it (language-specific levels do not apply to ours). */
export interface Inspection {
  defaultValue?: unknown;
  globalValue?: unknown;
  workspaceValue?: unknown;
  workspaceFolderValue?: unknown;
}

/** A level a value can be set at, least specific first. */
export type Level = 'globalValue' | 'workspaceValue' | 'workspaceFolderValue';
export const LEVELS: readonly Level[] = ['globalValue', 'workspaceValue', 'workspaceFolderValue'];

/** Where a value comes from, in the Settings editor's words. */
export const LEVEL_NAMES: Record<Level, string> = {
  globalValue: 'user settings',
  workspaceValue: 'workspace settings',
  workspaceFolderValue: 'workspace folder settings',
};

/** The levels set by the workspace (its `.vscode/settings.json`, its `.code-workspace` file). */
export const WORKSPACE_LEVELS: readonly Level[] = ['workspaceValue', 'workspaceFolderValue'];

/**
 * Which levels of a setting are read. In an untrusted workspace (Restricted Mode) a restricted setting
 * (package.json `restrictedConfigurations`) comes from user settings or its default only: a workspace
 * cannot choose which files are checked, or raise the size limit, before the user trusts it.
 */
export function levelsRead(restricted: boolean, trusted: boolean): Level[] {
  return restricted && !trusted ? ['globalValue'] : [...LEVELS];
}

/** A value that could not be used, named with where it comes from. */
export interface SettingProblem {
  setting: string;
  level: Level;
  /** One sentence: the setting, where it is set, what is wrong, and that it is ignored. */
  message: string;
}

/** How a setting's values are checked and combined. */
export type SettingKind = 'boolean' | 'globs' | 'rules' | 'size';

function checkBoolean(value: unknown): Checked<boolean> {
  return typeof value === 'boolean'
    ? { value, problems: [] }
    : { problems: [`expected true or false, not ${describeValue(value)}`] };
}

/** A size such as `10MB` or `500 KB`, in KB, to suggest the number to write instead. */
function sizeInKb(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?\s*$/i.exec(text);
  if (!match) return undefined;
  const unit = (match[2] ?? 'k').toLowerCase()[0];
  const factor = unit === 'b' ? 1 / 1024 : unit === 'm' ? 1024 : unit === 'g' ? 1024 ** 2 : 1;
  return Math.ceil(Number(match[1]) * factor);
}

function checkSize(value: unknown): Checked<number> {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return { value, problems: [] };
  const suggestion = typeof value === 'string' ? sizeInKb(value) : undefined;
  const hint = suggestion ? ` (write ${suggestion})` : '';
  return {
    problems: [`expected a size in KB greater than 0, such as 2048 for 2 MB, not ${describeValue(value)}${hint}`],
  };
}

const CHECKS: Record<SettingKind, (value: unknown) => Checked<unknown>> = {
  boolean: checkBoolean,
  globs: checkGlobs,
  rules: checkRules,
  size: checkSize,
};

/** What is known of a setting: its id (`pillars.rules`), kind, default, and whether it is restricted. */
export interface SettingSpec {
  id: string;
  kind: SettingKind;
  default: unknown;
  restricted?: boolean;
}

/** A setting's value to use, what was wrong with the values set, and what Restricted Mode left unread. */
export interface Resolved {
  value: unknown;
  problems: SettingProblem[];
  /** Levels set by the workspace but not read (Restricted Mode). */
  ignored: Level[];
}

/** Whether two settings values are the same (JSON values). */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The value of one setting from its levels. The most specific valid level wins; for `rules` the levels
 * are merged entry by entry over the defaults (as VS Code merges objects), each bad entry ignored alone.
 */
export function resolveSetting(spec: SettingSpec, inspection: Inspection | undefined, trusted: boolean): Resolved {
  const check = CHECKS[spec.kind];
  const read = levelsRead(spec.restricted ?? false, trusted);
  const problems: SettingProblem[] = [];
  const ignored: Level[] = [];
  const valid = new Map<Level, unknown>();
  for (const level of LEVELS) {
    const value = inspection?.[level];
    if (value === undefined) continue;
    // In a single-folder workspace the folder's settings are the workspace's: named once.
    if (level === 'workspaceFolderValue' && same(value, inspection?.workspaceValue)) {
      if (valid.has('workspaceValue')) valid.set(level, valid.get('workspaceValue'));
      continue;
    }
    if (!read.includes(level)) {
      ignored.push(level);
      continue;
    }
    const checked = check(value);
    for (const problem of checked.problems) {
      problems.push({ setting: spec.id, level, message: `${spec.id} in ${LEVEL_NAMES[level]}: ${problem}: ignored.` });
    }
    if (checked.value !== undefined) valid.set(level, checked.value);
  }
  const fallback = check(inspection?.defaultValue).value ?? spec.default;
  if (spec.kind === 'rules') {
    const merged = { ...(spec.default as object), ...(fallback as object) };
    for (const level of LEVELS) if (valid.has(level)) Object.assign(merged, valid.get(level));
    return { value: merged, problems, ignored };
  }
  const chosen = [...LEVELS].reverse().find((level) => valid.has(level));
  return { value: chosen ? valid.get(chosen) : fallback, problems, ignored };
}

/**
 * Settings under our section that are not ours (`pillars.maxFilesize`), from the section's values as VS Code
 * merged them: each is named with where it is set and the closest setting of ours.
 */
export function unknownSettings(
  section: string,
  values: Record<string, unknown>,
  known: readonly string[],
  inspect: (key: string) => Inspection | undefined,
): SettingProblem[] {
  const problems: SettingProblem[] = [];
  const visit = (object: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (typeof value === 'function') continue; // get, has, inspect, update
      const path = prefix ? `${prefix}.${key}` : key;
      const id = `${section}.${path}`;
      if (known.includes(id)) continue;
      if (
        value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        known.some((setting) => setting.startsWith(`${id}.`))
      ) {
        visit(value as Record<string, unknown>, path);
        continue;
      }
      const guess = didYouMean(id, known);
      const inspection = inspect(path);
      const levels = LEVELS.filter((level) => inspection?.[level] !== undefined);
      if (levels.includes('workspaceFolderValue') && same(inspection?.workspaceFolderValue, inspection?.workspaceValue))
        levels.pop();
      const what = `not a setting of Cooperation Pillars${guess ? ` (did you mean ${guess}?)` : ''}: ignored.`;
      if (levels.length === 0) problems.push({ setting: id, level: 'globalValue', message: `${id}: ${what}` });
      for (const level of levels)
        problems.push({ setting: id, level, message: `${id} in ${LEVEL_NAMES[level]}: ${what}` });
    }
  };
  visit(values, '');
  return problems;
}
