/**
 * The one configuration of the CLI, the remark plugin and the extension: what a `.pillarsrc.json`,
 * `.pillarsrc.yaml` or a `pillars` key in package.json holds, and the remark plugin's options. Checked here, once
 * for every entry point: an unknown key, rule id or value is named, with a did-you-mean, and ignored alone; the
 * rest applies. Pure and light (no parser, no file system): the extension's activation bundle loads it.
 */
import { closest, distance } from 'fastest-levenshtein';
import { RULE_IDS, RULE_INFO, isRuleId, type RuleId, type RuleSetting, type Severity } from '../rule-info.js';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

/** The least severe finding that fails a check (`never`: none does). */
export type FailOn = Severity | 'never';
export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'info', 'never'];

/** A configuration as written, checked: every key optional. */
export interface PillarsConfigFile {
  /** Severity per rule, or `off`, over the defaults. */
  rules?: Partial<Record<RuleId, RuleSetting>>;
  /** Globs of the drafts to check (relative to the configuration file's folder). */
  include?: string[];
  /** Globs of Markdown files never checked, beside the default excludes. */
  ignore?: string[];
  /** The least severe finding that fails the CLI's run (default `warning`). */
  failOn?: FailOn;
  /** More warnings than this fail the run even with `failOn: error`. */
  maxWarnings?: number;
  /**
   * Framework files the drafts are checked against (docs/frameworks.md), relative to the configuration file's
   * folder; `builtin` stands for the built-in essay. Without it, the built-in essay alone.
   */
  frameworks?: string[];
  /** Reserved for the coverage judgement's overrides (only its type is checked yet). */
  coverage?: Record<string, unknown>;
}

/**
 * Markdown files that are not policy drafts: a project's own documents, dependencies, GitHub templates. The
 * extension's default `pillars.drafts.exclude` and the CLI's default excludes (which also skip dot-folders).
 */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/README.md',
  '**/readme.md',
  '**/CHANGELOG.md',
  '**/LICENSE.md',
  '**/CONTRIBUTING.md',
  '**/CODE_OF_CONDUCT.md',
  '**/SECURITY.md',
  '**/node_modules/**',
  '**/.github/**',
];

/** The keys of a configuration, in the order the README documents them. */
export const CONFIG_KEYS = [
  'rules',
  'include',
  'ignore',
  'failOn',
  'maxWarnings',
  'frameworks',
  'coverage',
] as const satisfies readonly (keyof PillarsConfigFile)[];

/** Every rule's default severity: the one table, `rule-info.ts`. */
export const DEFAULT_SEVERITIES = Object.fromEntries(RULE_INFO.map((rule) => [rule.id, rule.severity])) as Record<
  RuleId,
  Severity
>;

/** A rule's setting under `rules` (over the defaults). */
export function ruleSetting(ruleId: RuleId, rules: PillarsConfigFile['rules'] | undefined): RuleSetting {
  return rules?.[ruleId] ?? DEFAULT_SEVERITIES[ruleId];
}

/** A value as a person would name it in a message: `the string "yes"`, `a list`, `the number 3`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/** The closest of `candidates` to a mistyped `word`, if close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  // A word cut short (`warn`, `misq`) names the one candidate it begins.
  const lower = word.toLowerCase();
  const begun = lower.length >= 3 ? candidates.filter((candidate) => candidate.toLowerCase().startsWith(lower)) : [];
  if (begun.length === 1) return begun[0];
  const best = closest(
    word.toLowerCase(),
    candidates.map((candidate) => candidate.toLowerCase()),
  );
  const index = candidates.findIndex((candidate) => candidate.toLowerCase() === best);
  return distance(word.toLowerCase(), best) <= Math.max(2, Math.ceil(word.length / 3)) ? candidates[index] : undefined;
}

/**
 * A checked value: undefined when it is ignored as a whole, and what is wrong, each a phrase completed by `ignored`.
 */
export interface Checked<T> {
  value?: T;
  problems: string[];
}

export function checkGlobs(value: unknown): Checked<string[]> {
  if (typeof value === 'string') {
    return {
      problems: [`expected a list of glob patterns, not ${describeValue(value)} (write ${JSON.stringify([value])})`],
    };
  }
  if (!Array.isArray(value))
    return { problems: [`expected a list of glob patterns such as ["**/*.md"], not ${describeValue(value)}`] };
  const globs: string[] = [];
  const problems: string[] = [];
  value.forEach((entry, index) => {
    if (typeof entry === 'string' && entry.trim() !== '') globs.push(entry);
    else
      problems.push(
        `entry ${index + 1} (${typeof entry === 'string' ? 'an empty pattern' : describeValue(entry)}) is not a glob pattern`,
      );
  });
  // A list of nothing but mistakes is ignored as a whole; an empty list is a choice.
  return value.length > 0 && globs.length === 0 ? { problems } : { value: globs, problems };
}

