/**
 * One configuration for the CLI, the remark plugin and the extension: `.pillarsrc.json`, `.pillarsrc.yaml`, a
 * `pillars` key in package.json or `--config FILE`; the nearest file to each draft wins; mistakes are named with a
 * did-you-mean everywhere.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import remarkPillars from '../../src/core/plugin.js';
import { validateConfig } from '../../src/core/config/schema.js';
import { inspectConfig, SETTINGS_SCHEMA, type ConfigSource } from '../../src/vscode/config.js';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

/** Covers every pillar, but education on one citation alone: one thin-pillar finding (info by default). */
const THIN = COVERS_ALL_PILLARS.replace(/## Education[\s\S]*/, 'Education: see [@belarus:talent-pool].\n');
/** A mistyped citation key: one unknown-citation error. */
const BAD_KEY = `${COVERS_ALL_PILLARS}\nAs argued [@belarus:un-ggee].\n`;

type JsonFile = { path: string; messages: { ruleId: string; severity: string }[] };
const findings = (stdout: string) =>
  Object.fromEntries(
    (JSON.parse(stdout).files as JsonFile[]).map((file) => [
      file.path,
      file.messages.map((m) => `${m.ruleId}:${m.severity}`),
    ]),
  );

describe('pillars check: configuration files', () => {
  let dir: string;
  const cli = (argv: string[], cwd = dir) => runCliCaptured(argv, { cwd });
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-config-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads rule severities from .pillarsrc.json; the nearest file to each draft wins, over the defaults', async () => {
    write('.pillarsrc.json', JSON.stringify({ rules: { 'thin-pillar': 'error' } }));
    write('a/thin.md', THIN);
    write('b/.pillarsrc.json', JSON.stringify({ rules: { 'unknown-citation': 'warning' } }));
    write('b/thin.md', THIN);
    const result = await cli(['check', '.', '--format', 'json']);
    assert.deepEqual(findings(result.stdout), {
      'a/thin.md': ['thin-pillar:error'],
      // b's own file applies alone: thin-pillar is back to its default.
      'b/thin.md': ['thin-pillar:info'],
    });
    assert.equal(result.code, 1, 'the error fails the run');
  });

  it('reads .pillarsrc.yaml, .pillarsrc.yml and a "pillars" key in package.json', async () => {
    for (const [name, text] of [
      ['.pillarsrc.yaml', 'rules:\n  thin-pillar: off\n'],
      ['.pillarsrc.yml', 'rules: { thin-pillar: off }\n'],
      ['package.json', JSON.stringify({ name: 'drafts', pillars: { rules: { 'thin-pillar': 'off' } } })],
    ]) {
      const sub = name.replace(/\W/g, '');
      write(`${sub}/${name}`, text);
      write(`${sub}/thin.md`, THIN);
    }
    // A package.json without the key is not a configuration: the search goes on upward.
    write('plain/package.json', '{"name": "x"}');
    write('plain/thin.md', THIN);
    const result = await cli(['check', '.', '--format', 'json']);
    assert.equal(result.stderr, '');
    assert.deepEqual(findings(result.stdout), {
      'packagejson/thin.md': [],
      'pillarsrcyaml/thin.md': [],
      'pillarsrcyml/thin.md': [],
      'plain/thin.md': ['thin-pillar:info'],
    });
  });

  it('--config FILE applies one file to every draft, whatever is nearer', async () => {
    write('ci.json', JSON.stringify({ rules: { 'unknown-citation': 'off' } }));
    write('sub/.pillarsrc.json', JSON.stringify({ rules: { 'unknown-citation': 'error' } }));
    write('sub/bad.md', BAD_KEY);
    const result = await cli(['check', 'sub/bad.md', '--config', 'ci.json', '--format', 'json']);
    assert.deepEqual(findings(result.stdout), { 'sub/bad.md': [] });
    assert.equal(result.code, 0);
    const missing = await cli(['check', 'sub/bad.md', '--config', 'nope.json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope\.json: no such configuration file/);
  });

  it('names unknown keys, rule ids and severities with a did-you-mean, applies the rest, and exits 2', async () => {
    write(
      '.pillarsrc.json',
      JSON.stringify({
        rule: {},
        rules: { 'thin-pilar': 'off', 'unknown-citation': 'warn', 'thin-pillar': 'off' },
        failOn: 'warnings',
      }),
    );
    write('thin.md', THIN);
    const result = await cli(['check', 'thin.md', '--format', 'json']);
    assert.equal(result.code, 2);
    const file = join(dir, '.pillarsrc.json');
    assert.deepEqual(result.stderrLines, [
      `pillars: ${file}: "rule" is not an option (did you mean "rules"?): ignored.`,
      `pillars: ${file}: rules: "thin-pilar" is not a rule (did you mean "thin-pillar"?): ignored.`,
      `pillars: ${file}: rules: the string "warn" is not a severity for "unknown-citation" (did you mean "warning"?): ignored.`,
      `pillars: ${file}: failOn: expected error, warning, info, never, not the string "warnings" (did you mean "warning"?): ignored.`,
    ]);
    assert.deepEqual(findings(result.stdout), { 'thin.md': [] }, 'thin-pillar: off still applies');
  });

  it('a configuration that is not valid JSON is named with the parser’s reason, exit 2', async () => {
    write('.pillarsrc.json', '{ "rules": ');
    write('thin.md', THIN);
    const result = await cli(['check', 'thin.md']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /\.pillarsrc\.json: not valid JSON \(/);
  });

  it('checks the reserved keys’ types only: frameworks a list of paths, coverage an object', () => {
    assert.deepEqual(validateConfig({ frameworks: ['fw.json'], coverage: { anything: 1 } }, 'x').problems, []);
    assert.deepEqual(validateConfig({ frameworks: 'fw.json', coverage: [] }, 'x').problems, [
      'x: frameworks: expected a list of paths to framework files, not the string "fw.json": ignored.',
      'x: coverage: expected an object, not a list: ignored.',
    ]);
  });
});

describe('remark plugin: the same options and validator', () => {
  const run = async (options: object, text = THIN) => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkPillars, options as never);
    const file = new VFile({ path: 'thin.md', value: text });
    try {
      await processor.run(processor.parse(file), file);
    } catch {
      // file.fail throws; the message stays on the file, as remark-cli reports it.
    }
    return file.messages;
  };

  it('reports thin-pillar as informational, as the CLI does, so remark --frail passes where pillars check does', async () => {
    const messages = await run({});
    assert.deepEqual(
      messages.map((m) => [m.ruleId, m.fatal]),
      [['thin-pillar', undefined]],
    );
    const warned = await run({ rules: { 'thin-pillar': 'warning' } });
    assert.deepEqual(
      warned.map((m) => [m.ruleId, m.fatal]),
      [['thin-pillar', false]],
    );
  });

  it('fails loudly on a misspelled option or rule id, with a did-you-mean', async () => {
    const messages = await run({ rulez: { 'thin-pillar': 'off' } });
    assert.equal(messages.length, 1);
    assert.equal(messages[0].fatal, true);
    assert.equal(
      messages[0].reason,
      'cooperation-pillars/remark options: "rulez" is not an option (did you mean "rules"?): ignored.',
    );
    const rule = await run({ rules: { 'thin-pilar': 'off' } });
    assert.match(rule[0].reason, /"thin-pilar" is not a rule \(did you mean "thin-pillar"\?\)/);
  });

  it('accepts the CLI’s keys (include, ignore, failOn, maxWarnings) as a .pillarsrc.json holds them', async () => {
    const messages = await run({
      include: ['**/*.md'],
      ignore: ['old/**'],
      failOn: 'error',
      maxWarnings: 3,
      rules: { 'thin-pillar': 'off' },
    });
    assert.deepEqual(messages, []);
  });
});

