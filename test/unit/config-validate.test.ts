/**
 * Settings of the wrong type, unknown rules and settings, and Restricted Mode: each bad value is named with
 * the setting and where it is set, it is ignored, and the rest (in the end the defaults) keeps working.
 */
import assert from 'node:assert/strict';
import {
  describeValue,
  didYouMean,
  levelsRead,
  resolveSetting,
  unknownSettings,
  type Inspection,
} from '../../src/vscode/config-validate.js';
import {
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_MAX_FILE_SIZE_KB,
  DEFAULT_RULES,
  inspectConfig,
  SETTINGS_SCHEMA,
  type ConfigSource,
} from '../../src/vscode/config.js';
import { SETTINGS } from '../../src/vscode/ids.js';

type Values = Record<string, unknown>;

/** Sets a dotted key (`drafts.include`) in a nested object, as VS Code stores settings. */
function put(tree: Values, key: string, value: unknown): void {
  const parts = key.split('.');
  let node = tree;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Values;
  node[parts.at(-1)!] = value;
}

/**
 * A fake `vscode.workspace`: values per level keyed within the section (`drafts.include`), `inspect` per key,
 * and the section's merged values as enumerable keys beside the methods, as VS Code returns them.
 */
function workspace(levels: { user?: Values; workspace?: Values; folder?: Values }, isTrusted = true): ConfigSource {
  return {
    isTrusted,
    getConfiguration(section: string) {
      const defaults = Object.fromEntries(
        Object.entries(SETTINGS_SCHEMA).map(([id, schema]) => [id.slice(section.length + 1), schema.default]),
      );
      const merged: Values = {};
      for (const values of [defaults, levels.user, levels.workspace, levels.folder]) {
        for (const [key, value] of Object.entries(values ?? {})) put(merged, key, value);
      }
      const inspect = (key: string): Inspection => ({
        defaultValue: defaults[key],
        globalValue: levels.user?.[key],
        workspaceValue: levels.workspace?.[key],
        workspaceFolderValue: levels.folder?.[key],
      });
      return { ...merged, inspect } as never;
    },
  };
}

const messages = (source: ConfigSource) => inspectConfig(source).problems.map((problem) => problem.message);

