// Shared by the extension's host tests (not a test file itself: index.cjs loads only *.test.cjs).
// Everything waits on events with a deadline; nothing sleeps.
const assert = require('node:assert/strict');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const vscode = require('vscode');

const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';
// Generous: a loaded 2-core machine can take seconds to re-check after an edit. Events end the wait early.
const WAIT_MS = 25_000;

/** The extension's API (activate() returns it). */
async function pillarsApi() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  const api = await extension.activate();
  assert.ok(api, 'activate() returned no API: see the Cooperation Pillars log');
  return api;
}

/**
 * Resolves when `ready()` returns a truthy value: at once, or after one of `events` fires. Rejects after a
 * deadline, saying what was awaited.
 */
function until(events, ready, what, ms = WAIT_MS) {
  return new Promise((resolve, reject) => {
    const subscriptions = [];
    const finish = (error, value) => {
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      if (error) reject(error);
      else resolve(value);
    };
    const test = () => {
      try {
        const value = ready();
        if (value) finish(undefined, value);
      } catch (error) {
        finish(error);
      }
    };
    const timer = setTimeout(() => finish(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    for (const event of events) subscriptions.push(event(test));
    test();
  });
}

function workspaceFile(name) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, name);
}

/** The report of the document as it is now, once the checker has published it. */
async function checked(api, document) {
  return until(
    [api.onDidCheck],
    () => {
      const report = api.lastResult(document.uri);
      return report && report.version === document.version ? report : undefined;
    },
    `a check of ${document.uri.toString(true)} v${document.version}`,
  );
}

/** Diagnostics of a document once `predicate` holds for them. */
function diagnosticsWhen(uri, predicate, what) {
  return until(
    [vscode.languages.onDidChangeDiagnostics],
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'pillars');
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    what,
  );
}

/** Opens a workspace file (or an untitled Markdown document with `content`) in an editor and waits for its check. */
async function openDraft(api, nameOrContent) {
  const document =
    typeof nameOrContent === 'string'
      ? await vscode.workspace.openTextDocument(workspaceFile(nameOrContent))
      : await untitledDraft(nameOrContent.content);
  const editor = await vscode.window.showTextDocument(document);
  const report = await checked(api, document);
  return { document, editor, report };
}

/**
 * A new untitled Markdown document with `content`. The workbench opens an untitled document from a backup of its
 * name (Untitled-1) when it finds one, before its initial text, and a backup of the earlier document of that name
 * can outlive it (seen in the web worker extension host on a loaded machine: a draft opened with the text of the
 * previous test's). Then this one is reverted, which discards that backup, closed and opened again.
 */
async function untitledDraft(content) {
  for (let attempt = 1; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
    if (document.getText() === content) return document;
    const name = document.uri.toString(true);
    assert.ok(attempt < 5, `${name} opened with an earlier document's text ${attempt} times`);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until([vscode.workspace.onDidCloseTextDocument], () => document.isClosed, `${name} to close`);
  }
}

/**
 * Closes every editor without saving (reverting first, so no save dialog can block the run), then waits for the
 * untitled documents to be disposed: VS Code disposes a closed untitled document a moment later, and until then
 * the next untitled document opened can get its name (Untitled-1) and be taken for it, or be cleared when the
 * old one's close arrives (slow hosts, e.g. the web worker extension host on a loaded machine).
 */
async function closeAll() {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    if (!vscode.window.activeTextEditor) await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  }
  // closeAllEditors closes a dirty editor without reverting it (the workbench keeps the edits as a backup):
  // the next test would open a workspace file's edited text. Show each such file again and revert it.
  for (let i = 0; i < 20; i++) {
    const dirty = vscode.workspace.textDocuments.find((d) => d.isDirty && !d.isClosed && !d.isUntitled);
    if (!dirty) break;
    try {
      await vscode.window.showTextDocument(dirty);
    } catch {
      // "Could NOT open editor … because another editor opened in the meantime": the next round tries again.
      continue;
    }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await until(
    [vscode.workspace.onDidCloseTextDocument],
    () => !vscode.workspace.textDocuments.some((d) => d.isUntitled),
    'untitled documents to close',
  );
}

function ruleOf(diagnostic) {
  return typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
}

/** The text of Hover contents (MarkdownString or string), backslash escapes removed. */
function hoverText(hovers) {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

function unescapeMarkdown(text) {
  return text.replace(/\\(.)/g, '$1');
}

/** The position just after the first occurrence of `needle` (plus `shift` characters). */
function positionOf(document, needle, shift = 0) {
  const offset = document.getText().indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" not found in ${document.uri.toString(true)}`);
  return document.positionAt(offset + shift);
}

/** A fresh check of `text` in a thread of its own (the extension's worker script and engine, cold), as plain data. */
function freshCheck(text) {
  const { extensionPath } = vscode.extensions.getExtension(EXTENSION_ID);
  const worker = new Worker(path.join(extensionPath, 'dist', 'worker.cjs'));
  return new Promise((resolve, reject) => {
    // The worker loads dist/engine.cjs beside it; `unavailable` says it could not. `ready`, `started` and the
    // findings sent ahead (`partial`) come first. One message at a time (`once`: the web suite's Worker has no `on`).
    const next = () =>
      worker.once('message', (response) => {
        if (!('id' in response) || 'partial' in response) return next();
        if (response.report) resolve(response.report);
        else reject(new Error(response.error ?? response.unavailable));
      });
    next();
    worker.once('error', reject);
    worker.postMessage({ id: 1, text, request: { rules: {} } });
  }).finally(() => worker.terminate());
}

module.exports = {
  EXTENSION_ID,
  checked,
  closeAll,
  diagnosticsWhen,
  freshCheck,
  hoverText,
  openDraft,
  pillarsApi,
  positionOf,
  ruleOf,
  unescapeMarkdown,
  until,
  workspaceFile,
};
