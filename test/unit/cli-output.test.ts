/**
 * What `pillars check` prints: --quiet, --output, the github and junit formats, SARIF's rule help and files not
 * checked, wrapping, colour and stdin.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli.cjs');
const GAP = '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding.\n';
const ERROR = `${COVERS_ALL_PILLARS}\nAs argued [@belarus:un-ggee], "partners matter".\n`;

describe('pillars check: output', () => {
  let dir: string;
  const cli = (argv: string[], options: { stdin?: string } = {}) => runCliCaptured(argv, { cwd: dir, ...options });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-output-'));
    writeFileSync(join(dir, 'gap.md'), GAP);
    writeFileSync(join(dir, 'error.md'), ERROR);
    writeFileSync(join(dir, 'binary.md'), 'a\0b');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('--quiet prints errors only, with no coverage lines or summary', async () => {
    const result = await cli(['check', 'gap.md', 'error.md', '--quiet']);
    assert.equal(result.code, 1, 'warnings still count');
    const lines = result.stdout.split('\n');
    assert.equal(lines[0], 'error.md');
    assert.ok(
      lines.slice(1).every((line) => !/warning|coverage|✖|⚠/.test(line)),
      result.stdout,
    );
    assert.match(result.stdout, /error +Unknown citation|error .*un-ggee/);
    assert.ok(!result.stdout.includes('gap.md'));
  });

  it('--output FILE writes the report there and nothing to stdout', async () => {
    const result = await cli(['check', 'gap.md', '--format', 'sarif', '--output', 'reports/pillars.sarif']);
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    const log = JSON.parse(readFileSync(join(dir, 'reports', 'pillars.sarif'), 'utf8'));
    assert.equal(log.runs[0].results.length, 4);
  });

  it('--format github prints one workflow annotation per finding, escaped', async () => {
    const result = await cli(['check', 'gap.md', 'error.md', '--format', 'github']);
    const lines = result.stdout.split('\n');
    assert.equal(
      lines.filter((line) =>
        line.startsWith(
          '::warning file=gap.md,line=1,col=1,endLine=1,endColumn=6,title=pillars missing-pillar::Draft does not cover',
        ),
      ).length,
      3,
    );
    const error = lines.find((line) => line.startsWith('::error file=error.md,'));
    assert.ok(error, result.stdout);
    assert.match(error, /title=pillars unknown-citation::/);
    assert.ok(
      lines.every((line) => line.startsWith('::')),
      'nothing else on stdout',
    );
  });

  it('--format junit prints a test case per draft, its warnings and errors as failures', async () => {
    writeFileSync(join(dir, 'good.md'), COVERS_ALL_PILLARS);
    const result = await cli(['check', 'gap.md', 'good.md', '--format', 'junit']);
    const json = JSON.parse((await cli(['check', 'gap.md', '--format', 'json'])).stdout);
    const failing = json.files[0].messages.filter((m: { severity: string }) => m.severity !== 'info').length;
    assert.match(
      result.stdout,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="pillars" tests="2" failures="1" errors="0">/,
    );
    assert.match(result.stdout, /<testcase classname="pillars" name="good.md"\/>/);
    assert.equal(result.stdout.match(/<failure type="missing-pillar"/g)?.length, failing);
    assert.match(result.stdout, /&#8220;|“/, 'the message is kept');
  });

  it('SARIF rules carry fullDescription, help (text and Markdown) and helpUri', async () => {
    const log = JSON.parse((await cli(['check', 'gap.md', '--format', 'sarif'])).stdout);
    for (const rule of log.runs[0].tool.driver.rules) {
      assert.ok(rule.fullDescription.text.length > 40, rule.id);
      assert.ok(rule.help.text && rule.help.markdown.includes(`#rule-${rule.id}`), rule.id);
      assert.match(rule.helpUri, new RegExp(`README\\.md#rule-${rule.id}$`));
    }
  });

  it('a file not checked is a toolExecutionNotification in SARIF and "checked": false with the reason in JSON', async () => {
    const sarif = await cli(['check', 'gap.md', 'binary.md', '--format', 'sarif']);
    assert.equal(sarif.code, 2);
    const invocation = JSON.parse(sarif.stdout).runs[0].invocations[0];
    assert.equal(invocation.executionSuccessful, false);
    assert.equal(invocation.toolExecutionNotifications.length, 1);
    assert.match(invocation.toolExecutionNotifications[0].message.text, /^binary\.md: looks like a binary file/);
    assert.equal(
      invocation.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri,
      'binary.md',
    );
    const json = JSON.parse((await cli(['check', 'gap.md', 'binary.md', '--format', 'json'])).stdout);
    assert.deepEqual(
      json.files.map((file: { path: string; checked: boolean }) => [file.path, file.checked]),
      [
        ['gap.md', true],
        ['binary.md', false],
      ],
    );
    assert.match(json.files[1].reason, /binary file/);
  });

  it('human output wraps at 100 columns, each continuation under its message', async () => {
    const result = await cli(['check', 'gap.md']);
    const lines = result.stdout.split('\n');
    assert.ok(
      lines.every((line) => line.length <= 100),
      lines.find((line) => line.length > 100),
    );
    assert.ok(
      lines.some((line) => /^ {20,}\S/.test(line)),
      'continuation lines are indented',
    );
  });

  describe('as the bundled bin (dist/cli.cjs)', () => {
    const bin = (
      args: string[],
      options: { input?: string; env?: Record<string, string | undefined>; stdio?: 'ignore' } = {},
    ) =>
      spawnSync(process.execPath, [BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        input: options.input,
        stdio: options.stdio === 'ignore' ? ['ignore', 'pipe', 'pipe'] : undefined,
        env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env },
      });
    before(function () {
      if (!existsSync(BIN)) this.skip();
    });

    it('FORCE_COLOR colours output that is not a terminal; NO_COLOR and pipes do not', () => {
      assert.match(bin(['check', 'gap.md'], { env: { FORCE_COLOR: '1' } }).stdout, /\u001B\[33mwarning/);
      assert.doesNotMatch(bin(['check', 'gap.md']).stdout, /\u001B\[/);
      assert.doesNotMatch(bin(['check', 'gap.md'], { env: { FORCE_COLOR: '0' } }).stdout, /\u001B\[/);
    });

    it('reads piped stdin with no path and no -', () => {
      const piped = bin(['check', '--format', 'json'], { input: COVERS_ALL_PILLARS });
      assert.equal(piped.status, 0, piped.stderr);
      assert.deepEqual(
        JSON.parse(piped.stdout).files.map((file: { path: string }) => file.path),
        ['<stdin>'],
      );
      // Without piped stdin, or with one that ends at once (a CI runner's), the folder's drafts are checked.
      rmSync(join(dir, 'binary.md'));
      for (const options of [{ stdio: 'ignore' as const }, { input: '' }]) {
        const folder = bin(['check', '--format', 'json'], options);
        assert.deepEqual(
          JSON.parse(folder.stdout).files.map((file: { path: string }) => file.path),
          ['error.md', 'gap.md'],
        );
      }
    });
  });
});