describe('settings validation', () => {
  it('names an unknown rule id with where it is set and the closest rule; the other rules keep their settings', () => {
    const reading = inspectConfig(
      workspace({ workspace: { rules: { 'missing-pilar': 'error', 'thin-pillar': 'off' } } }),
    );
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      ['pillars.rules in workspace settings: "missing-pilar" is not a rule (did you mean "missing-pillar"?): ignored.'],
    );
    assert.equal(reading.problems[0].level, 'workspaceValue');
    assert.equal(reading.config.rules['missing-pillar'], DEFAULT_RULES['missing-pillar']);
    assert.equal(reading.config.rules['thin-pillar'], 'off');
    assert.ok(!('missing-pilar' in reading.config.rules));
  });

  it('lists the rules when a rule id is nothing like one', () => {
    assert.deepEqual(messages(workspace({ user: { rules: { spelling: 'error' } } })), [
      'pillars.rules in user settings: "spelling" is not a rule (the rules are missing-pillar, thin-pillar, unknown-citation, misquote, front-matter, uncited-claim): ignored.',
    ]);
  });

  it('names a bad severity with its rule; the level below (here the user’s) applies', () => {
    const reading = inspectConfig(
      workspace({ user: { rules: { misquote: 'warning' } }, workspace: { rules: { misquote: 'loud' } } }),
    );
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      [
        'pillars.rules in workspace settings: the string "loud" is not a severity for "misquote" (use error, warning, info or off): ignored.',
      ],
    );
    assert.equal(reading.config.rules.misquote, 'warning');
    assert.equal(
      inspectConfig(workspace({ user: { rules: { misquote: 'loud' } } })).config.rules.misquote,
      'error',
      'else the default',
    );
  });

  it('names globs given as a string, suggesting the list to write; the default list applies', () => {
    const reading = inspectConfig(workspace({ workspace: { 'drafts.include': 'docs/*.md' } }));
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      [
        'pillars.drafts.include in workspace settings: expected a list of glob patterns, not the string "docs/*.md" (write ["docs/*.md"]): ignored.',
      ],
    );
    assert.deepEqual(reading.config.include, [...DEFAULT_INCLUDE]);
    assert.deepEqual(reading.config.exclude, [...DEFAULT_EXCLUDE]);
  });

  it('keeps the good entries of a glob list and names the bad ones; a list of nothing but mistakes is ignored', () => {
    const partly = inspectConfig(workspace({ user: { 'drafts.exclude': ['drafts/old/**', 7, ''] } }));
    assert.deepEqual(partly.config.exclude, ['drafts/old/**']);
    assert.deepEqual(
      partly.problems.map((problem) => problem.message),
      [
        'pillars.drafts.exclude in user settings: entry 2 (the number 7) is not a glob pattern: ignored.',
        'pillars.drafts.exclude in user settings: entry 3 (an empty pattern) is not a glob pattern: ignored.',
      ],
    );
    assert.deepEqual(inspectConfig(workspace({ user: { 'drafts.include': [1, 2] } })).config.include, [
      ...DEFAULT_INCLUDE,
    ]);
    assert.deepEqual(
      inspectConfig(workspace({ user: { 'drafts.include': [] } })).config.include,
      [],
      'an empty list is a choice, not a mistake',
    );
  });

  it('names a size written as text, with the number of KB to write; the default limit applies', () => {
    const reading = inspectConfig(workspace({ user: { maxFileSize: '10MB' } }));
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      [
        'pillars.maxFileSize in user settings: expected a size in KB greater than 0, such as 2048 for 2 MB, not the string "10MB" (write 10240): ignored.',
      ],
    );
    assert.equal(reading.config.maxFileSize, DEFAULT_MAX_FILE_SIZE_KB);
    for (const bad of [0, -5, Number.NaN, null, true, [1]]) {
      assert.equal(
        inspectConfig(workspace({ user: { maxFileSize: bad } })).config.maxFileSize,
        DEFAULT_MAX_FILE_SIZE_KB,
        String(bad),
      );
    }
    assert.equal(inspectConfig(workspace({ user: { maxFileSize: 64 } })).config.maxFileSize, 64);
  });

  it('names a switch that is not true or false', () => {
    const reading = inspectConfig(workspace({ workspace: { enable: 'no' } }));
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      ['pillars.enable in workspace settings: expected true or false, not the string "no": ignored.'],
    );
    assert.equal(reading.config.enable, true);
  });

  it('names settings of our section that are not ours, with the closest one', () => {
    assert.deepEqual(messages(workspace({ user: { maxFilesize: 10 }, workspace: { 'drafts.includ': ['**/*.md'] } })), [
      'pillars.drafts.includ in workspace settings: not a setting of Cooperation Pillars (did you mean pillars.drafts.include?): ignored.',
      'pillars.maxFilesize in user settings: not a setting of Cooperation Pillars (did you mean pillars.maxFileSize?): ignored.',
    ]);
  });

  it('says nothing about good settings, and names a folder’s settings that are the workspace’s only once', () => {
    assert.deepEqual(
      messages(
        workspace({
          user: { rules: { 'thin-pillar': 'off' }, maxFileSize: 512 },
          workspace: { 'drafts.include': ['docs/**'] },
        }),
      ),
      [],
    );
    const folder = { rules: { misquote: 'loud' } };
    assert.equal(messages(workspace({ workspace: folder, folder })).length, 1);
    assert.deepEqual(messages(workspace({ folder: { rules: { misquote: 'loud' } } })), [
      'pillars.rules in workspace folder settings: the string "loud" is not a severity for "misquote" (use error, warning, info or off): ignored.',
    ]);
  });

  it('merges rule severities over the defaults, the most specific level last', () => {
    const spec = { id: SETTINGS.rules, kind: 'rules' as const, default: DEFAULT_RULES };
    const resolved = resolveSetting(
      spec,
      {
        defaultValue: DEFAULT_RULES,
        globalValue: { misquote: 'info', 'thin-pillar': 'off' },
        workspaceValue: { misquote: 'warning' },
      },
      true,
    );
    assert.deepEqual(resolved.value, { ...DEFAULT_RULES, misquote: 'warning', 'thin-pillar': 'off' });
  });

  it('describes values and guesses what was meant', () => {
    assert.equal(describeValue('x'), 'the string "x"');
    assert.equal(describeValue([]), 'a list');
    assert.equal(describeValue({}), 'an object');
    assert.equal(describeValue(null), 'null');
    assert.equal(describeValue(false), 'false');
    assert.equal(didYouMean('misqoute', ['misquote', 'front-matter']), 'misquote');
    assert.equal(didYouMean('zzzzzz', ['misquote', 'front-matter']), undefined);
  });

  it('finds unknown settings inside groups of ours, and leaves ours alone', () => {
    const inspect = (key: string): Inspection => ({ globalValue: key === 'drafts.other' ? 1 : undefined });
    const problems = unknownSettings(
      'pillars',
      { enable: true, drafts: { include: [], other: 1 }, get: () => 1 },
      Object.values(SETTINGS),
      inspect,
    );
    assert.deepEqual(
      problems.map((problem) => problem.setting),
      ['pillars.drafts.other'],
    );
  });
});

