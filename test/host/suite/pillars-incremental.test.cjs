// Checks after edits (issue 16): the diagnostics stay exactly a fresh check's through multi-cursor edits, undo
// and redo, on the host's thread and in the worker; an edit that changes no finding does not send the same
// diagnostics to the workbench again; a large draft's findings, shown ahead of the rest of its report, are its
// edited text's; the themes view is given its rows when it is shown.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { checked, closeAll, freshCheck, openDraft, pillarsApi, ruleOf, until } = require('./pillars-helpers.cjs');

const SEVERITY = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

function ours(uri) {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'pillars');
}

function plain(diagnostic) {
  const { start, end } = diagnostic.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${diagnostic.severity} ${ruleOf(diagnostic)} ${diagnostic.message}`;
}

function expected(message) {
  const { start, end } = message.range;
  return `${start.line - 1}:${start.column - 1}-${end.line - 1}:${end.column - 1} ${SEVERITY[message.severity]} ${message.ruleId} ${message.message}`;
}

/** The document's diagnostics once checked as it is now, and a fresh check's of its text. */
async function compare(api, document) {
  const report = await checked(api, document);
  const fresh = await freshCheck(document.getText());
  assert.deepEqual(ours(document.uri).map(plain).sort(), fresh.messages.map(expected).sort(), `v${document.version}`);
  assert.deepEqual(report.coverage, fresh.coverage);
  return report;
}

const BODY = [
  '# Regional cooperation',
  '',
  'The ministry will sign bilateral agreements with neighbouring states [@belarus:cooperative-frameworks].',
  '',
  'Parliament will pass legislation giving the national CSIRT a mandate [@belarus:robust-policies].',
  '',
  'We will host an annual forum with experts from abroad [@belarus:security-forum].',
  '',
].join('\n');

suite('pillars: checks after edits', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  for (const [name, filler] of [
    ['a draft', ''],
    [
      'a large draft (checked in the worker)',
      `${'We will sign a memorandum of understanding with our neighbours and join the regional alliance. '.repeat(8)}\n\n`.repeat(
        140,
      ),
    ],
  ]) {
    test(`${name}: multi-cursor edits, undo and redo leave exactly a fresh check's diagnostics`, async function () {
      this.timeout(120_000);
      const { document, editor } = await openDraft(api, { content: `${BODY}\n${filler}Our partners matter.\n` });
      const before = (await compare(api, document)) && ours(document.uri).map(plain).sort();
      // Three cursors, one edit: two keys become unknown, and a line is added above the third.
      const text = document.getText();
      const at = (needle, shift = 0) => document.positionAt(text.indexOf(needle) + shift);
      editor.selections = [
        new vscode.Selection(at('frameworks]', 10), at('frameworks]', 10)),
        new vscode.Selection(at('policies]', 8), at('policies]', 8)),
        new vscode.Selection(at('We will host'), at('We will host')),
      ];
      // 'type' types into the focused text input when there is one (the workbench's, e.g. a view's filter) and
      // into the active editor only when none has focus: give the editor the focus first.
      await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
      await vscode.commands.executeCommand('type', { text: 'x' });
      assert.equal(
        document.getText().match(/frameworksx\]|policiesx\]|xWe will host/g)?.length,
        3,
        'every cursor typed',
      );
      await compare(api, document);
      assert.ok(ours(document.uri).filter((d) => ruleOf(d) === 'unknown-citation').length >= 2);
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), text, 'undone');
      await compare(api, document);
      assert.deepEqual(ours(document.uri).map(plain).sort(), before, 'as before the edit');
      await vscode.commands.executeCommand('redo');
      await compare(api, document);
      // Edits at both ends at once, one of them a new line that moves every finding down.
      await editor.edit((builder) => {
        builder.insert(new vscode.Position(0, 0), 'Draft\n\n');
        builder.insert(document.positionAt(document.getText().length), '\nWe also cite [@belarus:nope].\n');
      });
      await compare(api, document);
    });
  }

  test('an edit that changes no finding does not set the same diagnostics again; one that moves them does', async function () {
    this.timeout(60_000);
    const { document, editor } = await openDraft(api, {
      content: `${BODY}\nWe also cite [@belarus:nope].\n\nClosing words.\n`,
    });
    // The collection hands back the Diagnostic objects it was last set with: the same ones while nothing changed.
    const before = ours(document.uri);
    assert.ok(before.some((d) => ruleOf(d) === 'unknown-citation'));
    await editor.edit((builder) =>
      builder.insert(document.positionAt(document.getText().indexOf('Closing words')), 'Some '),
    );
    await checked(api, document);
    const after = ours(document.uri);
    assert.equal(after.length, before.length);
    assert.ok(
      after.every((diagnostic, i) => diagnostic === before[i]),
      'the diagnostics were not set again',
    );
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), '\n'));
    await checked(api, document);
    const moved = ours(document.uri);
    assert.ok(
      moved.every((diagnostic) => !before.includes(diagnostic)),
      'the moved diagnostics were set',
    );
    assert.deepEqual(moved.map(plain).sort(), (await freshCheck(document.getText())).messages.map(expected).sort());
  });

  test('a large draft: the findings shown ahead of its report are the edited text’s', async function () {
    this.timeout(120_000);
    const filler = `${'We will sign a memorandum of understanding with our neighbours. '.repeat(12)}\n\n`.repeat(160);
    const { document, editor } = await openDraft(api, { content: `${BODY}\n${filler}Our partners matter.\n` });
    assert.equal(api.lastResult(document.uri).checkedInWorker, true, 'checked in the worker');
    // Every set of diagnostics the workbench is given after the edit, in order, but for the last check's (its
    // change event, which VS Code fires a moment after the collection is set, may come after the edit).
    const before = JSON.stringify(ours(document.uri).map(plain).sort());
    const seen = [];
    const subscriptions = [
      vscode.languages.onDidChangeDiagnostics((event) => {
        const now = ours(document.uri).map(plain).sort();
        if (event.uris.some((uri) => uri.toString() === document.uri.toString()) && JSON.stringify(now) !== before)
          seen.push(now);
      }),
    ];
    try {
      await editor.edit((builder) =>
        builder.insert(document.positionAt(document.getText().indexOf('frameworks]') + 10), 'x'),
      );
      const report = await checked(api, document);
      const fresh = (await freshCheck(document.getText())).messages.map(expected).sort();
      assert.ok(seen.length > 0, 'the diagnostics changed (a key became unknown)');
      for (const diagnostics of seen) assert.deepEqual(diagnostics, fresh);
      assert.deepEqual(report.messages.map(expected).sort(), fresh, 'the report has the same findings');
    } finally {
      for (const subscription of subscriptions) subscription.dispose();
    }
  });

  test('the themes view, once shown, has been given its pillars’ rows', async function () {
    this.timeout(60_000);
    await vscode.commands.executeCommand('pillars.themes.focus');
    await until([api.treeProvider.onDidServeRows], () => api.treeProvider.hasServedRows, 'the pillars’ rows');
  });
});
