/**
 * The extension reads the CLI's configuration file: .pillarsrc.json, .yaml or .yml or a package.json "pillars" key,
 * the one nearest to the draft, YAML through the parser it is given (the engine's), settings overriding it, and
 * none at all in Restricted Mode.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_EXCLUDE, inspectConfig, SETTINGS_SCHEMA, type ConfigSource } from '../../src/vscode/config.js';

/** A fake `vscode.workspace` whose workspace level sets `workspace` (the rest at their defaults). */
function source(workspace: Record<string, unknown> = {}, isTrusted = true): ConfigSource {
  return {
    isTrusted,
    getConfiguration(section: string) {
      const defaults = Object.fromEntries(
        Object.entries(SETTINGS_SCHEMA).map(([id, schema]) => [id.slice(section.length + 1), schema.default]),
      );
      return {
        inspect: ((key: string) => ({ key, defaultValue: defaults[key], workspaceValue: workspace[key] })) as never,
      };
    },
  };
}

describe('the extension and the configuration file', () => {
  let dir: string;
  const parsed: string[] = [];
  const parseYaml = (text: string) => {
    parsed.push(text);
    return parse(text) as unknown;
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-extension-config-'));
    parsed.length = 0;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a .pillarsrc.yaml with the parser it is given: rule severities and ignore globs', () => {
    writeFileSync(
      join(dir, '.pillarsrc.yaml'),
      'rules:\n  missing-pillar: error\n  thin-pillar: off\nignore:\n  - archive/**\n',
    );
    const reading = inspectConfig(source(), undefined, { dir, parseYaml });
    assert.deepEqual(reading.problems, []);
    assert.equal(reading.config.rules['missing-pillar'], 'error');
    assert.equal(reading.config.rules['thin-pillar'], 'off');
    assert.equal(reading.config.rules.misquote, 'error', 'the others at their defaults');
    assert.deepEqual(reading.config.exclude, [...DEFAULT_EXCLUDE, 'archive/**']);
    assert.equal(parsed.length, 1);
  });

  it('a .pillarsrc.yml too; without a parser it is named as a problem and the defaults apply', () => {
    writeFileSync(join(dir, '.pillarsrc.yml'), 'rules: { misquote: warning }\n');
    assert.equal(inspectConfig(source(), undefined, { dir, parseYaml }).config.rules.misquote, 'warning');
    const without = inspectConfig(source(), undefined, { dir });
    assert.equal(without.config.rules.misquote, 'error');
    assert.match(without.problems[0].message, /\.pillarsrc\.yml: no YAML parser/);
  });

  it('the file nearest to the draft wins, as in the CLI', () => {
    writeFileSync(join(dir, '.pillarsrc.json'), JSON.stringify({ rules: { misquote: 'warning' } }));
    mkdirSync(join(dir, 'policy'));
    writeFileSync(join(dir, 'policy', '.pillarsrc.yml'), 'rules:\n  misquote: info\n');
    assert.equal(
      inspectConfig(source(), undefined, { dir: join(dir, 'policy'), parseYaml }).config.rules.misquote,
      'info',
    );
    assert.equal(inspectConfig(source(), undefined, { dir, parseYaml }).config.rules.misquote, 'warning');
  });

  it('settings override the file, rule by rule', () => {
    writeFileSync(join(dir, '.pillarsrc.yaml'), 'rules:\n  missing-pillar: error\n  misquote: warning\n');
    const reading = inspectConfig(source({ rules: { 'missing-pillar': 'info' } }), undefined, { dir, parseYaml });
    assert.equal(reading.config.rules['missing-pillar'], 'info');
    assert.equal(reading.config.rules.misquote, 'warning', 'the file’s other rules still apply');
  });

  it('a mistake in the file is named with a did-you-mean; the rest applies', () => {
    writeFileSync(join(dir, '.pillarsrc.yaml'), 'rules:\n  thin-pilar: off\n  misquote: warning\n');
    const reading = inspectConfig(source(), undefined, { dir, parseYaml });
    assert.equal(reading.config.rules.misquote, 'warning');
    assert.match(
      reading.problems.map((problem) => problem.message).join('\n'),
      /"thin-pilar" is not a rule \(did you mean "thin-pillar"\?\)/,
    );
  });

  it('in Restricted Mode reads no configuration file at all (the parser is never called)', () => {
    writeFileSync(join(dir, '.pillarsrc.yaml'), 'rules:\n  missing-pillar: off\n');
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ pillars: { rules: { misquote: 'off' } } }));
    const reading = inspectConfig(source({}, false), undefined, { dir, parseYaml });
    assert.equal(reading.config.rules['missing-pillar'], 'warning');
    assert.equal(reading.config.rules.misquote, 'error');
    assert.deepEqual(reading.problems, []);
    assert.equal(parsed.length, 0);
  });
});
