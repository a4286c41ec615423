/** The one typed settings accessor: defaults, validation, and Restricted Mode. */
import assert from 'node:assert/strict';
import { RULES } from '../../src/core/index.js';
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_SIZE_KB,
  DEFAULT_RULES,
  joinGlobs,
  readConfig,
  SETTINGS_SCHEMA,
  settingKey,
  type ConfigSource,
} from '../../src/vscode/config.js';
import { SETTINGS } from '../../src/vscode/ids.js';

/** A fake `vscode.workspace` with values per level, as VS Code's `inspect` reports them. */
function source(
  levels: { user?: Record<string, unknown>; workspace?: Record<string, unknown> },
  isTrusted = true,
  asked: string[] = [],
): ConfigSource {
  return {
    isTrusted,
    getConfiguration(section: string) {
      asked.push(section);
      const defaults = Object.fromEntries(
        Object.entries(SETTINGS_SCHEMA).map(([id, schema]) => [id.slice(section.length + 1), schema.default]),
      );
      const effective = (key: string) => levels.workspace?.[key] ?? levels.user?.[key] ?? defaults[key];
      return {
        get: ((key: string) => effective(key)) as never,
        inspect: ((key: string) => ({
          key,
          defaultValue: defaults[key],
          globalValue: levels.user?.[key],
          workspaceValue: levels.workspace?.[key],
        })) as never,
      };
    },
  };
}

describe('extension settings', () => {
  it('defaults: every Markdown file is a draft except a project’s own documents; rules at their default severity', () => {
    const config = readConfig(source({}));
    assert.deepEqual(config, {
      enable: true,
      include: [...DEFAULT_INCLUDE],
      exclude: [...DEFAULT_EXCLUDE],
      rules: DEFAULT_RULES,
      maxFileSize: DEFAULT_MAX_FILE_SIZE_KB,
      frameworks: [],
    });
    for (const name of ['README.md', 'CHANGELOG.md', 'LICENSE.md', 'CONTRIBUTING.md'])
      assert.ok(config.exclude.includes(`**/${name}`), name);
    assert.ok(config.exclude.includes('**/node_modules/**') && config.exclude.includes('**/.github/**'));
    for (const rule of RULES) assert.equal(config.rules[rule.id], rule.severity);
  });

  it('reads per-rule severities and drops values that are not one', () => {
    const config = readConfig(
      source({
        user: { rules: { 'thin-pillar': 'off', misquote: 'warning', 'missing-pillar': 'loud', nonsense: 'error' } },
      }),
    );
    assert.equal(config.rules['thin-pillar'], 'off');
    assert.equal(config.rules.misquote, 'warning');
    assert.equal(config.rules['missing-pillar'], 'warning', 'an unknown severity keeps the default');
    assert.ok(!('nonsense' in config.rules));
  });

  it('falls back to defaults for values of the wrong type', () => {
    const config = readConfig(
      source({ user: { enable: 'yes', 'drafts.include': '**/*.md', 'drafts.exclude': [1, '', 'docs/**'] } }),
    );
    assert.equal(config.enable, true);
    assert.deepEqual(config.include, [...DEFAULT_INCLUDE]);
    assert.deepEqual(config.exclude, ['docs/**']);
  });

  it('in an untrusted workspace, ignores the workspace’s draft globs but still checks with defaults', () => {
    const levels = {
      user: { 'drafts.exclude': ['private/**'] },
      workspace: { 'drafts.include': ['/**'], 'drafts.exclude': [], enable: true, rules: { misquote: 'off' } },
    };
    const untrusted = readConfig(source(levels, false));
    assert.deepEqual(untrusted.include, [...DEFAULT_INCLUDE]);
    assert.deepEqual(untrusted.exclude, ['private/**']);
    assert.equal(untrusted.rules.misquote, 'off', 'severities are not restricted');
    const trusted = readConfig(source(levels, true));
    assert.deepEqual(trusted.include, ['/**']);
  });

  it('asks only for its own section, with a schema for every setting id in ids.ts', () => {
    const asked: string[] = [];
    readConfig(source({}, true, asked));
    assert.deepEqual(asked, ['pillars']);
    assert.equal(settingKey(SETTINGS.include), 'drafts.include');
    assert.deepEqual(Object.keys(SETTINGS_SCHEMA).sort(), Object.values(SETTINGS).sort());
  });

  it('joins globs for findFiles', () => {
    assert.equal(joinGlobs([]), undefined);
    assert.equal(joinGlobs(['a/**']), 'a/**');
    assert.equal(joinGlobs(['a/**', '**/b.md']), '{a/**,**/b.md}');
  });
});
