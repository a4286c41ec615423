/**
 * The checker off the host's thread: a large draft's report from the worker equals the in-thread one; the worker
 * loads the engine as the host does, and a draft too large for the worker's memory is reported as not checked.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDraft } from '../../src/core/check.js';
import { REFERENCES_HEADING, referencesEdit } from '../../src/core/edits/editor-helpers.js';
import { builtinKnowledgeBase } from '../../src/core/framework/knowledge-base.js';
import { generateDraft } from '../../bench/generate.js';
import { statusBarOf } from '../../src/vscode/present.js';
import {
  NodeCheckRunner as CheckRunner,
  type NodeRunnerOptions as RunnerOptions,
} from '../../src/vscode/runner-node.js';
import { WORKER_THRESHOLD } from '../../src/vscode/runner.js';
import { buildBundle } from '../support/bundles.js';

const ROOT = join(import.meta.dirname, '..', '..');
const draft = readFileSync(join(ROOT, 'media/walkthrough/example-draft.md'), 'utf8');

describe('check runner', () => {
  // The worker and the engine bundled as esbuild.mjs bundles them (a worker cannot load TypeScript), into a
  // temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'pillars-worker-'));
  const workerFile = join(dir, 'worker.cjs');
  const engineFile = join(dir, 'engine.cjs');
  const worker = new CheckRunner({ workerFile, engineFile: join(dir, 'no-engine.cjs'), threshold: 0 });
  const inThread = new CheckRunner({ workerFile: '/nonexistent', engineFile, threshold: Number.MAX_SAFE_INTEGER });
  before(async () => {
    await Promise.all([buildBundle('worker.cjs', workerFile), buildBundle('engine.cjs', engineFile)]);
  });
  after(() => {
    worker.dispose();
    inThread.dispose();
    rmSync(dir, { recursive: true, force: true });
  });
  // Every runner a test makes is disposed after it, passed or failed: a failing assertion must never leave a
  // worker thread alive (it would keep mocha from exiting).
  const made: CheckRunner[] = [];
  const runnerWith = (options: RunnerOptions): CheckRunner => {
    const runner = new CheckRunner(options);
    made.push(runner);
    return runner;
  };
  afterEach(() => {
    for (const runner of made.splice(0)) runner.dispose();
  });

  it('sends drafts over the threshold to the worker', () => {
    const runner = runnerWith({ workerFile: '/nonexistent', engineFile: '/nonexistent' });
    assert.equal(runner.usesWorker(WORKER_THRESHOLD), false);
    assert.equal(runner.usesWorker(WORKER_THRESHOLD + 1), true);
  });

  it('gives the same report in a worker as on the calling thread, with the version asked for', async () => {
    const request = { path: 'example.md', rules: { 'thin-pillar': 'off' as const } };
    const [there, here] = await Promise.all([worker.check(draft, request, 7), inThread.check(draft, request, 7)]);
    assert.equal(there.version, 7);
    assert.equal(there.checkedInWorker, true);
    assert.equal(here.checkedInWorker, false);
    assert.deepEqual({ ...there, checkedInWorker: false }, here);
    assert.ok(there.messages.some((message) => message.ruleId === 'misquote'));
    assert.ok(!there.messages.some((message) => message.ruleId === 'thin-pillar'), 'rule settings reach the worker');
  });

  it('answers concurrent requests each with its own report', async () => {
    const texts = ['# A\n\n[@belarus:un-gge]\n', '# B\n\n[@belarus:nope]\n', draft];
    const reports = await Promise.all(texts.map((text, i) => worker.check(text, { rules: {} }, i)));
    assert.deepEqual(
      reports.map((report) => report.length),
      texts.map((text) => text.length),
    );
    assert.deepEqual(
      reports.map((report) => report.version),
      [0, 1, 2],
    );
  });

  it('brings back why a draft was not checked from the worker, as on the calling thread', async () => {
    const deep = '- '.repeat(300) + 'partners';
    const [there, here] = await Promise.all([
      worker.check(deep, { rules: {} }, 2),
      inThread.check(deep, { rules: {} }, 2),
    ]);
    assert.equal(there.notChecked?.reason, 'too-deep');
    assert.deepEqual({ ...there, checkedInWorker: false }, here);
  });

  it('rejects, never hangs, when the worker cannot start', async () => {
    const broken = runnerWith({ workerFile: join(ROOT, 'no-such-worker.cjs'), engineFile, threshold: 0 });
    await assert.rejects(broken.check(draft, { rules: {} }, 1));
  });

  it('loads the engine on the first check on the calling thread, not before', async () => {
    const file = join(dir, 'engine-lazy.cjs');
    writeFileSync(file, readFileSync(engineFile));
    const cache = createRequire(import.meta.url).cache;
    const runner = runnerWith({ workerFile: '/nonexistent', engineFile: file });
    assert.equal(cache[file], undefined, 'a new runner has not loaded the engine');
    const report = await runner.check('# A\n\n[@belarus:nope]\n', { rules: {} }, 3);
    assert.ok(cache[file], 'the first check loaded the engine');
    assert.equal(report.version, 3);
    assert.equal(report.checkedInWorker, false);
    assert.ok(report.messages.some((message) => message.ruleId === 'unknown-citation'));
  });

  it('says the checker could not be loaded, and where from, when the engine is missing or broken', async () => {
    const throwing = join(dir, 'engine-throws.cjs');
    writeFileSync(throwing, "throw new Error('half-written bundle');\n");
    const empty = join(dir, 'engine-empty.cjs');
    writeFileSync(empty, 'module.exports = {};\n');
    const cases = [
      [join(dir, 'missing-engine.cjs'), /Cannot find module/],
      [throwing, /half-written bundle/],
      [empty, /does not export checkReport/],
    ] as const;
    for (const [file, reason] of cases) {
      const runner = runnerWith({ workerFile: '/nonexistent', engineFile: file });
      for (let attempt = 0; attempt < 2; attempt++) {
        await assert.rejects(runner.check(draft, { rules: {} }, 1), (error: Error) => {
          assert.match(error.message, /^the checker could not be loaded from /);
          assert.ok(error.message.includes(file), error.message);
          assert.match(error.message, reason);
          assert.match(error.message, /reinstall the extension$/);
          return true;
        });
      }
    }
  });

  it('says the checker could not be loaded, as on the calling thread, when the worker finds no engine beside it', async () => {
    // dist/worker.cjs holds no checker: it loads engine.cjs from its own folder.
    const lonely = mkdtempSync(join(tmpdir(), 'pillars-lonely-worker-'));
    try {
      copyFileSync(workerFile, join(lonely, 'worker.cjs'));
      const missing = join(lonely, 'engine.cjs');
      const there = runnerWith({ workerFile: join(lonely, 'worker.cjs'), engineFile: missing, threshold: 0 });
      const here = runnerWith({ workerFile: '/nonexistent', engineFile: missing, threshold: Number.MAX_SAFE_INTEGER });
      const [inWorker, onThread] = await Promise.allSettled([
        there.check(draft, { rules: {} }, 1),
        here.check(draft, { rules: {} }, 1),
      ]);
      assert.equal(inWorker.status, 'rejected');
      assert.equal(onThread.status, 'rejected');
      const message = (inWorker as PromiseRejectedResult).reason.message as string;
      assert.equal(message, (onThread as PromiseRejectedResult).reason.message);
      assert.ok(message.startsWith(`the checker could not be loaded from ${missing} (Cannot find module`), message);
      assert.match(message, /reinstall the extension$/);
      // Not remembered: once the engine is there, the same worker checks.
      copyFileSync(engineFile, missing);
      const report = await there.check(draft, { rules: {} }, 2);
      assert.equal(report.checkedInWorker, true);
      assert.ok(report.messages.some((m) => m.ruleId === 'misquote'));
    } finally {
      rmSync(lonely, { recursive: true, force: true });
    }
  });

  it('reports a draft the worker runs out of memory on as not checked, and checks the next draft in a fresh worker', async function () {
    this.timeout(120_000);
    // 16 MB is room for the engine and an ordinary draft, not for a 3 MB draft's parse.
    const runner = new CheckRunner({ workerFile, engineFile, threshold: 0, memoryLimitMb: 16 });
    try {
      const huge = generateDraft({ size: 3_000_000, seed: 1 });
      // The ordinary draft waits behind the huge one in the same worker: it is sent again to a fresh one.
      const [tooLarge, waiting] = await Promise.all([
        runner.check(huge, { rules: {} }, 5),
        runner.check(draft, { rules: {} }, 6),
      ]);
      assert.equal(tooLarge.version, 5);
      assert.equal(tooLarge.notChecked?.reason, 'out-of-memory');
      assert.equal(
        tooLarge.notChecked?.message,
        'the draft is too large to check within 16 MB of memory: not checked (split it into smaller drafts to check them).',
      );
      assert.deepEqual(tooLarge.messages, []);
      assert.equal(tooLarge.length, huge.length);
      assert.equal(statusBarOf(tooLarge).text, '$(circle-slash) Pillars: not checked (too large to check)');
      const expected = await inThread.check(draft, { rules: {} }, 6);
      assert.deepEqual({ ...waiting, checkedInWorker: false }, expected);
      const next = await runner.check(draft, { rules: {} }, 7);
      assert.deepEqual({ ...next, checkedInWorker: false }, { ...expected, version: 7 });
    } finally {
      runner.dispose();
    }
  });

  it('checks large drafts in the worker without loading the engine on the calling thread', async () => {
    const runner = runnerWith({ workerFile, engineFile: join(dir, 'missing-engine.cjs'), threshold: 10 });
    const report = await runner.check(draft, { rules: {} }, 4);
    assert.equal(report.checkedInWorker, true);
    assert.ok(report.messages.length > 0);
  });

  it('lets Insert References Section list the claims of a draft checked on either thread', async () => {
    // The engine's bundle holds its own copy of the core and the worker sends copies back: the extension finds
    // each cited claim's source and theme in its own knowledge base by the claim's key.
    const kb = builtinKnowledgeBase();
    const analysis = checkDraft(draft).analysis;
    const expected = referencesEdit(
      { text: draft, citations: analysis.citations, headings: analysis.headings, title: analysis.title },
      kb,
    );
    const cited = [
      ...new Set(analysis.citations.flatMap((use) => use.claims).flatMap((claim) => (claim ? [claim.key] : []))),
    ];
    assert.ok(cited.length > 3);
    assert.ok(expected.newText.includes(REFERENCES_HEADING));
    for (const threshold of [Number.MAX_SAFE_INTEGER, 0]) {
      const runner = runnerWith({ workerFile, engineFile, threshold });
      const report = await runner.check(draft, { rules: {} }, 1);
      const where = report.checkedInWorker ? 'worker' : 'calling thread';
      const claims = report.citations.flatMap((use) => use.claims).filter((claim) => claim !== undefined);
      assert.ok(
        claims.every((claim) => claim !== kb.claim(claim.key)),
        `the ${where}'s claims are copies`,
      );
      const edit = referencesEdit(
        { text: draft, citations: report.citations, headings: report.headings, title: report.title },
        kb,
      );
      assert.deepEqual(edit, expected, where);
      for (const key of cited) {
        const claim = kb.claim(key)!;
        assert.ok(
          edit.newText.includes(`<dt><code>&#64;${key}</code> (${kb.themeOf(claim).title})</dt>`),
          `${key} (${where})`,
        );
      }
    }
  });
});
