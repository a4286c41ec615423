// Reliability in the editor: quick fixes on unsaved drafts (LF and CRLF) touch nothing outside their range,
// the Problems panel ends up exactly right after hundreds of quick edits, and a draft over pillars.maxFileSize
// is not checked (and says so). Everything waits on events with a deadline; nothing sleeps.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  checked,
  closeAll,
  diagnosticsWhen,
  freshCheck,
  openDraft,
  pillarsApi,
  ruleOf,
  until,
  workspaceFile,
} = require('./pillars-helpers.cjs');

// Findings of every rule with quick fixes (two missing pillars, a misquote, an unknown key), and characters
// outside the Basic Multilingual Plane before and after them, where an offset off by one would show.
const FIXES_DRAFT = [
  '# Regional cyber cooperation – draft note ✍️',
  '',
  'The ministry will sign bilateral agreements and memoranda of understanding with neighbouring states, and it will join the regional alliance of national CSIRTs.',
  '',
  'As the essay puts it, "no nation can fight cyber threats alone" [@belarus:no-nation-alone].',
  '',
  'Parliament will pass legislation giving the national CSIRT a mandate and creating a regulator [@belarus:robust-policies].',
  '',
  'We also rely on the forum [@belarus:security-forun].',
  '',
  '## Conclusion',
  '',
  'Next steps follow – café talks aside 😀.',
  '',
].join('\n');

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'pillars');
}

