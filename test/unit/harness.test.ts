/**
 * The test harness fails when it should: a stray `.only` fails the unit run and the host suite; a stage that ran
 * fewer tests than it declares fails in scripts/test-all.mjs; and a failing runner test leaves no worker alive.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(import.meta.dirname, '..', '..');
const MOCHA = join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js');

interface Counts {
  passed: number;
  failed: number;
  pending?: number;
  retried?: number;
}
interface TestAll {
  mochaCounts: (stage: { code: number; output: string }) => Counts;
  hostCounts: (stage: { code: number; output: string }) => Counts;
  expectRan: (counts: Counts, expected: number) => Counts & { short: boolean };
  declaredUnitTests: (dir?: string) => number;
  readHostSuite: (dir?: string) => { tests: number; names: string[]; testsMatching: (grep: string) => number };
}
const testAll = async () => (await import(pathToFileURL(join(ROOT, 'scripts', 'test-all.mjs')).href)) as TestAll;

/** Runs node with `args` from the repository; never longer than `timeout` ms (a hang is a failure, not a wait). */
function node(args: string[], { timeout = 60_000, env = {} as Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: ROOT,
    encoding: 'utf8',
    timeout,
    env: { ...process.env, ...env },
  });
  return { code: result.status, signal: result.signal, output: `${result.stdout}${result.stderr}` };
}