describe('Restricted Mode (an untrusted workspace)', () => {
  it('reads a restricted setting from user settings only; every other setting from every level', () => {
    assert.deepEqual(levelsRead(true, false), ['globalValue']);
    assert.deepEqual(levelsRead(true, true), ['globalValue', 'workspaceValue', 'workspaceFolderValue']);
    assert.deepEqual(levelsRead(false, false), ['globalValue', 'workspaceValue', 'workspaceFolderValue']);
  });

  it('restricts exactly which files are drafts, the size limit and the frameworks read', () => {
    const restricted = Object.entries(SETTINGS_SCHEMA)
      .filter(([, schema]) => schema.restricted)
      .map(([id]) => id)
      .sort();
    assert.deepEqual(
      restricted,
      [SETTINGS.include, SETTINGS.exclude, SETTINGS.maxFileSize, SETTINGS.frameworks].sort(),
    );
  });

  it('ignores the workspace’s globs and size limit, says which, and uses the user’s or the defaults', () => {
    const levels = {
      user: { 'drafts.exclude': ['private/**'] },
      workspace: {
        'drafts.include': ['**/*'],
        'drafts.exclude': [],
        maxFileSize: 10_000_000,
        rules: { misquote: 'off' },
      },
      folder: { maxFileSize: 10_000_000 },
    };
    const untrusted = inspectConfig(workspace(levels, false));
    assert.deepEqual(untrusted.config.include, [...DEFAULT_INCLUDE]);
    assert.deepEqual(untrusted.config.exclude, ['private/**']);
    assert.equal(untrusted.config.maxFileSize, DEFAULT_MAX_FILE_SIZE_KB);
    assert.equal(untrusted.config.rules.misquote, 'off', 'severities are not restricted');
    assert.deepEqual(
      untrusted.ignoredInRestrictedMode.map((ignored) => ignored.setting),
      [SETTINGS.include, SETTINGS.exclude, SETTINGS.maxFileSize],
      'one entry per setting: the folder’s copy of the workspace value is not named twice',
    );
    const trusted = inspectConfig(workspace(levels, true));
    assert.deepEqual(trusted.config.include, ['**/*']);
    assert.equal(trusted.config.maxFileSize, 10_000_000);
    assert.deepEqual(trusted.ignoredInRestrictedMode, []);
  });

  it('does not report bad values it does not read, and still reads the user’s', () => {
    const untrusted = inspectConfig(
      workspace({ user: { maxFileSize: 100 }, workspace: { maxFileSize: 'huge' } }, false),
    );
    assert.deepEqual(untrusted.problems, []);
    assert.equal(untrusted.config.maxFileSize, 100);
  });
});