/** A rule's severity as written: `"warn"` is read as a typo of `warning`, with a suggestion. */
export function checkRuleSetting(ruleId: string, setting: unknown): Checked<RuleSetting> {
  if ((RULE_SETTINGS as readonly unknown[]).includes(setting)) return { value: setting as RuleSetting, problems: [] };
  const guess = typeof setting === 'string' ? didYouMean(setting, RULE_SETTINGS) : undefined;
  const hint = guess ? `did you mean "${guess}"?` : `use ${RULE_SETTINGS.slice(0, -1).join(', ')} or off`;
  return { problems: [`${describeValue(setting)} is not a severity for "${ruleId}" (${hint})`] };
}

export function checkRules(value: unknown): Checked<Partial<Record<RuleId, RuleSetting>>> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    return {
      problems: [`expected an object of rule severities such as {"thin-pillar": "off"}, not ${describeValue(value)}`],
    };
  }
  const rules: Partial<Record<RuleId, RuleSetting>> = {};
  const problems: string[] = [];
  for (const [ruleId, setting] of Object.entries(value)) {
    if (!isRuleId(ruleId)) {
      const guess = didYouMean(ruleId, RULE_IDS);
      problems.push(
        `"${ruleId}" is not a rule (${guess ? `did you mean "${guess}"?` : `the rules are ${RULE_IDS.join(', ')}`})`,
      );
      continue;
    }
    const checked = checkRuleSetting(ruleId, setting);
    problems.push(...checked.problems);
    if (checked.value) rules[ruleId] = checked.value;
  }
  return { value: rules, problems };
}

function checkFailOn(value: unknown): Checked<FailOn> {
  if ((FAIL_ON as readonly unknown[]).includes(value)) return { value: value as FailOn, problems: [] };
  const guess = typeof value === 'string' ? didYouMean(value, FAIL_ON) : undefined;
  return {
    problems: [
      `expected ${FAIL_ON.join(', ')}, not ${describeValue(value)}${guess ? ` (did you mean "${guess}"?)` : ''}`,
    ],
  };
}

function checkCount(value: unknown): Checked<number> {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return { value, problems: [] };
  const hint =
    typeof value === 'string' && /^\d+$/.test(value.trim()) ? ` (write ${value.trim()}, without quotes)` : '';
  return { problems: [`expected a whole number of warnings, 0 or more, not ${describeValue(value)}${hint}`] };
}

function checkPaths(value: unknown): Checked<string[]> {
  if (Array.isArray(value) && value.every((entry) => typeof entry === 'string' && entry.trim() !== ''))
    return { value: value as string[], problems: [] };
  return { problems: [`expected a list of paths to framework files, not ${describeValue(value)}`] };
}

function checkObject(value: unknown): Checked<Record<string, unknown>> {
  if (value && typeof value === 'object' && !Array.isArray(value))
    return { value: value as Record<string, unknown>, problems: [] };
  return { problems: [`expected an object, not ${describeValue(value)}`] };
}

const CHECKS: Record<(typeof CONFIG_KEYS)[number], (value: unknown) => Checked<unknown>> = {
  rules: checkRules,
  include: checkGlobs,
  ignore: checkGlobs,
  failOn: checkFailOn,
  maxWarnings: checkCount,
  frameworks: checkPaths,
  coverage: checkObject,
};

/**
 * Checks a configuration as written. `where` names it in messages (`.pillarsrc.json`, `the remark plugin's
 * options`); each problem is one sentence ending in `ignored.` `extraKeys` are accepted unchecked (the remark
 * plugin's `knowledgeBase`).
 */
export function validateConfig(
  value: unknown,
  where: string,
  extraKeys: readonly string[] = [],
): { config: PillarsConfigFile; problems: string[] } {
  if (value === undefined || value === null) return { config: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      config: {},
      problems: [
        `${where}: expected an object such as {"rules": {"thin-pillar": "off"}}, not ${describeValue(value)}: ignored.`,
      ],
    };
  }
  const config: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(value)) {
    // An option left undefined is an option not given (`{ rules: undefined }` from code).
    if (extraKeys.includes(key) || entry === undefined) continue;
    if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
      const guess = didYouMean(key, CONFIG_KEYS);
      problems.push(
        `${where}: "${key}" is not an option (${guess ? `did you mean "${guess}"?` : `the options are ${CONFIG_KEYS.join(', ')}`}): ignored.`,
      );
      continue;
    }
    const checked = CHECKS[key as (typeof CONFIG_KEYS)[number]](entry);
    for (const problem of checked.problems) problems.push(`${where}: ${key}: ${problem}: ignored.`);
    if (checked.value !== undefined) config[key] = checked.value;
  }
  return { config: config as PillarsConfigFile, problems };
}

/** `over` merged over `base`: `rules` entry by entry, every other key replaced. */
export function mergeConfig(base: PillarsConfigFile, over: PillarsConfigFile): PillarsConfigFile {
  const merged: PillarsConfigFile = { ...base, ...over };
  if (base.rules || over.rules) merged.rules = { ...base.rules, ...over.rules };
  return merged;
}
