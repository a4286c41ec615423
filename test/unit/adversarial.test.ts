/**
 * Adversarial files through the CLI, in process: each is reported within a bounded time with one
 * clear line on stderr (exit 2 for that file) or checked, and the other files are still checked.
 * Sizes here are moderate; `npm run bench:adversarial` runs the full sizes and prints the figures.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

const GOOD = COVERS_ALL_PILLARS;

describe('adversarial files through the CLI', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-adversarial-'));
    writeFileSync(join(dir, 'good.md'), GOOD);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function check(files: Record<string, string | Buffer>, ...flags: string[]) {
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
    const started = Date.now();
    const run = await runCliCaptured(['check', ...Object.keys(files), 'good.md', '--format', 'json', ...flags], {
      cwd: dir,
    });
    const { code } = run;
    const err = run.stderrLines;
    const parsed = JSON.parse(run.stdout) as {
      files: { path: string; checked: boolean; messages: { ruleId: string }[] }[];
    };
    // Files not checked are listed too, with `"checked": false`: the checked ones are compared here.
    const report = { files: parsed.files.filter((file) => file.checked) };
    return { code, stderr: err, report, paths: report.files.map((file) => file.path), ms: Date.now() - started };
  }

  it('reports a file over --max-size by name and limit, exit 2, and checks the others', async () => {
    const result = await check({ 'big.md': 'Partners and experts. '.repeat(100_000) }, '--max-size', '1MB');
    assert.equal(result.code, 2);
    assert.deepEqual(result.stderr, [
      'pillars: big.md: file is 2.1 MB, over the 1.0 MB limit: not checked (raise it with --max-size)',
    ]);
    assert.deepEqual(result.paths, ['good.md']);
  });

  it('reports standard input over --max-size', async () => {
    const err: string[] = [];
    const code = await runCli(['check', '-', '--max-size', '1KB'], {
      stdout: () => {},
      stderr: (t) => err.push(t),
      readStdin: () => 'x'.repeat(2048),
      cwd: dir,
      color: false,
    });
    assert.equal(code, 2);
    assert.match(err.join('\n'), /^pillars: -: file is 2\.0 KB, over the 1\.0 KB limit/);
  });

  it('reports a file of NUL bytes as binary, exit 2, and checks the others', async () => {
    const result = await check({ 'nul.md': Buffer.alloc(1024 * 1024) });
    assert.equal(result.code, 2);
    assert.deepEqual(result.stderr, [
      'pillars: nul.md: looks like a binary file (it holds NUL bytes), not a Markdown draft: not checked',
    ]);
    assert.deepEqual(result.paths, ['good.md']);
  });

  for (const [name, text] of [
    ['10 000 nested blockquotes', '> '.repeat(10_000) + 'partners'],
    ['10 000 nested lists', '- '.repeat(10_000) + 'partners'],
    ['2 000 lists nested by indentation', Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n')],
  ] as const) {
    it(`reports ${name} as nested too deeply, at once, exit 2`, async () => {
      const result = await check({ 'deep.md': text });
      assert.equal(result.code, 2);
      assert.equal(result.stderr.length, 1);
      assert.match(
        result.stderr[0],
        /^pillars: deep\.md: lists or blockquotes are nested \d+ levels deep, over the limit of 100: not checked/,
      );
      assert.deepEqual(result.paths, ['good.md']);
      assert.ok(result.ms < 5000, `${result.ms} ms`);
    });
  }

  it('checks 20 000 citations, reporting each unknown key', async () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Point ${i} [@belarus:${i % 10 ? 'un-gge' : 'un-gg'}].`).join(
      '\n\n',
    );
    const result = await check({ 'citations.md': text });
    assert.equal(result.code, 1);
    assert.deepEqual(result.stderr, []);
    const unknown = result.report.files[0].messages.filter((m) => m.ruleId === 'unknown-citation');
    assert.equal(unknown.length, 2000);
  });

  it('checks a single line of 1 MB', async () => {
    const result = await check({ 'line.md': 'Our partners and the national CSIRT train experts. '.repeat(20_000) });
    assert.deepEqual(result.stderr, []);
    assert.deepEqual(result.paths, ['good.md', 'line.md'], 'in path order, whatever the order of the arguments');
  });

  describe('a time limit per file (the bundled CLI checks each file in a worker thread)', () => {
    /** dist/cli.cjs as a user runs it (`npm test` builds it first). */
    function bin(...args: string[]) {
      const started = Date.now();
      // The guard only keeps a broken build from hanging the run: every case here ends in seconds.
      const result = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      return { ...result, ms: Date.now() - started };
    }

    it('stops a file that takes longer than --timeout, says so on stderr, exit 2, and checks the files after it', () => {
      // Minutes for the parser as it is, and still seconds if it ever became linear: far over the limit.
      writeFileSync(
        join(dir, 'slow.md'),
        Array.from({ length: 200_000 }, (_, i) => `[@belarus:${i % 10 ? 'un-gge' : 'un-gg'}]`).join(' '),
      );
      writeFileSync(join(dir, 'first.md'), GOOD.replace('# Strategy', '# First'));
      const result = bin('check', 'first.md', 'slow.md', 'good.md', '--timeout', '1', '--format', 'json');
      assert.equal(result.status, 2, result.stderr);
      assert.equal(result.stderr, 'pillars: slow.md: not checked: took longer than 1 s (raise it with --timeout)\n');
      const report = JSON.parse(result.stdout) as {
        files: { path: string; checked: boolean; coverage: Record<string, { covered: boolean }> }[];
      };
      assert.deepEqual(
        report.files.map((file) => [file.path, file.checked]),
        [
          ['first.md', true],
          ['good.md', true],
          ['slow.md', false],
        ],
        'the file after the stopped one gets a fresh worker',
      );
      report.files.pop();
      assert.ok(report.files.every((file) => Object.values(file.coverage).every((pillar) => pillar.covered)));
      assert.ok(result.ms < 60_000, `${result.ms} ms: the stopped file did not hold the run up`);
    });

    it('reports exactly what the in-process check reports', async () => {
      writeFileSync(
        join(dir, 'cite.md'),
        '# Cites\r\n\r\nAs argued [@belarus:un-ggee], partners matter. "No nation can fight alone" [@belarus:no-nation-alone]\r\n',
      );
      writeFileSync(join(dir, 'deep.md'), '> '.repeat(500) + 'partners');
      const inWorker = bin('check', 'cite.md', 'deep.md', 'good.md', '--format', 'sarif');
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(['check', 'cite.md', 'deep.md', 'good.md', '--format', 'sarif'], {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
        readStdin: () => '',
        cwd: dir,
        color: false,
      });
      assert.equal(inWorker.status, code);
      assert.equal(inWorker.stdout, `${out.join('\n')}\n`);
      assert.equal(inWorker.stderr, `${err.join('\n')}\n`);
      assert.match(inWorker.stderr, /^pillars: deep\.md: lists or blockquotes are nested/);
    });

    it('takes --timeout 0 as no limit, and rejects a time that is not a number of seconds', () => {
      assert.equal(bin('check', 'good.md', '--timeout', '0').status, 0);
      assert.equal(bin('check', 'good.md', '--timeout=2.5').status, 0);
      const bad = bin('check', 'good.md', '--timeout', 'soon');
      assert.equal(bad.status, 2);
      assert.equal(bad.stderr, 'pillars: --timeout takes a number of seconds such as 30 (0: no limit), not "soon"\n');
    });
  });

  it('never writes to the files it checks', async () => {
    const { readFileSync } = await import('node:fs');
    const text = '# Draft\r\n\r\nCite [@belarus:un-gg].\r\n';
    await check({ 'crlf.md': text });
    assert.equal(readFileSync(join(dir, 'crlf.md'), 'utf8'), text);
  });
});