describe('test harness', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pillars-harness-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails the unit run on a stray .only (.mocharc.json forbids it)', () => {
    const spec = join(dir, 'only.test.ts');
    writeFileSync(
      spec,
      "describe('s', () => {\n  it.only('a', () => {});\n  it('b', () => { throw new Error('b ran'); });\n});\n",
    );
    const config = join(dir, 'mocharc.json');
    writeFileSync(
      config,
      JSON.stringify({ ...JSON.parse(readFileSync(join(ROOT, '.mocharc.json'), 'utf8')), spec: [spec] }),
    );
    const run = node([MOCHA, '--config', config, '--no-color']);
    assert.notEqual(run.code, 0, run.output);
    assert.match(run.output, /\.only` forbidden/);
  });

  it('fails the host suite on a stray .only (test/host/suite/index.cjs forbids it)', () => {
    const suite = mkdtempSync(join(dir, 'host-'));
    copyFileSync(join(ROOT, 'test', 'host', 'suite', 'index.cjs'), join(suite, 'index.cjs'));
    writeFileSync(
      join(suite, 'only.test.cjs'),
      "suite('s', () => {\n  test.only('a', () => {});\n  test('b', () => { throw new Error('b ran'); });\n});\n",
    );
    const script = `require(${JSON.stringify(join(suite, 'index.cjs'))}).run().then(() => console.log('suite passed'), (error) => { console.log('suite failed:', error.message); process.exitCode = 1; });`;
    const run = node(['-e', script], { env: { NODE_PATH: join(ROOT, 'node_modules'), PILLARS_HOST_GREP: '' } });
    assert.notEqual(run.code, 0, run.output);
    assert.match(run.output, /suite failed: `\.only` forbidden/);
  });

  it('runs a host test that failed once again, says so, and fails one that fails twice', () => {
    const suite = mkdtempSync(join(dir, 'host-'));
    copyFileSync(join(ROOT, 'test', 'host', 'suite', 'index.cjs'), join(suite, 'index.cjs'));
    writeFileSync(
      join(suite, 'flaky.test.cjs'),
      "let runs = 0;\nsuite('s', () => {\n  test('once', () => { if (runs++ === 0) throw new Error('first run'); });\n" +
        "  test('always', () => { throw new Error('every run'); });\n});\n",
    );
    const script = `require(${JSON.stringify(join(suite, 'index.cjs'))}).run().then(() => console.log('suite passed'), (error) => { console.log('suite failed:', error.message); process.exitCode = 1; });`;
    const run = node(['-e', script], { env: { NODE_PATH: join(ROOT, 'node_modules'), PILLARS_HOST_GREP: '' } });
    assert.notEqual(run.code, 0, run.output);
    assert.match(run.output, /retried after a failure: s once: first run/);
    assert.match(run.output, /retried after a failure: s always: every run/);
    assert.match(run.output, /1 passing/);
    assert.match(run.output, /suite failed: 1 host test\(s\) failed/);
  });

  it('counts a stage that ran no test, or fewer than declared, as failed', async () => {
    const { mochaCounts, hostCounts, expectRan } = await testAll();
    // No test ran, and mocha said nothing (a grep that matches nothing exits 0 with "0 passing").
    assert.deepEqual(expectRan(mochaCounts({ code: 0, output: '\n  0 passing (1ms)\n' }), 0), {
      passed: 0,
      failed: 1,
      pending: 0,
      short: true,
    });
    assert.equal(expectRan(mochaCounts({ code: 0, output: '' }), 5).failed, 1);
    // Fewer than declared: failed, whatever the exit code said.
    assert.deepEqual(expectRan(mochaCounts({ code: 0, output: '  3 passing (2s)\n' }), 5), {
      passed: 3,
      failed: 1,
      pending: 0,
      short: true,
    });
    assert.equal(expectRan(mochaCounts({ code: 1, output: '  3 passing (2s)\n  2 failing\n' }), 6).failed, 2);
    // Enough: tests the suite skipped itself (pending) ran.
    assert.deepEqual(expectRan(mochaCounts({ code: 0, output: '  5 passing (2s)\n' }), 5), {
      passed: 5,
      failed: 0,
      pending: 0,
      short: false,
    });
    const host = hostCounts({ code: 0, output: '  37 passing (40s)\n  2 pending\n\nhost: 37 passed, 0 failed\n' });
    assert.deepEqual(expectRan(host, 39), { passed: 37, failed: 0, pending: 2, retried: 0, short: false });
    // A host test run again after a failure is counted once, and the retry is counted apart.
    const retried = hostCounts({
      code: 0,
      output:
        '[host suite] retried after a failure: pillars: tree updates: timed out\n  3 passing (9s)\n' +
        'host: 3 passed, 0 failed\n',
    });
    assert.deepEqual(retried, { passed: 3, failed: 0, pending: 0, retried: 1 });
    assert.equal(
      expectRan(hostCounts({ code: 0, output: '  0 passing (1ms)\nhost: 0 passed, 0 failed\n' }), 1).failed,
      1,
    );
  });

  it('expects the tests the unit and host suites declare', async () => {
    const { declaredUnitTests, readHostSuite } = await testAll();
    const unit = mkdtempSync(join(dir, 'unit-'));
    writeFileSync(
      join(unit, 'a.test.ts'),
      "describe('a', () => {\n  it('one', () => {});\n  it('two', () => {});\n});\n",
    );
    writeFileSync(join(unit, 'b.ts'), "it('not a test file', () => {});\n");
    assert.equal(declaredUnitTests(unit), 2);
    assert.ok(declaredUnitTests() > 100, 'test/unit declares its tests with it(');
    const host = mkdtempSync(join(dir, 'host-suite-'));
    writeFileSync(
      join(host, 'activation.test.cjs'),
      "suite('activation', () => {\n  test('a', () => {});\n  test('b', () => {});\n});\n",
    );
    writeFileSync(join(host, 'other.test.cjs'), "suite('other', () => {\n  test('c', () => {});\n});\n");
    const suite = readHostSuite(host);
    assert.equal(suite.tests, 3);
    assert.deepEqual(suite.names, ['activation', 'other']);
    assert.equal(suite.testsMatching('^activation '), 2);
    assert.equal(suite.testsMatching('^renamed '), 0);
    assert.ok(
      readHostSuite().testsMatching('^activation ') > 0,
      'the .vsix stage’s grep selects tests of test/host/suite',
    );
  });

  it('leaves no worker alive after failing runner tests, so mocha exits', function () {
    this.timeout(180_000);
    // Every check answered by a worker then fails, as a failing assertion would; a root after hook (run after the
    // runner tests' own) reports the workers still alive, then stops them so this run cannot hang.
    // CommonJS, as mocha loads the test files (require, through tsx), so that it patches the module they use.
    const setup = join(dir, 'fail-after-worker-checks.cjs');
    writeFileSync(
      setup,
      `
const { CheckRunner } = require(${JSON.stringify(join(ROOT, 'src', 'vscode', 'runner.ts'))});
const alive = new Set();
const { check, ensureWorker } = CheckRunner.prototype;
CheckRunner.prototype.ensureWorker = function () {
  const worker = ensureWorker.call(this);
  if (!alive.has(worker)) {
    alive.add(worker);
    worker.once('exit', () => alive.delete(worker));
  }
  return worker;
};
CheckRunner.prototype.check = async function (...args) {
  const report = await check.apply(this, args);
  if (report.checkedInWorker) throw new Error('harness: injected failure after a check in the worker');
  return report;
};
after(async function () {
  this.timeout(10_000);
  for (let waited = 0; alive.size > 0 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  console.log(\`harness: \${alive.size} worker(s) alive after the tests\`);
  for (const worker of alive) void worker.terminate();
});
`,
    );
    const run = node(
      [
        MOCHA,
        '--no-config',
        '--node-option',
        'import=tsx',
        '--timeout',
        '60000',
        '--no-color',
        '--file',
        setup,
        'test/unit/runner.test.ts',
      ],
      { timeout: 150_000 },
    );
    assert.equal(run.signal, null, `mocha did not exit:\n${run.output}`);
    assert.ok(
      (run.output.match(/harness: injected failure/g) ?? []).length >= 4,
      `the injected failures happened:\n${run.output}`,
    );
    assert.match(run.output, /^harness: 0 worker\(s\) alive after the tests$/m, run.output);
    assert.equal(run.code, Number(/^\s*(\d+) failing/m.exec(run.output)?.[1]), 'mocha exits with its failure count');
  });
});
