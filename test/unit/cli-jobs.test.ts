/**
 * `pillars check` on many drafts at once (a pool of worker threads, `--jobs`): the report, stderr and the exit code
 * are exactly those of checking one draft at a time, in every format, and those of the in-process serial path.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CheckerPool,
  NEW_WORKER_CHARS,
  type CheckRequest,
  type FileResult,
  type TimedChecker,
} from '../../src/cli/check-worker.js';
import { runCliCaptured } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli.cjs');
const FIXTURES = join(ROOT, 'test', 'fixtures');

describe('pillars check with a pool of workers', function () {
  this.timeout(180_000);
  let dir: string;
  const bin = (args: string[]) => {
    const result = spawnSync(process.execPath, [BIN, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-jobs-'));
    // Drafts of every size and kind from the fixtures, in folders, with files that cannot be checked among them.
    const drafts = readdirSync(FIXTURES).filter((name) => name.endsWith('.md') && name !== 'README.md');
    assert.ok(drafts.length >= 30, 'enough drafts to keep several workers busy');
    drafts.forEach((name, i) => {
      const folder = join(dir, 'drafts', `part-${i % 3}`);
      mkdirSync(folder, { recursive: true });
      copyFileSync(join(FIXTURES, name), join(folder, name));
    });
    writeFileSync(join(dir, 'drafts', 'part-1', 'binary.md'), 'a\0b');
    writeFileSync(join(dir, 'drafts', 'part-2', 'deep.md'), `${'> '.repeat(150)}x\n`);
    writeFileSync(
      join(dir, 'drafts', 'part-0', 'big.md'),
      `# Big\n\n${'We will sign memoranda of understanding with partners. '.repeat(400)}\n`,
    );
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ['human', 'json', 'sarif', 'github', 'junit']) {
    it(`--format ${format}: four workers print what one does, in path order`, () => {
      const args = ['check', 'drafts', 'missing.md', '--format', format, '--max-size', '20KB'];
      const one = bin([...args, '--jobs', '1']);
      const four = bin([...args, '--jobs', '4']);
      assert.equal(one.status, 2, one.stderr);
      assert.deepEqual(four, one);
      const unchecked = one.stderr.split('\n').filter(Boolean);
      assert.deepEqual(
        unchecked.map((line) => line.split(':')[1].trim()),
        ['missing.md', 'drafts/part-0/big.md', 'drafts/part-1/binary.md', 'drafts/part-2/deep.md'],
        'files not checked are named in path order',
      );
    });
  }

  it('a draft over the time limit stops its worker; the drafts sent ahead to it go to a fresh worker and are checked', () => {
    const slow = mkdtempSync(join(tmpdir(), 'pillars-jobs-slow-'));
    try {
      // Minutes for the parser: far over the limit. With one worker each draft is sent before the one ahead is done.
      writeFileSync(
        join(slow, 'b-slow.md'),
        Array.from({ length: 200_000 }, (_, i) => `[@belarus:${i % 10 ? 'un-gge' : 'un-gg'}]`).join(' '),
      );
      const names = ['a.md', 'c.md', 'd.md', 'e.md'];
      for (const name of names)
        copyFileSync(
          join(
            FIXTURES,
            readdirSync(FIXTURES).filter((file) => file.endsWith('.md') && file !== 'README.md')[names.indexOf(name)],
          ),
          join(slow, name),
        );
      const run = spawnSync(
        process.execPath,
        [BIN, 'check', '.', '--jobs', '1', '--timeout', '1', '--format', 'json'],
        { cwd: slow, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined } },
      );
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr, 'pillars: b-slow.md: not checked: took longer than 1 s (raise it with --timeout)\n');
      const files = (JSON.parse(run.stdout) as { files: { path: string; checked: boolean }[] }).files;
      assert.deepEqual(
        files.map((file) => [file.path, file.checked]),
        [
          ['a.md', true],
          ['c.md', true],
          ['d.md', true],
          ['e.md', true],
          ['b-slow.md', false],
        ],
      );
    } finally {
      rmSync(slow, { recursive: true, force: true });
    }
  });

  it('the default (one worker per core) prints what the in-process serial path prints', async () => {
    const args = ['check', 'drafts', '--format', 'json'];
    const pooled = bin(args);
    const serial = await runCliCaptured(args, { cwd: dir });
    assert.equal(pooled.status, serial.code);
    assert.equal(pooled.stdout, `${serial.stdout}\n`);
    assert.equal(pooled.stderr, serial.stderrLines.map((line) => `${line}\n`).join(''));
    const paths = (JSON.parse(pooled.stdout) as { files: { path: string; checked: boolean }[] }).files
      .filter((file) => file.checked)
      .map((file) => file.path);
    assert.ok(paths.length >= 30);
    assert.deepEqual(paths, [...paths].sort(), 'drafts in path order');
  });
});

describe('the pool of workers starts a worker only when it pays', () => {
  /** A worker that answers only when told: how many drafts and characters it has is what the pool sees. */
  const fakes = () => {
    const made: { sent: CheckRequest[]; answer: () => void }[] = [];
    const create = () => {
      const sent: CheckRequest[] = [];
      const waiting: (() => void)[] = [];
      made.push({ sent, answer: () => waiting.shift()?.() });
      return {
        get load() {
          return waiting.length;
        },
        get chars() {
          return sent.slice(sent.length - waiting.length).reduce((sum, request) => sum + request.text.length, 0);
        },
        warm: () => {},
        dispose: () => {},
        check: (request: CheckRequest) =>
          new Promise<FileResult>((resolve) => {
            sent.push(request);
            waiting.push(() => resolve({ path: request.path, coverage: {}, messages: [] } as unknown as FileResult));
          }),
      } as unknown as TimedChecker;
    };
    return { made, pool: new CheckerPool(create, 2) };
  };
  const draft = (chars: number): CheckRequest => ({ text: 'x'.repeat(chars), path: 'd.md' });

  it('two short drafts go to one worker; a third, or a long one, starts the second; never more than --jobs', () => {
    const short = fakes();
    void short.pool.check(draft(20_000), 0);
    void short.pool.check(draft(20_000), 0);
    assert.equal(short.made.length, 1, 'the second short draft waits at the first worker');
    void short.pool.check(draft(20_000), 0);
    assert.equal(short.made.length, 2, 'a draft already waits there: a second worker pays');
    for (let i = 0; i < 5; i++) void short.pool.check(draft(20_000), 0);
    assert.equal(short.made.length, 2, 'at most --jobs workers');
    assert.deepEqual(
      short.made.map((worker) => worker.sent.length),
      [4, 4],
      'each draft to the least busy',
    );
    const long = fakes();
    void long.pool.check(draft(NEW_WORKER_CHARS), 0);
    void long.pool.check(draft(100), 0);
    assert.equal(long.made.length, 2, 'the first worker has a long draft to check');
  });
});
