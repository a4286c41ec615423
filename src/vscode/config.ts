/**
 * The extension's settings: their schema (package.json `contributes.configuration` is generated from it by
 * scripts/generate-extension.ts), their defaults, and the one typed accessor adapters use. Adapters never
 * call `getConfiguration` with keys of their own. Imports `vscode` for types only, so unit tests can load it.
 */
import type * as vscode from 'vscode';
import { RULE_INFO as RULES, type RuleId, type RuleSetting } from '../core/rule-info.js';
import {
  ConfigFileError,
  findConfigFile,
  readConfigFile,
  type ConfigFile,
  type ParseYaml,
} from '../core/config/files.js';
import { DEFAULT_EXCLUDE } from '../core/config/schema.js';
import {
  RULE_SETTINGS,
  resolveSetting,
  unknownSettings,
  type Level,
  type SettingKind,
  type SettingProblem,
} from './config-validate.js';
import { CONFIG_SECTION, SETTINGS, type SettingId } from './ids.js';

export { RULE_SETTINGS } from './config-validate.js';

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md'];
export { DEFAULT_EXCLUDE } from '../core/config/schema.js';

export const DEFAULT_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity])) as Record<
  RuleId,
  RuleSetting
>;

/**
 * Largest draft checked in the editor, in KB. Checking takes about 2.5 s per MB in the worker thread and is
 * repeated after every pause in typing: past this a draft is reported as not checked instead.
 */
export const DEFAULT_MAX_FILE_SIZE_KB = 2048;

/** The settings as adapters read them: validated, with defaults filled in. */
export interface PillarsConfig {
  enable: boolean;
  /** Globs (relative to a workspace folder) of the Markdown files that are drafts. */
  include: string[];
  /** Globs of Markdown files never checked, even when `include` matches them. */
  exclude: string[];
  /** Severity per rule, or `off`. */
  rules: Record<RuleId, RuleSetting>;
  /** Largest draft checked, in KB (1 KB = 1024 bytes of UTF-8). */
  maxFileSize: number;
  /**
   * Framework files drafts are checked against: relative to the workspace folder (from settings) or absolute
   * (from a configuration file, relative to its folder); `builtin` for the built-in essay. Empty: the built-in essay.
   */
  frameworks: string[];
}

interface SettingSchema {
  type: 'boolean' | 'array' | 'object' | 'number';
  /** How its values are checked (config-validate.ts); not part of package.json. */
  kind: SettingKind;
  default: unknown;
  minimum?: number;
  markdownDescription: string;
  scope: 'resource' | 'window';
  items?: { type: 'string' };
  properties?: Record<string, unknown>;
  additionalProperties?: boolean;
  /** Kept to user settings in an untrusted workspace (package.json `restrictedConfigurations`). */
  restricted?: boolean;
  order: number;
}

