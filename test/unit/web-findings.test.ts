/**
 * Both builds give identical findings: every example, fixture and held-out draft, and drafts whose bibliographies
 * are there, missing or a folder, checked by the Node build's engine (dist/engine.cjs) and by the browser build's
 * (dist/web-worker.js, in a context without Node, its files read as the web host reads them) give the same report.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadEngine, type Engine } from '../../src/vscode/load-engine.js';
import { buildBundle } from '../support/bundles.js';
import { webWorkerSandbox, type WebWorkerSandbox } from '../support/web.js';

const ROOT = join(import.meta.dirname, '..', '..');

function drafts(dir: string): string[] {
  return readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => join(ROOT, dir, name));
}

describe('the browser build’s findings', function () {
  this.timeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'pillars-web-findings-'));
  let node: Engine;
  let web: WebWorkerSandbox;

  before(async () => {
    const engineFile = join(dir, 'engine.cjs');
    await buildBundle('engine.cjs', engineFile);
    node = loadEngine(engineFile);
    web = await webWorkerSandbox();
  });
  after(() => {
    web?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const same = (file: string, text = readFileSync(file, 'utf8')) => {
    const request = { path: file, fsPath: file, rules: {} };
    assert.deepEqual(web.check(text, request), node.checkReport(text, request), file);
  };

  it('are the Node build’s on every example, walkthrough draft, fixture and held-out draft', () => {
    const files = [
      ...drafts('examples'),
      ...drafts('media/walkthrough'),
      ...drafts('test/fixtures'),
      ...drafts('test/heldout'),
    ];
    assert.ok(files.length >= 70, `${files.length} drafts`);
    for (const file of files) same(file);
  });

  it('are the Node build’s when a bibliography is there, missing, a folder, or beside the draft in a folder of its own', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'notes', 'folder.json'), { recursive: true });
    writeFileSync(
      join(project, 'refs.json'),
      JSON.stringify([{ id: 'smith2020', type: 'book', title: 'Cyber diplomacy' }]),
    );
    writeFileSync(
      join(project, 'notes', 'bom.json'),
      `\uFEFF${JSON.stringify([{ id: 'doe2021', type: 'report', title: 'A report' }])}`,
    );
    const cited =
      'We join the forum [@belarus:security-forum], as [@smith2020] and [@doe2021] argue; see also [@nobody2019] and [@belarus:no-such-claim].\n';
    const cases: [string, string][] = [
      ['project/there.md', `---\nbibliography: refs.json\n---\n\n# Draft\n\n${cited}`],
      ['project/missing.md', `---\nbibliography: [refs.json, missing.json]\n---\n\n# Draft\n\n${cited}`],
      [
        'project/notes/folder.md',
        `---\nbibliography:\n  - folder.json\n  - bom.json\n  - ../refs.json\n---\n\n# Draft\n\n${cited}`,
      ],
      [
        'project/notes/absolute.md',
        `---\nbibliography: ${join(project, 'refs.json')}\nreferences:\n  - id: doe2021\n---\n\n# Draft\n\n${cited}`,
      ],
    ];
    for (const [name, text] of cases) {
      const file = join(dir, name);
      writeFileSync(file, text);
      same(file, text);
    }
    // The cases are not trivially equal: the bibliography was read in one and not in the others.
    const there = web.check(cases[0][1], { fsPath: join(dir, cases[0][0]), rules: {} });
    const missing = web.check(cases[1][1], { fsPath: join(dir, cases[1][0]), rules: {} });
    assert.ok(
      there.messages.some((message) => message.message.includes('@nobody2019')),
      'refs.json read: @nobody2019 is reported',
    );
    assert.ok(
      missing.messages.some((message) => message.message.includes('missing.json')),
      'missing.json is reported',
    );
  });

  it('of an untitled draft (no path) are the Node build’s', () => {
    const text = readFileSync(join(ROOT, 'media/walkthrough/example-draft.md'), 'utf8');
    const request = { fsPath: '', rules: { 'thin-pillar': 'off' as const } };
    assert.deepEqual(web.check(text, request), node.checkReport(text, request));
  });
});
