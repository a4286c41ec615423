// The themes view and the status bar, for drafts of the example workspace.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { checked, closeAll, openDraft, pillarsApi, until } = require('./pillars-helpers.cjs');

async function pillarRows(api) {
  const [source] = await api.treeProvider.getChildren();
  const themes = await api.treeProvider.getChildren(source);
  return {
    source,
    themes,
    pillars: themes.filter((node) => node.contextValue === 'pillar' || node.contextValue === 'missingPillar'),
  };
}

suite('pillars: themes view and status bar', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  test('shows the source, its four pillars first, then context and conclusion, with a covered draft’s coverage', async () => {
    await openDraft(api, 'national-strategy.md');
    const { source, themes, pillars } = await pillarRows(api);
    assert.match(source.label, /^Belarus’s approach/);
    assert.deepEqual(
      themes.map((node) => node.label),
      [
        'Building partnerships',
        'Effective policy implementation',
        'Promoting dialogue and expertise',
        'Cybersecurity education and research',
        'Context',
        'Conclusion',
      ],
    );
    for (const row of pillars) {
      assert.match(row.description, /^covered · /, `${row.label}: ${row.description}`);
      assert.equal(row.iconPath.id, 'pass');
    }
    assert.equal(pillars[1].description, 'covered · 1 citation, §3');
    assert.equal(api.statusBar().text, '$(pass) Pillars 4/4');
    assert.equal(api.statusBar().visible, true);
  });

  test('follows the active draft: missing and thin pillars of the brief', async () => {
    const { document } = await openDraft(api, 'ministerial-brief.md');
    // The tree follows the brief once it shows the brief's report of its text as it is now (not an older one).
    await until(
      [api.treeProvider.onDidChangeTreeData, api.onDidCheck],
      () => {
        const draft = api.treeProvider.currentDraft;
        return (
          draft?.uri.toString() === document.uri.toString() &&
          draft.report?.version === document.version &&
          draft.report === api.lastResult(document.uri)
        );
      },
      'the tree to follow the brief',
    );
    assert.equal(document.isDirty, false, 'the brief as it is on disk (no earlier test left it edited)');
    const { pillars } = await pillarRows(api);
    const byLabel = Object.fromEntries(pillars.map((row) => [row.label, row]));
    assert.match(byLabel['Cybersecurity education and research'].description, /^missing · /);
    assert.equal(byLabel['Cybersecurity education and research'].iconPath.id, 'error');
    assert.match(
      byLabel['Promoting dialogue and expertise'].description,
      /^missing · mentioned in passing \(“summit”\)/,
    );
    assert.match(byLabel['Effective policy implementation'].description, /^(thin|covered) · /);
    assert.match(api.statusBar().text, /Pillars [0-3]\/4$/);
  });

  test('a pillar lists its claims and, apart, the evidence in the draft; evidence reveals its place', async () => {
    const { document } = await openDraft(api, 'national-strategy.md');
    const { pillars } = await pillarRows(api);
    const children = await api.treeProvider.getChildren(pillars[0]);
    const claims = children.filter((node) => node.contextValue === 'claim');
    assert.deepEqual(
      claims.map((node) => node.description.split(' ')[0]),
      ['@belarus:no-nation-alone', '@belarus:cooperative-frameworks', '@belarus:un-gge', '@belarus:multilateral-trust'],
    );
    assert.match(claims[2].description, /cited/);
    const group = children.find((node) => node.contextValue === 'evidenceGroup');
    assert.equal(group.label, 'Evidence in draft');
    const evidence = await api.treeProvider.getChildren(group);
    assert.ok(evidence.length >= 2);
    const citation = evidence.find((node) => node.label === '@belarus:un-gge');
    assert.ok(citation, 'the citation of un-gge is evidence');
    await vscode.commands.executeCommand(citation.command.command, ...citation.command.arguments);
    const editor = await until(
      [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && !active.selection.isEmpty ? active : undefined;
      },
      'the evidence to be selected in the draft',
    );
    assert.equal(editor.document.getText(editor.selection), '@belarus:un-gge');
  });

  test('clicking a claim opens the source read-only with its sentence selected; the tree keeps the draft', async () => {
    const { document } = await openDraft(api, 'national-strategy.md');
    const { pillars } = await pillarRows(api);
    const [claim] = (await api.treeProvider.getChildren(pillars[3])).filter((node) => node.contextValue === 'claim');
    await vscode.commands.executeCommand(claim.command.command, ...claim.command.arguments);
    const editor = await until(
      [vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.scheme === 'cooperation-pillars' ? active : undefined;
      },
      'the source to open',
    );
    const sentence = api.knowledgeBase.claim('belarus:skilled-workforce').text;
    assert.equal(editor.document.getText(editor.selection), sentence);
    // Typing into the source's editor does nothing: it is read-only.
    const before = editor.document.getText();
    await vscode.commands.executeCommand('type', { text: 'typed by accident' });
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.isDirty, false);
    assert.equal(api.activeDraft()?.toString(), document.uri.toString());
    assert.equal(api.statusBar().visible, false, 'the status bar hides while the source is active');
  });

  test('with no draft open still shows the source’s themes and claims, without coverage', async () => {
    await openDraft(api, 'national-strategy.md');
    await closeAll();
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.treeProvider.currentDraft === undefined,
      'the tree to let the draft go',
    );
    const { themes, pillars } = await pillarRows(api);
    assert.equal(themes.length, 6);
    for (const row of pillars) assert.equal(row.description, undefined, `${row.label} shows no coverage`);
    const claims = (await api.treeProvider.getChildren(pillars[0])).filter((node) => node.contextValue === 'claim');
    assert.equal(claims.length, api.knowledgeBase.claimsOfPillar('partnerships').length);
    assert.equal(
      (await api.treeProvider.getChildren()).some((node) => node.contextValue === 'citedGroup'),
      false,
    );
    assert.match(api.themesView().message, /Open a Markdown draft/);
    assert.equal(api.statusBar().visible, false);
  });

  test('updates as the draft is edited', async () => {
    const { document, editor } = await openDraft(api, { content: '# Note\n\nNothing yet.\n' });
    assert.equal((await pillarRows(api)).pillars[3].description, 'missing · no evidence');
    await editor.edit((builder) =>
      builder.insert(
        document.positionAt(document.getText().length),
        '\nWe fund university curricula and a national skills programme for the cyber workforce [@belarus:skilled-workforce].\n',
      ),
    );
    await checked(api, document);
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.treeProvider.currentDraft?.report?.version === document.version,
      'the tree to show the edit',
    );
    assert.match((await pillarRows(api)).pillars[3].description, /^covered · 1 citation/);
  });
});