/** The settings' JSON schema, in package.json's shape. */
export const SETTINGS_SCHEMA: Record<SettingId, SettingSchema> = {
  [SETTINGS.enable]: {
    type: 'boolean',
    kind: 'boolean',
    default: true,
    markdownDescription:
      'Check Markdown drafts against the four pillars and show the findings in the Problems panel. Hovers, completions and the themes view work either way.',
    scope: 'resource',
    order: 0,
  },
  [SETTINGS.include]: {
    type: 'array',
    kind: 'globs',
    items: { type: 'string' },
    default: [...DEFAULT_INCLUDE],
    markdownDescription:
      'Glob patterns, relative to the workspace folder, of the Markdown files that are policy drafts. Untitled Markdown documents are always drafts.',
    scope: 'resource',
    restricted: true,
    order: 1,
  },
  [SETTINGS.exclude]: {
    type: 'array',
    kind: 'globs',
    items: { type: 'string' },
    default: [...DEFAULT_EXCLUDE],
    markdownDescription: `Glob patterns of Markdown files that are never checked, even when \`#${SETTINGS.include}#\` matches them (by default a project’s README, CHANGELOG, LICENSE and CONTRIBUTING files, \`node_modules\` and \`.github\`).`,
    scope: 'resource',
    restricted: true,
    order: 2,
  },
  [SETTINGS.rules]: {
    type: 'object',
    kind: 'rules',
    default: { ...DEFAULT_RULES },
    properties: Object.fromEntries(
      RULES.map((rule) => [
        rule.id,
        {
          type: 'string',
          enum: [...RULE_SETTINGS],
          default: rule.severity,
          markdownDescription: `${rule.summary} Default: \`${rule.severity}\`.`,
        },
      ]),
    ),
    additionalProperties: false,
    markdownDescription:
      'Severity of each rule (`error`, `warning`, `info`) or `off`. See the README’s Rules section for what each reports.',
    scope: 'resource',
    order: 3,
  },
  [SETTINGS.maxFileSize]: {
    type: 'number',
    kind: 'size',
    default: DEFAULT_MAX_FILE_SIZE_KB,
    minimum: 1,
    markdownDescription:
      'Largest draft checked in the editor, in KB (2048 is 2 MB). A larger draft is not checked: a notice says so once, and the status bar shows *not checked*. In Restricted Mode only the user setting applies.',
    scope: 'resource',
    restricted: true,
    order: 4,
  },
  [SETTINGS.frameworks]: {
    type: 'array',
    kind: 'globs',
    items: { type: 'string' },
    default: [],
    markdownDescription:
      'Framework files (Markdown, see the README’s *Frameworks* section) that drafts are checked against, relative to the workspace folder; `builtin` names the built-in essay beside them. Empty: the built-in essay alone. Picked up on change; in Restricted Mode a workspace’s frameworks are not read and the built-in essay applies.',
    scope: 'window',
    restricted: true,
    order: 5,
  },
};

/** The setting's key within the `pillars` section: `pillars.drafts.include` → `drafts.include`. */
export function settingKey(id: SettingId): string {
  return id.slice(CONFIG_SECTION.length + 1);
}

/** The part of `vscode.workspace` the accessor uses (a fake in unit tests). */
export interface ConfigSource {
  /** The section's values as VS Code merged them (enumerated for settings that are not ours), and `inspect`. */
  getConfiguration(
    section: string,
    scope?: vscode.ConfigurationScope | null,
  ): Pick<vscode.WorkspaceConfiguration, 'inspect'>;
  readonly isTrusted: boolean;
}

/** Where to find the configuration file, and how to read YAML. */
export interface ConfigFileOptions {
  /** The folder to look upward from (the draft's, as the CLI does); by default the scope's. */
  dir?: string;
  /**
   * Parses a `.pillarsrc.yaml`/`.yml` file: the engine's parser, loaded when a YAML file is found (the activation
   * bundle holds none). Without it such a file is reported and ignored.
   */
  parseYaml?: ParseYaml;
}

/** The settings, and what was wrong with them or left unread. */
export interface ConfigReading {
  config: PillarsConfig;
  /** Values of the wrong type, unknown rules or severities, settings that are not ours: each ignored. */
  problems: SettingProblem[];
  /** Restricted settings the workspace sets, not read in Restricted Mode (the workspace is not trusted). */
  ignoredInRestrictedMode: { setting: SettingId; level: Level }[];
}

/**
 * Reads and checks the settings for a document (its workspace folder's settings apply). Each level (user,
 * workspace, folder) is checked on its own: a bad value is reported with where it is set and ignored, and
 * the level below applies, in the end the default. In an untrusted workspace the restricted settings
 * (which files are drafts, the size limit) come from user settings or the defaults only.
 */
