import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');

const cli = (argv: string[], options: { cwd?: string; stdin?: string } = {}) =>
  runCliCaptured(argv, { cwd: ROOT, ...options });
const COVERED_ALL = COVERS_ALL_PILLARS;

describe('pillars CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 for a draft that covers every pillar, and prints its coverage line', async () => {
    writeFileSync(join(dir, 'good.md'), COVERED_ALL);
    const result = await cli(['check', 'good.md'], { cwd: dir });
    assert.equal(result.code, 0, result.stdout);
    assert.match(result.stdout, /good\.md\n {2}coverage 4\/4: ✓ partnerships {2}✓ policy {2}✓ dialogue {2}✓ education/);
  });

  it('exits 0 when the only findings are informational', async () => {
    writeFileSync(
      join(dir, 'thin.md'),
      COVERED_ALL.replace(/## Education[\s\S]*/, 'Education: see [@belarus:talent-pool].\n'),
    );
    const result = await cli(['check', 'thin.md'], { cwd: dir });
    assert.match(result.stdout, /info\s+Pillar “Cybersecurity education and research” rests on one citation/);
    assert.equal(result.code, 0);
  });

  it('exits 1 with a warning per missing pillar, with place, severity, message and rule id', async () => {
    writeFileSync(join(dir, 'gap.md'), '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding.\n');
    const result = await cli(['check', 'gap.md'], { cwd: dir });
    assert.equal(result.code, 1);
    // Rows wrap at 100 columns, each continuation under the message: joined again here.
    const rows = result.stdout
      .replace(/\n {10,}/g, ' ')
      .split('\n')
      .filter((line) => line.includes('missing-pillar'));
    assert.equal(rows.length, 3);
    assert.match(
      rows[0],
      /^ {2}1:1-1:6\s+warning\s+Draft does not cover the pillar “Effective policy implementation”: .* missing-pillar {2}pillars$/,
    );
  });

  it('exits 2 for a missing file, names it on stderr, and still checks the others', async () => {
    writeFileSync(join(dir, 'good.md'), COVERED_ALL);
    const result = await cli(['check', 'nope.md', 'good.md'], { cwd: dir });
    assert.equal(result.code, 2);
    assert.equal(result.stderr, 'pillars: nope.md: no such file or folder');
    assert.match(result.stdout, /good\.md/);
  });

  it('exits 2 for a bad flag or format with one clear line', async () => {
    const flag = await cli(['check', '--frobnicate']);
    assert.equal(flag.code, 2);
    assert.equal(flag.stderr, 'pillars: unknown option "--frobnicate" (see pillars --help)');
    const format = await cli(['check', '--format', 'xml']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /unknown format "xml"/);
  });

  it('checks a folder’s Markdown files and globs, in a stable order', async () => {
    writeFileSync(join(dir, 'b.md'), COVERED_ALL);
    writeFileSync(join(dir, 'a.markdown'), COVERED_ALL);
    writeFileSync(join(dir, 'notes.txt'), 'not a draft');
    const folder = await cli(['check', '.', '--format', 'json'], { cwd: dir });
    assert.deepEqual(
      JSON.parse(folder.stdout).files.map((f: { path: string }) => f.path),
      ['a.markdown', 'b.md'],
    );
    const glob = await cli(['check', '*.md', '--format', 'json'], { cwd: dir });
    assert.deepEqual(
      JSON.parse(glob.stdout).files.map((f: { path: string }) => f.path),
      ['b.md'],
    );
  });

  it('reads stdin for -', async () => {
    const result = await cli(['check', '-', '--format', 'json'], { stdin: COVERED_ALL });
    const report = JSON.parse(result.stdout);
    assert.equal(report.files[0].path, '<stdin>');
    assert.equal(report.files[0].coverage.education.covered, true);
  });

  it('--format json keeps the documented fields', async () => {
    writeFileSync(join(dir, 'cite.md'), '# Cites\n\nAs argued [@belarus:un-ggee], partners matter.\n');
    const result = await cli(['check', 'cite.md', '--format', 'json'], { cwd: dir });
    assert.equal(result.code, 1);
    const file = JSON.parse(result.stdout).files[0];
    assert.equal(file.path, 'cite.md');
    assert.deepEqual(Object.keys(file.coverage), ['partnerships', 'policy', 'dialogue', 'education']);
    assert.equal(file.coverage.partnerships.covered, false);
    assert.ok(Array.isArray(file.coverage.partnerships.evidence));
    const unknown = file.messages.find((m: { ruleId: string }) => m.ruleId === 'unknown-citation');
    assert.deepEqual(
      { ...unknown, message: undefined, fixes: undefined },
      {
        ruleId: 'unknown-citation',
        severity: 'error',
        message: undefined,
        line: 3,
        column: 12,
        endLine: 3,
        endColumn: 28,
        claim: 'belarus:un-ggee',
        fixes: undefined,
      },
    );
    const missing = file.messages.find((m: { ruleId: string; pillar?: string }) => m.pillar === 'partnerships');
    assert.equal(missing.ruleId, 'missing-pillar');
    assert.match(missing.message, /mentioned in passing \(“partners”\)/);
  });

  it('--format sarif is a SARIF 2.1.0 log with rules, levels and regions', async () => {
    writeFileSync(join(dir, 'cite.md'), '# Cites\n\nAs argued [@belarus:un-ggee].\n');
    const result = await cli(['check', 'cite.md', '--format', 'sarif'], { cwd: dir });
    const log = JSON.parse(result.stdout);
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-2\.1\.0/);
    const run = log.runs[0];
    assert.equal(run.tool.driver.name, 'cooperation-pillars');
    assert.deepEqual(
      run.tool.driver.rules.map((r: { id: string }) => r.id),
      ['missing-pillar', 'thin-pillar', 'unknown-citation', 'misquote', 'front-matter', 'uncited-claim'],
    );
    const unknown = run.results.find((r: { ruleId: string }) => r.ruleId === 'unknown-citation');
    assert.equal(unknown.level, 'error');
    assert.equal(run.tool.driver.rules[unknown.ruleIndex].id, 'unknown-citation');
    assert.deepEqual(unknown.locations[0].physicalLocation.artifactLocation, {
      uri: 'cite.md',
      uriBaseId: '%SRCROOT%',
    });
    assert.deepEqual(unknown.locations[0].physicalLocation.region, {
      startLine: 3,
      startColumn: 12,
      endLine: 3,
      endColumn: 28,
    });
    const missing = run.results.filter((r: { ruleId: string }) => r.ruleId === 'missing-pillar');
    assert.equal(missing.length, 4);
    assert.ok(missing.every((r: { level: string }) => r.level === 'warning'));
  });

  it('lists claims as JSON with key, theme, pillar and text', async () => {
    const result = await cli(['claims', '--format', 'json']);
    const { claims } = JSON.parse(result.stdout);
    assert.equal(claims.length, 23);
    assert.deepEqual(
      claims.find((c: { key: string }) => c.key === 'belarus:un-gge'),
      {
        key: 'belarus:un-gge',
        theme: 'partnerships',
        pillar: 'partnerships',
        text: 'Notably, Belarus has been an active member of the United Nations Group of Governmental Experts (GGE) on Developments in the Field of Information and Telecommunications in the Context of International Security.',
      },
    );
    assert.equal(claims.find((c: { key: string }) => c.key === 'belarus:threat-concern').pillar, undefined);
  });

  it('prints help and version', async () => {
    const help = await cli(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: pillars <command>/);
    const version = await cli(['--version']);
    assert.equal(version.stdout, JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('never writes to its inputs', async () => {
    const path = join(dir, 'gap.md');
    writeFileSync(path, '# Gap\r\n\r\nNothing yet [@belarus:nope].\r\n');
    await cli(['check', path, '--format', 'sarif']);
    assert.equal(readFileSync(path, 'utf8'), '# Gap\r\n\r\nNothing yet [@belarus:nope].\r\n');
  });

  it('works as the bundled bin, with exit codes (dist/cli.cjs)', () => {
    const bin = join(ROOT, 'dist', 'cli.cjs');
    const ok = spawnSync(process.execPath, [bin, 'check', '-'], { input: COVERED_ALL, encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    const bad = spawnSync(process.execPath, [bin, 'check', 'missing-file.md'], { encoding: 'utf8', cwd: dir });
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /missing-file\.md: no such file or folder/);
  });
});