/** The quick fixes offered at a diagnostic (asked without a kind filter, which would drop them in this host). */
async function fixesAt(document, diagnostic) {
  const actions = await vscode.commands.executeCommand(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
  );
  return actions.filter((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/** Replaces the whole text (one edit), keeping the document unsaved. */
async function setText(document, text) {
  if (document.getText() === text) return;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(
    document.uri,
    new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
    text,
  );
  assert.ok(await vscode.workspace.applyEdit(edit), 'the editor took the edit');
  assert.equal(document.getText(), text);
}

/** Opens a workspace draft written with `eol` line breaks and edits it without saving. */
async function unsavedDraft(api, name, eol) {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, Buffer.from(FIXES_DRAFT.replace(/\n/g, eol)));
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  assert.equal(document.eol, eol === '\r\n' ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF);
  const firstParagraph = document.lineAt(2).range.end;
  assert.ok(await editor.edit((builder) => builder.insert(firstParagraph, ' Not saved yet: “draft”.')));
  assert.equal(document.isDirty, true);
  await checked(api, document);
  return document;
}

/** Applies every quick fix offered, one at a time on the same unsaved text, and compares the text around it. */
async function everyFixKeepsTheRest(api, document, eol) {
  const base = document.getText();
  // Every fix the checker attached to a message: each must be offered at its diagnostic.
  const offered = api
    .lastResult(document.uri)
    .messages.flatMap((message) =>
      message.fixes.map((fix) => ({ message: message.message, title: fix.title, edits: fix.edits })),
    );
  assert.ok(offered.length >= 6, `fixes: ${offered.map((fix) => fix.title).join('; ')}`);
  for (const fix of offered) {
    await setText(document, base);
    await checked(api, document);
    const diagnostic = ours(document.uri).find((d) => d.message === fix.message);
    assert.ok(diagnostic, `"${fix.message}" is in the Problems panel`);
    const action = (await fixesAt(document, diagnostic)).find((candidate) => candidate.title === fix.title);
    assert.ok(action, `"${fix.title}" is offered at its diagnostic`);
    const entries = action.edit.entries();
    assert.deepEqual(
      entries.map(([uri]) => uri.toString()),
      [document.uri.toString()],
      `${fix.title}: edits the draft only`,
    );
    // The fix's range as the checker meant it (offsets into the text it checked), not as the editor's edit says.
    const start = Math.min(...fix.edits.map((edit) => edit.start));
    const end = Math.max(...fix.edits.map((edit) => edit.end));
    let expected = base;
    for (const edit of [...fix.edits].sort((a, b) => b.start - a.start))
      expected = expected.slice(0, edit.start) + edit.newText + expected.slice(edit.end);
    assert.ok(await vscode.workspace.applyEdit(action.edit), `${fix.title}: applied`);
    const after = document.getText();
    assert.equal(document.isDirty, true);
    assert.equal(after.slice(0, start), base.slice(0, start), `${fix.title}: the text before the fix is unchanged`);
    assert.equal(
      after.slice(after.length - (base.length - end)),
      base.slice(end),
      `${fix.title}: the text after the fix is unchanged`,
    );
    assert.equal(after, expected, `${fix.title}: the draft is exactly the checker's fix applied`);
    if (eol === '\r\n')
      assert.doesNotMatch(after, /[^\r]\n|\r(?!\n)/, `${fix.title}: only CRLF line breaks in a CRLF draft`);
    else assert.doesNotMatch(after, /\r/, `${fix.title}: no CR in an LF draft`);
    const report = await checked(api, document);
    assert.ok(
      !report.messages.some((message) => message.message === fix.message),
      `${fix.title}: clears "${fix.message}"`,
    );
  }
  return offered.length;
}

function plainDiagnostic(diagnostic) {
  const { start, end } = diagnostic.range;
  return {
    range: [start.line, start.character, end.line, end.character],
    severity: diagnostic.severity,
    code: ruleOf(diagnostic),
    message: diagnostic.message,
  };
}

function expectedDiagnostic(message) {
  const { start, end } = message.range;
  return {
    range: [start.line - 1, start.column - 1, end.line - 1, end.column - 1],
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    message: message.message,
  };
}

function byPlace(a, b) {
  return (
    a.range.join(',').localeCompare(b.range.join(','), undefined, { numeric: true }) ||
    a.message.localeCompare(b.message)
  );
}

/** Types `text` at the end of the draft one character at a time, with backspaces and edits elsewhere between. */
async function typeQuickly(editor, text, { refreshEvery = 60 } = {}) {
  const document = editor.document;
  let edits = 0;
  const end = () => document.positionAt(document.getText().length);
  for (const [i, character] of [...text].entries()) {
    if (i % 7 === 3) {
      // A typo and its backspace.
      assert.ok(await editor.edit((builder) => builder.insert(end(), 'x')));
      const last = end();
      assert.ok(await editor.edit((builder) => builder.delete(new vscode.Range(last.translate(0, -1), last))));
      edits += 2;
    }
    if (i % 25 === 10) {
      // An edit elsewhere, through a WorkspaceEdit: a word added to the title and taken away again.
      const insert = new vscode.WorkspaceEdit();
      insert.insert(document.uri, new vscode.Position(0, 2), 'Draft ');
      assert.ok(await vscode.workspace.applyEdit(insert));
      const remove = new vscode.WorkspaceEdit();
      remove.delete(document.uri, new vscode.Range(0, 2, 0, 8));
      assert.ok(await vscode.workspace.applyEdit(remove));
      edits += 2;
    }
    assert.ok(await editor.edit((builder) => builder.insert(end(), character)));
    edits++;
    // Checks asked for in the middle of typing (Refresh), racing the edits; their results must be dropped.
    if (i % refreshEvery === refreshEvery - 1) void vscode.commands.executeCommand('pillars.refresh');
  }
  return edits;
}

const TYPED = [
  '',
  '## Education and research',
  '',
  'Universities will update curricula and train a skilled workforce [@belarus:skilled-workforce], and the',
  'essay says "Belarus recognizes that no nation can combat cyber threats in isolation" [@belarus:no-nation-alone; @belarus:un-gg].',
  '',
  '- An annual forum [@',
  '- Roundtables with CSIRTs',
  '',
].join('\n');

suite('pillars: reliability in the editor', () => {
  let api;
  const unhandled = [];
  const onUnhandled = (reason) => unhandled.push(reason);
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
    process.on('unhandledRejection', onUnhandled);
  });
  suiteTeardown(() => process.off('unhandledRejection', onUnhandled));
  teardown(closeAll);

  /** Rejections from the extension's code (other extensions in the host are not ours to judge). */
  function ourUnhandled() {
    return unhandled.filter((reason) => /(?:extension|engine)\.cjs/.test(String(reason?.stack ?? reason)));
  }

  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ]) {
    test(`every quick fix on an unsaved ${name} draft changes only its own range`, async function () {
      this.timeout(240_000);
      const file = `reliability-fixes-${name.toLowerCase()}.md`;
      try {
        const document = await unsavedDraft(api, file, eol);
        const count = await everyFixKeepsTheRest(api, document, eol);
        assert.ok(count >= 6);
      } finally {
        await closeAll();
        await vscode.workspace.fs.delete(workspaceFile(file));
      }
    });
  }

  for (const [name, filler] of [
    ['a draft', ''],
    // Over the worker threshold (100 000 characters): checks take longer and finish out of step with the edits.
    [
      'a large draft (checked in the worker)',
      `${'We will sign a memorandum of understanding with our neighbours and join the regional alliance. '.repeat(8)}\n\n`.repeat(
        140,
      ),
    ],
  ]) {
    test(`after hundreds of quick edits to ${name}, the Problems panel is exactly a fresh check of the final text`, async function () {
      this.timeout(240_000);
      const failures = api.failureCount();
      const { document, editor } = await openDraft(api, {
        content: `# Notes on cooperation\n\n${filler}Our partners matter.\n`,
      });
      const edits = await typeQuickly(editor, TYPED);
      assert.ok(edits >= 300, `${edits} edits`);
      const text = document.getText();
      assert.ok(text.endsWith(TYPED), 'every character typed arrived');
      const report = await checked(api, document);
      assert.equal(report.length, text.length);
      assert.equal(report.checkedInWorker, filler !== '', `where a text of ${text.length} characters was checked`);
      const fresh = await freshCheck(text);
      const expected = fresh.messages.map(expectedDiagnostic).sort(byPlace);
      assert.ok(
        expected.some((d) => d.code === 'unknown-citation'),
        'the final text has findings to compare',
      );
      assert.deepEqual(ours(document.uri).map(plainDiagnostic).sort(byPlace), expected);
      assert.deepEqual(report.coverage, fresh.coverage);
      assert.equal(api.failureCount(), failures, 'no failure was logged');
      assert.deepEqual(ourUnhandled(), [], 'no unhandled rejection');
    });
  }

  test('a draft over pillars.maxFileSize is not checked: no diagnostics, “not checked” in the status bar and the tree', async function () {
    this.timeout(120_000);
    const settings = vscode.workspace.getConfiguration('pillars');
    const failures = api.failureCount();
    const { document, editor } = await openDraft(api, 'national-strategy.md');
    assert.ok(Buffer.byteLength(document.getText()) > 1024);
    const typo = new vscode.WorkspaceEdit();
    typo.insert(document.uri, document.lineAt(document.lineCount - 1).range.end, '\n\nSee [@belarus:un-ggee].\n');
    assert.ok(await vscode.workspace.applyEdit(typo));
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => ruleOf(d) === 'unknown-citation'),
      'the unknown key’s diagnostic',
    );
    try {
      await settings.update('maxFileSize', 1, vscode.ConfigurationTarget.Workspace);
      const report = await until(
        [api.onDidCheck],
        () => api.lastResult(document.uri)?.notChecked?.reason === 'too-large' && api.lastResult(document.uri),
        'the draft to be reported too large',
      );
      assert.match(report.notChecked.message, /over the 1\.0 KB limit of pillars\.maxFileSize: not checked/);
      await diagnosticsWhen(document.uri, (list) => list.length === 0, 'its diagnostics to go');
      assert.equal(api.statusBar().text, '$(circle-slash) Pillars: not checked (too large)');
      assert.equal(api.statusBar().visible, true);
      assert.doesNotMatch(api.statusBar().accessibilityLabel, /\\|\*\*/, 'a screen reader gets words, not Markdown');
      const [source] = await api.treeProvider.getChildren();
      const pillars = (await api.treeProvider.getChildren(source)).filter((node) => node.contextValue === 'pillar');
      assert.deepEqual(
        pillars.map((row) => row.description),
        Array(4).fill('not checked (too large)'),
      );
      // Typing on: still not checked, still no diagnostics, nothing fails.
      for (let i = 0; i < 20; i++)
        assert.ok(await editor.edit((builder) => builder.insert(document.lineAt(0).range.end, '!')));
      const later = await checked(api, document);
      assert.equal(later.notChecked?.reason, 'too-large');
      assert.deepEqual(ours(document.uri), []);
    } finally {
      await settings.update('maxFileSize', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => ruleOf(d) === 'unknown-citation'),
      'diagnostics again under the default limit',
    );
    assert.equal(api.lastResult(document.uri).notChecked, undefined);
    assert.equal(api.failureCount(), failures, 'no failure was logged');
  });

  test('a draft the checker cannot check (nested too deeply) is shown as not checked, with the reason', async () => {
    const failures = api.failureCount();
    const { document, report } = await openDraft(api, {
      content: `# Deep\n\n${'> '.repeat(150)}partners [@belarus:nope]\n`,
    });
    assert.equal(report.notChecked?.reason, 'too-deep');
    assert.match(report.notChecked.message, /nested 150 levels deep, over the limit of 100/);
    assert.deepEqual(ours(document.uri), []);
    assert.equal(api.statusBar().text, '$(circle-slash) Pillars: not checked (nested too deeply)');
    assert.equal(api.statusBar().visible, true);
    assert.equal(api.failureCount(), failures, 'a draft too deep is the writer’s to fix, not a failure');
  });

  test('a setting of the wrong kind is named with where it is set, and the defaults keep working', async function () {
    this.timeout(120_000);
    const settings = vscode.workspace.getConfiguration('pillars');
    const { document } = await openDraft(api, 'ministerial-brief.md');
    try {
      await settings.update(
        'rules',
        { 'missing-pilar': 'error', misquote: 'loud' },
        vscode.ConfigurationTarget.Workspace,
      );
      await until([api.onDidCheck], () => api.settingsProblems().length >= 2, 'the settings problems');
      assert.deepEqual(api.settingsProblems().sort(), [
        'pillars.rules in workspace settings: "missing-pilar" is not a rule (did you mean "missing-pillar"?): ignored.',
        'pillars.rules in workspace settings: the string "loud" is not a severity for "misquote" (use error, warning, info or off): ignored.',
      ]);
      const report = await checked(api, document);
      const missing = report.messages.filter((message) => message.ruleId === 'missing-pillar');
      assert.ok(
        missing.length > 0 && missing.every((message) => message.severity === 'warning'),
        'missing-pillar keeps its default severity',
      );
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until([api.onDidCheck], () => api.settingsProblems().length === 0, 'no settings problems once fixed');
  });
});