export function inspectConfig(
  source: ConfigSource,
  scope?: vscode.ConfigurationScope,
  files: ConfigFileOptions = {},
): ConfigReading {
  const section = source.getConfiguration(CONFIG_SECTION, scope);
  const problems: SettingProblem[] = [];
  const ignoredInRestrictedMode: ConfigReading['ignoredInRestrictedMode'] = [];
  // The configuration file nearest to the draft (.pillarsrc.json, .yaml or .yml, a package.json "pillars" key), as
  // the CLI finds it, stands in for the defaults; settings set at any level override it. Never read in Restricted Mode.
  const file = source.isTrusted ? configFileFor(files.dir ?? scopeFolder(scope), files.parseYaml, problems) : undefined;
  const defaults = fileDefaults(file);
  const value = (id: SettingId): unknown => {
    const schema = SETTINGS_SCHEMA[id];
    const inspection = section.inspect(settingKey(id));
    const fromFile = defaults[id];
    const resolved = resolveSetting(
      { id, kind: schema.kind, default: fromFile ?? schema.default, restricted: schema.restricted },
      fromFile === undefined ? inspection : { ...inspection, defaultValue: fromFile },
      source.isTrusted,
    );
    problems.push(...resolved.problems);
    for (const level of resolved.ignored) ignoredInRestrictedMode.push({ setting: id, level });
    return resolved.value;
  };
  const config: PillarsConfig = {
    enable: value(SETTINGS.enable) as boolean,
    include: value(SETTINGS.include) as string[],
    exclude: value(SETTINGS.exclude) as string[],
    rules: value(SETTINGS.rules) as Record<RuleId, RuleSetting>,
    maxFileSize: value(SETTINGS.maxFileSize) as number,
    frameworks: value(SETTINGS.frameworks) as string[],
  };
  problems.push(
    ...unknownSettings(CONFIG_SECTION, section as Record<string, unknown>, Object.values(SETTINGS), (key) =>
      section.inspect(key),
    ),
  );
  return { config, problems, ignoredInRestrictedMode };
}

/** The folder of a file scope (a document's or a workspace folder's URI) on disk, if it has one. */
function scopeFolder(scope: vscode.ConfigurationScope | undefined): string | undefined {
  const uri = scope && 'scheme' in scope ? scope : scope && 'uri' in scope ? scope.uri : undefined;
  return uri && uri.scheme === 'file' ? uri.fsPath : undefined;
}

/** The configuration file found upward from a folder; a file that cannot be read is reported and ignored. */
function configFileFor(
  folder: string | undefined,
  parseYaml: ParseYaml | undefined,
  problems: SettingProblem[],
): ConfigFile | undefined {
  const path = folder ? findConfigFile(folder) : undefined;
  if (!path) return undefined;
  try {
    const file = readConfigFile(path, parseYaml);
    for (const message of file.problems) problems.push({ setting: path, level: 'workspaceValue', message });
    return file;
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error;
    problems.push({ setting: path, level: 'workspaceValue', message: `${error.message}: ignored.` });
    return undefined;
  }
}

/** What a configuration file sets, as the settings' defaults: globs relative to the file's folder. */
function fileDefaults(file: ConfigFile | undefined): Partial<Record<SettingId, unknown>> {
  if (!file) return {};
  const { rules, include, ignore, frameworks } = file.config;
  const defaults: Partial<Record<SettingId, unknown>> = {};
  // A configuration file's frameworks are relative to its folder.
  if (frameworks)
    defaults[SETTINGS.frameworks] = frameworks.map((path) =>
      path === 'builtin' || /^(?:\/|[A-Za-z]:[\\/])/.test(path) ? path : `${file.dir.replace(/[\\/]$/, '')}/${path}`,
    );
  if (rules) defaults[SETTINGS.rules] = { ...DEFAULT_RULES, ...rules };
  if (include) defaults[SETTINGS.include] = include;
  if (ignore) defaults[SETTINGS.exclude] = [...DEFAULT_EXCLUDE, ...ignore];
  return defaults;
}

/** The settings for a document, checked, with defaults for what is missing or wrong. */
export function readConfig(source: ConfigSource, scope?: vscode.ConfigurationScope): PillarsConfig {
  return inspectConfig(source, scope).config;
}

/** Whether a configuration change touches a setting of ours. */
export function affectsConfig(event: Pick<vscode.ConfigurationChangeEvent, 'affectsConfiguration'>): boolean {
  return event.affectsConfiguration(CONFIG_SECTION);
}

/** One `{a,b}` glob for `workspace.findFiles`, from a list. */
export function joinGlobs(globs: readonly string[]): string | undefined {
  if (globs.length === 0) return undefined;
  return globs.length === 1 ? globs[0] : `{${globs.join(',')}}`;
}
