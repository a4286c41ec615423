/** The checker off the host's thread: a large draft's report from the worker equals the in-thread one. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { CheckRunner, WORKER_THRESHOLD } from '../../src/vscode/runner.js';

const ROOT = join(import.meta.dirname, '..', '..');
const draft = readFileSync(join(ROOT, 'media/walkthrough/example-draft.md'), 'utf8');

describe('check runner', () => {
  // The worker bundled as esbuild.mjs bundles it (a worker cannot load TypeScript), into a temporary folder.
  const dir = mkdtempSync(join(tmpdir(), 'pillars-worker-'));
  const workerFile = join(dir, 'worker.cjs');
  const worker = new CheckRunner({ workerFile, threshold: 0 });
  const inThread = new CheckRunner({ workerFile: '/nonexistent', threshold: Number.MAX_SAFE_INTEGER });
  before(async () => {
    await build({
      entryPoints: [join(ROOT, 'src/vscode/worker.ts')],
      outfile: workerFile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
    });
  });
  after(() => {
    worker.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends drafts over the threshold to the worker', () => {
    const runner = new CheckRunner({ workerFile: '/nonexistent' });
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
    const broken = new CheckRunner({ workerFile: join(ROOT, 'no-such-worker.cjs'), threshold: 0 });
    await assert.rejects(broken.check(draft, { rules: {} }, 1));
    broken.dispose();
  });
});