describe('the extension: the workspace’s configuration file', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-config-vscode-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A fake `vscode.workspace` with settings set only at the given levels. */
  const workspace = (isTrusted: boolean, settings: { workspace?: Record<string, unknown> } = {}): ConfigSource => ({
    isTrusted,
    getConfiguration: (section: string) =>
      ({
        inspect: (key: string) => ({
          defaultValue: (SETTINGS_SCHEMA as Record<string, { default: unknown }>)[`${section}.${key}`]?.default,
          workspaceValue: settings.workspace?.[key],
        }),
      }) as never,
  });
  const folder = () => ({ scheme: 'file', fsPath: dir }) as never;

  it('reads rules, include and ignore from .pillarsrc.json when the workspace is trusted; settings override it', () => {
    writeFileSync(
      join(dir, '.pillarsrc.json'),
      JSON.stringify({
        rules: { 'thin-pillar': 'off', misquote: 'warning' },
        include: ['drafts/**/*.md'],
        ignore: ['drafts/old/**'],
      }),
    );
    const reading = inspectConfig(workspace(true, { workspace: { rules: { misquote: 'info' } } }), folder());
    assert.deepEqual(reading.problems, []);
    assert.equal(reading.config.rules['thin-pillar'], 'off');
    assert.equal(reading.config.rules.misquote, 'info', 'the workspace setting wins over the file');
    assert.equal(reading.config.rules['missing-pillar'], 'warning', 'defaults fill in the rest');
    assert.deepEqual(reading.config.include, ['drafts/**/*.md']);
    assert.ok(reading.config.exclude.includes('drafts/old/**') && reading.config.exclude.includes('**/README.md'));
  });

  it('never reads it in Restricted Mode', () => {
    writeFileSync(join(dir, '.pillarsrc.json'), JSON.stringify({ rules: { 'thin-pillar': 'off' }, include: ['x/**'] }));
    const reading = inspectConfig(workspace(false), folder());
    assert.equal(reading.config.rules['thin-pillar'], 'info');
    assert.deepEqual(reading.config.include, ['**/*.md']);
  });

  it('names its mistakes as the CLI does', () => {
    writeFileSync(join(dir, '.pillarsrc.json'), JSON.stringify({ rules: { misquot: 'off' } }));
    const reading = inspectConfig(workspace(true), folder());
    assert.deepEqual(
      reading.problems.map((problem) => problem.message),
      [`${join(dir, '.pillarsrc.json')}: rules: "misquot" is not a rule (did you mean "misquote"?): ignored.`],
    );
  });
});
