/** The checker off the host's thread: a large draft's report from the worker equals the in-thread one. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinKnowledgeBase } from '../../src/core/knowledge-base.js';
import { CheckRunner, WORKER_THRESHOLD } from '../../src/vscode/runner.js';
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
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends drafts over the threshold to the worker', () => {
    const runner = new CheckRunner({ workerFile: '/nonexistent', engineFile: '/nonexistent' });
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
    assert.deepEqual(reports.map((report) => report.length), texts.map((text) => text.length));
    assert.deepEqual(reports.map((report) => report.version), [0, 1, 2]);
  });

  it('brings back why a draft was not checked from the worker, as on the calling thread', async () => {
    const deep = '- '.repeat(300) + 'partners';
    const [there, here] = await Promise.all([worker.check(deep, { rules: {} }, 2), inThread.check(deep, { rules: {} }, 2)]);
    assert.equal(there.notChecked?.reason, 'too-deep');
    assert.deepEqual({ ...there, checkedInWorker: false }, here);
  });

  it('rejects, never hangs, when the worker cannot start', async () => {
    const broken = new CheckRunner({ workerFile: join(ROOT, 'no-such-worker.cjs'), engineFile, threshold: 0 });
    await assert.rejects(broken.check(draft, { rules: {} }, 1));
    broken.dispose();
  });

  it('loads the engine on the first check on the calling thread, not before', async () => {
    const file = join(dir, 'engine-lazy.cjs');
    writeFileSync(file, readFileSync(engineFile));
    const cache = createRequire(import.meta.url).cache;
    const runner = new CheckRunner({ workerFile: '/nonexistent', engineFile: file });
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
      const runner = new CheckRunner({ workerFile: '/nonexistent', engineFile: file });
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

  it('checks large drafts in the worker without loading the engine on the calling thread', async () => {
    const runner = new CheckRunner({ workerFile, engineFile: join(dir, 'missing-engine.cjs'), threshold: 10 });
    const report = await runner.check(draft, { rules: {} }, 4);
    assert.equal(report.checkedInWorker, true);
    assert.ok(report.messages.length > 0);
    runner.dispose();
  });

  it("gives reports whose claims are the caller's knowledge base's own, on either thread", async () => {
    // The bundles each hold a copy of the core; the extension looks up a report's claims in its own knowledge base.
    const kb = builtinKnowledgeBase();
    for (const threshold of [Number.MAX_SAFE_INTEGER, 0]) {
      const runner = new CheckRunner({ workerFile, engineFile, knowledgeBase: kb, threshold });
      const report = await runner.check(draft, { rules: {} }, 1);
      runner.dispose();
      const claims = report.citations.flatMap((use) => use.claims).filter((claim) => claim !== undefined);
      assert.ok(claims.length > 3);
      for (const claim of claims) {
        assert.equal(claim, kb.claim(claim.key), `${claim.key} (${report.checkedInWorker ? 'worker' : 'calling thread'})`);
        assert.ok(kb.themeOf(claim), `the theme of ${claim.key}`);
      }
    }
  });
});
