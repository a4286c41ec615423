// Diagnostics in the Problems panel, quick fixes, settings, and the workspace check.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  closeAll,
  diagnosticsWhen,
  openDraft,
  pillarsApi,
  ruleOf,
  until,
  workspaceFile,
} = require('./pillars-helpers.cjs');

/** The quick fixes offered at a diagnostic (asked without a kind filter, which would drop them in this host). */
async function fixesFor(document, diagnostic) {
  const actions = await vscode.commands.executeCommand(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
  );
  return actions.filter((action) => action.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/**
 * Applies the fix titled like `title` for the first diagnostic matching `match`, then waits until that diagnostic is
 * gone.
 */
async function applyFix(document, match, title) {
  const diagnostics = await diagnosticsWhen(document.uri, (list) => list.some(match), 'the diagnostic to fix');
  const diagnostic = diagnostics.find(match);
  const actions = await fixesFor(document, diagnostic);
  const action = actions.find((candidate) => title.test(candidate.title));
  assert.ok(action, `no fix like ${title} among ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(action.edit));
  await diagnosticsWhen(
    document.uri,
    (list) => !list.some((d) => d.message === diagnostic.message),
    `"${diagnostic.message}" to go`,
  );
  return action;
}

suite('pillars: diagnostics and quick fixes', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  test('a draft missing pillars gets a warning per pillar, with the rule as code linked to its documentation', async () => {
    const { document } = await openDraft(api, 'ministerial-brief.md');
    const diagnostics = await diagnosticsWhen(document.uri, (list) => list.length > 0, 'diagnostics of the brief');
    const missing = diagnostics.filter((d) => ruleOf(d) === 'missing-pillar');
    assert.equal(missing.length, 2);
    for (const diagnostic of missing) {
      assert.equal(diagnostic.source, 'pillars');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
      assert.match(diagnostic.code.target.toString(), /README\.md#rule-missing-pillar$/);
    }
    assert.ok(missing.some((d) => /Cybersecurity education and research/.test(d.message)));
  });

  test('Insert section for a missing pillar: one undo step', async () => {
    const { document } = await openDraft(api, 'ministerial-brief.md');
    const before = document.getText();
    const action = await applyFix(
      document,
      (d) => ruleOf(d) === 'missing-pillar' && /education/.test(d.message),
      /^Insert section for/,
    );
    assert.equal(action.isPreferred, true);
    assert.match(document.getText(), /## Cybersecurity education and research/);
    await vscode.commands.executeCommand('undo');
    await until(
      [vscode.workspace.onDidChangeTextDocument],
      () => document.getText() === before,
      'one undo to restore the draft',
    );
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => /education/.test(d.message)),
      'the diagnostic to come back after undo',
    );
  });

  test('the quick-fix command (Ctrl+.) applies the preferred fix at the cursor', async () => {
    const { document, editor } = await openDraft(api, 'ministerial-brief.md');
    const [diagnostic] = await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => /education/.test(d.message)),
      'the education finding',
    ).then((list) => list.filter((d) => /education/.test(d.message)));
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    await vscode.commands.executeCommand('editor.action.codeAction', {
      kind: 'quickfix',
      apply: 'first',
      preferred: true,
    });
    // The skeleton is no evidence: the finding moves to its prompt, for the writer to replace.
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => /education/.test(d.message) && /still to be written/.test(d.message)),
      'the education finding to point at the prompt',
    );
    assert.match(document.getText(), /## Cybersecurity education and research/);
  });

  test('Mark a pillar out of scope writes the front matter, and the diagnostic goes', async () => {
    const { document } = await openDraft(api, 'ministerial-brief.md');
    await applyFix(
      document,
      (d) => ruleOf(d) === 'missing-pillar' && /education/.test(d.message),
      /^Mark .* out of scope/,
    );
    assert.match(document.getText(), /^---\npillars:\n {2}skip: \[education\]/);
    const report = api.lastResult(document.uri);
    assert.equal(report.coverage.education.status, 'skipped');
  });

  test('an unknown citation is replaced by a suggested key', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    await applyFix(document, (d) => ruleOf(d) === 'unknown-citation', /^Replace with @belarus:un-gge$/);
    assert.ok(document.getText().includes('[@belarus:un-gge]'));
  });

  test('a misquote is replaced by the claim’s exact words', async () => {
    await vscode.commands.executeCommand('pillars.openExample');
    const document = vscode.window.activeTextEditor.document;
    assert.equal(document.isUntitled, true);
    await applyFix(document, (d) => ruleOf(d) === 'misquote', /^Replace the quotation with the exact words/);
    assert.ok(document.getText().includes(`“${api.knowledgeBase.claim('belarus:robust-policies').text}”`));
  });

  test('per-rule severity settings apply at once, and off removes a rule’s diagnostics', async () => {
    const { document } = await openDraft(api, 'ministerial-brief.md');
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => ruleOf(d) === 'missing-pillar'),
      'missing-pillar diagnostics',
    );
    const settings = vscode.workspace.getConfiguration('pillars');
    try {
      await settings.update('rules', { 'missing-pillar': 'error' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(
        document.uri,
        (list) => list.some((d) => ruleOf(d) === 'missing-pillar' && d.severity === vscode.DiagnosticSeverity.Error),
        'missing-pillar as errors',
      );
      await settings.update('rules', { 'missing-pillar': 'off' }, vscode.ConfigurationTarget.Workspace);
      await diagnosticsWhen(
        document.uri,
        (list) => !list.some((d) => ruleOf(d) === 'missing-pillar'),
        'missing-pillar turned off',
      );
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(
      document.uri,
      (list) => list.some((d) => ruleOf(d) === 'missing-pillar' && d.severity === vscode.DiagnosticSeverity.Warning),
      'defaults again',
    );
  });

  test('a README is not a draft: no diagnostics for it', async () => {
    const readme = workspaceFile('README.md');
    await vscode.workspace.fs.writeFile(readme, Buffer.from('# Project\n\nNothing about any pillar.\n'));
    try {
      const opened = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
      // Checks run in the order documents open: once the draft opened after it is checked, the README would have been
      // too.
      await openDraft(api, 'ministerial-brief.md');
      assert.deepEqual(vscode.languages.getDiagnostics(opened.document.uri), []);
      assert.equal(api.lastResult(readme), undefined);
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(readme);
    }
  });

  test('Check All Drafts in Workspace fills the Problems panel for drafts never opened, and skips excluded files', async () => {
    // Fresh files: VS Code may keep a closed editor's document (and so its problems) for a while.
    const draft = workspaceFile('drafts/unopened-note.md');
    const template = workspaceFile('.github/ISSUE_TEMPLATE/note.md');
    const note = '# Unopened note\n\nWe thank our partners for their comments on the first draft.\n';
    await vscode.workspace.fs.writeFile(draft, Buffer.from(note));
    await vscode.workspace.fs.writeFile(template, Buffer.from(note));
    try {
      assert.deepEqual(vscode.languages.getDiagnostics(draft), []);
      await vscode.commands.executeCommand('pillars.checkWorkspace');
      const missing = vscode.languages.getDiagnostics(draft).filter((d) => ruleOf(d) === 'missing-pillar');
      assert.equal(missing.length, 4, 'one passing mention is not coverage: all four pillars missing');
      assert.ok(api.lastResult(workspaceFile('national-strategy.md')), 'the strategy was checked');
      assert.deepEqual(vscode.languages.getDiagnostics(template), [], '.github is excluded by default');
      assert.equal(api.lastResult(template), undefined);
    } finally {
      await vscode.workspace.fs.delete(workspaceFile('drafts'), { recursive: true });
      await vscode.workspace.fs.delete(workspaceFile('.github'), { recursive: true });
    }
  });
});
