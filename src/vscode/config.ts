/**
 * The extension's settings: their schema (package.json `contributes.configuration` is generated from it by
 * scripts/generate-extension.ts), their defaults, and the one typed accessor adapters use. Adapters never
 * call `getConfiguration` with keys of their own. Imports `vscode` for types only, so unit tests can load it.
 */
import type * as vscode from 'vscode';
import { RULES, isRuleId, type RuleId, type RuleSetting } from '../core/index.js';
import { CONFIG_SECTION, SETTINGS, type SettingId } from './ids.js';

export const RULE_SETTINGS: readonly RuleSetting[] = ['error', 'warning', 'info', 'off'];

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.md'];
/** Markdown files that are not policy drafts: a project's own documents, dependencies, GitHub templates. */
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

export const DEFAULT_RULES = Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity])) as Record<RuleId, RuleSetting>;

/** The settings as adapters read them: validated, with defaults filled in. */
export interface PillarsConfig {
  enable: boolean;
  /** Globs (relative to a workspace folder) of the Markdown files that are drafts. */
  include: string[];
  /** Globs of Markdown files never checked, even when `include` matches them. */
  exclude: string[];
  /** Severity per rule, or `off`. */
  rules: Record<RuleId, RuleSetting>;
}

interface SettingSchema {
  type: 'boolean' | 'array' | 'object';
  default: unknown;
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
    default: true,
    markdownDescription:
      'Check Markdown drafts against the four pillars and show the findings in the Problems panel. Hovers, completions and the themes view work either way.',
    scope: 'resource',
    order: 0,
  },
  [SETTINGS.include]: {
    type: 'array',
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
    items: { type: 'string' },
    default: [...DEFAULT_EXCLUDE],
    markdownDescription: `Glob patterns of Markdown files that are never checked, even when \`#${SETTINGS.include}#\` matches them (by default a project’s README, CHANGELOG, LICENSE and CONTRIBUTING files, \`node_modules\` and \`.github\`).`,
    scope: 'resource',
    restricted: true,
    order: 2,
  },
  [SETTINGS.rules]: {
    type: 'object',
    default: { ...DEFAULT_RULES },
    properties: Object.fromEntries(
      RULES.map((rule) => [
        rule.id,
        { type: 'string', enum: [...RULE_SETTINGS], default: rule.severity, markdownDescription: `${rule.summary} Default: \`${rule.severity}\`.` },
      ]),
    ),
    additionalProperties: false,
    markdownDescription: 'Severity of each rule (`error`, `warning`, `info`) or `off`. See the README’s Rules section for what each reports.',
    scope: 'resource',
    order: 3,
  },
};

/** The setting's key within the `pillars` section: `pillars.drafts.include` → `drafts.include`. */
export function settingKey(id: SettingId): string {
  return id.slice(CONFIG_SECTION.length + 1);
}

/** The part of `vscode.workspace` the accessor uses (a fake in unit tests). */
export interface ConfigSource {
  getConfiguration(section: string, scope?: vscode.ConfigurationScope | null): Pick<vscode.WorkspaceConfiguration, 'get' | 'inspect'>;
  readonly isTrusted: boolean;
}

function stringList(value: unknown, fallback: readonly string[]): string[] {
  return Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string' && entry.trim() !== '') : [...fallback];
}

/**
 * Reads the settings for a document (its workspace folder's settings apply). In an untrusted workspace the
 * restricted settings (which files are drafts) come from user settings or the defaults only, so the
 * drafts are still checked, with defaults.
 */
export function readConfig(source: ConfigSource, scope?: vscode.ConfigurationScope): PillarsConfig {
  const section = source.getConfiguration(CONFIG_SECTION, scope);
  const value = (id: SettingId): unknown => {
    const key = settingKey(id);
    if (!source.isTrusted && SETTINGS_SCHEMA[id].restricted) {
      const inspected = section.inspect(key);
      return inspected?.globalValue ?? inspected?.defaultValue ?? SETTINGS_SCHEMA[id].default;
    }
    return section.get(key);
  };
  const rules: Record<RuleId, RuleSetting> = { ...DEFAULT_RULES };
  const configured = value(SETTINGS.rules);
  if (configured && typeof configured === 'object' && !Array.isArray(configured)) {
    for (const [ruleId, setting] of Object.entries(configured)) {
      if (isRuleId(ruleId) && (RULE_SETTINGS as unknown[]).includes(setting)) rules[ruleId] = setting as RuleSetting;
    }
  }
  const enable = value(SETTINGS.enable);
  return {
    enable: typeof enable === 'boolean' ? enable : true,
    include: stringList(value(SETTINGS.include), DEFAULT_INCLUDE),
    exclude: stringList(value(SETTINGS.exclude), DEFAULT_EXCLUDE),
    rules,
  };
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
