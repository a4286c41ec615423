// The first suite of the web run: it runs in the browser's web worker extension host, without Node, against the
// installed package's browser build. A silent fall-back to the Node host (or to the Node build) fails here.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { checked, closeAll, openDraft, pillarsApi, workspaceFile } = require('../host/suite/pillars-helpers.cjs');

const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';

suite('web worker extension host', () => {
  teardown(closeAll);

  test('the suite runs in a web worker, without Node', () => {
    assert.equal(typeof globalThis.process, 'undefined', 'process is defined: this is a Node extension host');
    assert.equal(typeof globalThis.WorkerGlobalScope, 'function', 'not in a worker');
    assert.ok(globalThis instanceof globalThis.WorkerGlobalScope, 'not in a worker');
    assert.equal(typeof globalThis.importScripts, 'function');
  });

  test('the installed package’s browser build is active, in the web worker', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} not found`);
    // Installed extensions live in folders named <publisher>.<name>-<version>: not the repository.
    assert.match(extension.extensionUri.path, /\/cooperation-pillars\.cooperation-pillars-[^/]+$/);
    assert.equal(extension.extensionKind, vscode.ExtensionKind.UI, 'a web extension runs where the UI is');
    await pillarsApi();
    assert.equal(extension.isActive, true);
    for (const file of [extension.packageJSON.browser, 'dist/web-worker.js']) {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension.extensionUri, file));
      assert.ok(stat.size > 0, `${file} is empty`);
    }
  });

  test('a draft of the workspace is checked, on its remote file system', async () => {
    const api = await pillarsApi();
    const { document, report } = await openDraft(api, 'national-strategy.md');
    assert.equal(document.uri.scheme, 'vscode-remote', 'the workspace is not a virtual one: the test proves nothing');
    assert.equal(report.notChecked, undefined);
    assert.ok(
      Object.values(report.coverage).some((pillar) => pillar.covered),
      'no pillar covered',
    );
  });

  test('a draft’s bibliography is read through the workspace’s file system, and read again when it changes', async () => {
    const api = await pillarsApi();
    const refs = workspaceFile('web-refs.json');
    const draft = workspaceFile('web-bibliography.md');
    const write = (uri, text) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write(refs, JSON.stringify([{ id: 'smith2020', type: 'book', title: 'Cyber diplomacy' }]));
    await write(
      draft,
      '---\nbibliography: web-refs.json\n---\n\n# Draft\n\nWe join the forum [@belarus:security-forum], as [@smith2020] and [@doe2021] argue.\n',
    );
    try {
      const { document, report } = await openDraft(api, 'web-bibliography.md');
      const unknown = report.messages
        .filter((message) => message.ruleId === 'unknown-citation')
        .map((message) => message.message);
      assert.equal(unknown.length, 1, unknown.join('\n'));
      assert.match(
        unknown[0],
        /@doe2021 is neither a claim of the source nor an entry of the draft's bibliography \(`web-refs.json`\)/,
      );
      // The bibliography gains the entry: the next check reads it again (the Node build stats it on each check).
      await write(
        refs,
        JSON.stringify([
          { id: 'smith2020', type: 'book', title: 'A' },
          { id: 'doe2021', type: 'report', title: 'B' },
        ]),
      );
      const edit = new vscode.WorkspaceEdit();
      edit.insert(document.uri, new vscode.Position(document.lineCount, 0), '\nMore.\n');
      await vscode.workspace.applyEdit(edit);
      const again = await checked(api, document);
      assert.deepEqual(
        again.messages.filter((message) => message.ruleId === 'unknown-citation'),
        [],
      );
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(draft);
      await vscode.workspace.fs.delete(refs);
    }
  });
});
