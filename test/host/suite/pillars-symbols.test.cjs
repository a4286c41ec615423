// Citation keys as symbols (definition, references, links, completion by words), the "Cited in this draft"
// section, and the editor defects of issue 14, each as a user meets it in the workbench.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { checked, closeAll, openDraft, pillarsApi, positionOf, until, workspaceFile } = require('./pillars-helpers.cjs');

const SOURCE = 'cooperation-pillars:/belarus-cyber-cooperation.md';

function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(document, position, trigger) {
  const list = await vscode.commands.executeCommand(
    'vscode.executeCompletionItemProvider',
    document.uri,
    position,
    trigger,
  );
  return list.items;
}

/** Applies a completion item as VS Code does on accept: its text over its range. */
async function accept(editor, item) {
  const range = item.range.replacing ?? item.range;
  const text = typeof item.insertText === 'string' ? item.insertText : item.insertText.value;
  await editor.edit((builder) => builder.replace(range, text));
  const end = editor.document.offsetAt(range.start) + text.length;
  editor.selection = new vscode.Selection(editor.document.positionAt(end), editor.document.positionAt(end));
}

/** Whether `promise` settles within `ms` (a deadline, not a pause: it ends as soon as the promise does). */
function settledWithin(promise, ms) {
  let timer;
  return Promise.race([
    promise.then(
      () => true,
      () => true,
    ),
    new Promise((resolve) => (timer = setTimeout(() => resolve(false), ms))),
  ]).finally(() => clearTimeout(timer));
}

async function rootRows(api) {
  return api.treeProvider.getChildren();
}

async function pillarRows(api) {
  const [source] = await rootRows(api);
  return (await api.treeProvider.getChildren(source)).filter((node) => node.theme?.pillar);
}

suite('pillars: keys as symbols, and the editor defects', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  test('Go to Definition on a key opens the claim’s sentence in the source, in the active group', async () => {
    const { document, editor } = await openDraft(api, 'citing-the-source.md');
    const at = positionOf(document, '@belarus:security-forum', 6);
    const links = await vscode.commands.executeCommand('vscode.executeDefinitionProvider', document.uri, at);
    assert.equal(links.length, 1);
    const target = links[0].targetUri ?? links[0].uri;
    assert.equal(target.toString(), SOURCE);
    const source = await vscode.workspace.openTextDocument(target);
    assert.equal(
      source.getText(links[0].targetRange ?? links[0].range),
      api.knowledgeBase.claim('belarus:security-forum').text,
    );

    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const shown = await until(
      [vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === SOURCE ? active : undefined;
      },
      'the source to open on F12',
    );
    assert.equal(shown.document.getText(shown.selection), api.knowledgeBase.claim('belarus:security-forum').text);
    assert.equal(vscode.window.tabGroups.all.length, 1, 'no second editor group');
  });

  test('Find All References lists a claim’s citations in every draft of the workspace, from a key and from the tree', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    const locations = await vscode.commands.executeCommand(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, '@belarus:no-nation-alone', 4),
    );
    const files = locations.map((location) => location.uri.path.split('/').pop()).sort();
    assert.deepEqual(
      locations
        .filter((l) => l.uri.scheme !== 'cooperation-pillars')
        .map((l) => l.uri.path.split('/').pop())
        .sort(),
      ['citing-the-source.md', 'national-strategy.md'],
    );
    assert.ok(files.includes('belarus-cyber-cooperation.md'), 'with the claim itself as the declaration');
    for (const location of locations.filter((l) => l.uri.scheme !== 'cooperation-pillars')) {
      const text = (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
      assert.equal(text, '@belarus:no-nation-alone');
    }
    const [source] = await rootRows(api);
    const partnerships = (await api.treeProvider.getChildren(source)).find(
      (node) => node.theme?.pillar === 'partnerships',
    );
    const row = (await api.treeProvider.getChildren(partnerships)).find(
      (node) => node.claim?.key === 'belarus:no-nation-alone',
    );
    const fromTree = await vscode.commands.executeCommand('pillars.findReferences', row);
    assert.deepEqual(fromTree.map((location) => location.uri.path.split('/').pop()).sort(), [
      'citing-the-source.md',
      'national-strategy.md',
    ]);
  });

  test('each known key is a document link to its claim; unknown keys are not', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    const links = await vscode.commands.executeCommand('vscode.executeLinkProvider', document.uri);
    const ours = links.filter(
      (link) => link.target?.scheme === 'command' && link.target.path === 'pillars.revealInSource',
    );
    const texts = ours.map((link) => document.getText(link.range));
    assert.ok(texts.includes('@belarus:security-forum'), texts.join(', '));
    assert.ok(!texts.includes('@belarus:un-ggee'), 'an unknown key links nowhere');
  });

  test('completion finds claims by any word, best first, and leaves the cursor after the closing bracket', async () => {
    const { document, editor } = await openDraft(api, {
      content: '# Note\n\nWe run events [@semin]\n\nAnd protect [@infra\n',
    });
    const seminars = (await completionsAt(document, positionOf(document, '[@semin', 7), undefined)).filter(
      (item) => item.kind === vscode.CompletionItemKind.Reference,
    );
    assert.deepEqual(seminars.map(labelOf), ['belarus:dialogue-events'], 'only the claim holding the word');
    assert.match(seminars[0].label.description, /seminars/);
    assert.equal(seminars[0].detail, 'Pillar: Promoting dialogue and expertise');
    await accept(editor, seminars[0]);
    assert.equal(
      document.lineAt(2).text,
      'We run events [@belarus:dialogue-events]',
      'the bracket VS Code closed is typed over, not doubled',
    );
    assert.equal(editor.selection.active.character, document.lineAt(2).text.length, 'the cursor is after ]');

    const infra = (await completionsAt(document, positionOf(document, '[@infra', 7), undefined)).filter(
      (item) => item.kind === vscode.CompletionItemKind.Reference,
    );
    assert.equal(labelOf(infra[0]), 'belarus:robust-policies', '“infrastructure” is in its sentence');
    await accept(editor, infra[0]);
    assert.equal(document.lineAt(4).text, 'And protect [@belarus:robust-policies]', 'an open citation is closed');
  });

  test('cite-, quote- and pillar- snippets are offered as their dash is typed, without Ctrl+Space', async () => {
    const { document } = await openDraft(api, { content: '# Note\n\nAs said cite-\n\nquote-\n' });
    const cite = await completionsAt(document, positionOf(document, 'cite-', 5), '-');
    const snippet = cite.find((item) => labelOf(item) === 'cite-un-gge');
    assert.ok(snippet, `cite-un-gge among ${cite.length} items`);
    assert.equal(snippet.kind, vscode.CompletionItemKind.Snippet);
    assert.equal(snippet.insertText.value, '[@belarus:un-gge]$0');
    const quote = await completionsAt(document, positionOf(document, 'quote-', 6), '-');
    assert.ok(quote.some((item) => labelOf(item) === 'quote-talent-pool'));
    assert.ok(!quote.some((item) => labelOf(item).startsWith('cite-')), 'only the snippets of the prefix typed');
  });

  test('“Cited in this draft” lists each cited claim with its citations; a citation row goes there', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.treeProvider.currentDraft?.report?.version === document.version,
      'the tree to show the draft',
    );
    const group = (await rootRows(api)).find((node) => node.contextValue === 'citedGroup');
    assert.ok(group, 'a Cited in this draft section');
    const claims = await api.treeProvider.getChildren(group);
    const keys = claims.map((node) => node.claim.key);
    assert.ok(keys.includes('belarus:security-forum'));
    assert.ok(!keys.includes('belarus:un-ggee'), 'unknown keys are no claims');
    const places = await api.treeProvider.getChildren(claims[0]);
    assert.ok(places.length >= 1);
    await vscode.commands.executeCommand(places[0].command.command, ...places[0].command.arguments);
    const editor = await until(
      [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && !active.selection.isEmpty ? active : undefined;
      },
      'the citation to be selected',
    );
    assert.equal(editor.document.getText(editor.selection), `@${claims[0].claim.key}`);
  });

  test('defect 1: Insert Citation after a click on an evidence row inserts at the cursor, never over the passage', async () => {
    const { document } = await openDraft(api, 'national-strategy.md');
    const [first] = await pillarRows(api);
    const group = (await api.treeProvider.getChildren(first)).find((node) => node.contextValue === 'evidenceGroup');
    const [evidence] = (await api.treeProvider.getChildren(group)).filter((node) => node.evidence.kind !== 'citation');
    await vscode.commands.executeCommand(evidence.command.command, ...evidence.command.arguments);
    const editor = await until(
      [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && !active.selection.isEmpty ? active : undefined;
      },
      'the evidence to be selected',
    );
    const selected = document.getText(editor.selection);
    const before = document.getText();
    const cursor = document.offsetAt(editor.selection.active);
    await vscode.commands.executeCommand('pillars.insertCitation', 'belarus:un-gge');
    const after = document.getText();
    assert.ok(after.includes(selected), 'the passage the tree selected is still there');
    const added = after.slice(cursor, cursor + after.length - before.length);
    assert.match(added, /@belarus:un-gge/);
    assert.equal(
      after,
      before.slice(0, cursor) + added + before.slice(cursor),
      'only the citation was added, at the cursor',
    );
  });

  test('defect 2: Insert Citation with the draft out of sight writes nothing', async () => {
    const { document } = await openDraft(api, { content: '# Title\n\nText.\n' });
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Something else.\n' });
    await vscode.window.showTextDocument(other);
    await until(
      [vscode.window.onDidChangeVisibleTextEditors],
      () => !vscode.window.visibleTextEditors.some((editor) => editor.document === document),
      'the draft to be hidden',
    );
    const failures = api.failureCount();
    await vscode.commands.executeCommand('pillars.insertCitation', 'belarus:un-gge');
    assert.equal(document.getText(), '# Title\n\nText.\n');
    assert.equal(other.getText(), 'Something else.\n');
    assert.equal(api.failureCount(), failures);
  });

  test('defect 5: the themes view names its draft, and lets it go when a Markdown file that is not a draft is active', async () => {
    const { document } = await openDraft(api, 'national-strategy.md');
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.themesView().description === 'national-strategy.md',
      'the view to name the draft',
    );
    const readme = workspaceFile('README.md');
    await vscode.workspace.fs.writeFile(readme, new TextEncoder().encode('# Read me\n\nNot a draft.\n'));
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(readme));
      await until(
        [api.treeProvider.onDidChangeTreeData],
        () => api.activeDraft() === undefined,
        'the view to let the draft go',
      );
      assert.equal(api.themesView().description, undefined);
      assert.match(api.themesView().message, /README\.md is not a draft/);
      for (const row of await pillarRows(api)) assert.equal(row.description, undefined, 'no coverage of another file');
      // The source is not a draft either, but showing it keeps the draft it was opened from.
      await vscode.window.showTextDocument(document);
      await until(
        [api.treeProvider.onDidChangeTreeData],
        () => api.activeDraft()?.toString() === document.uri.toString(),
        'the draft again',
      );
      await vscode.commands.executeCommand('pillars.revealInSource', 'belarus:un-gge');
      assert.equal(api.activeDraft()?.toString(), document.uri.toString());
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(readme);
    }
  });

  test('defect 7: with nothing else open, the source opens in the only group', async () => {
    await vscode.commands.executeCommand('pillars.revealInSource', 'belarus:un-gge');
    const editor = await until(
      [vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document.uri.toString() === SOURCE ? active : undefined;
      },
      'the source to open',
    );
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);
    assert.equal(vscode.window.tabGroups.all.length, 1);
  });

  test('defect 8: the status item names pillars as the tree does, and speaks plain words', async () => {
    await openDraft(api, 'ministerial-brief.md');
    const bar = await until(
      [api.onDidCheck, api.treeProvider.onDidChangeTreeData],
      () => (api.statusBar().visible && /Pillars \d/.test(api.statusBar().text) ? api.statusBar() : undefined),
      'the status bar',
    );
    const labels = (await pillarRows(api)).map((row) => row.label);
    for (const label of labels) assert.ok(bar.tooltip.includes(label), `the tooltip names “${label}” as the tree does`);
    assert.doesNotMatch(bar.accessibilityLabel, /\*\*|\\/);
    assert.match(bar.accessibilityLabel, /^Cooperation pillars: \d of 4 covered\./);
  });

  test('defect 9: a missing pillar’s row inserts its section or marks it out of scope', async () => {
    const { document } = await openDraft(api, {
      content:
        '# Note\n\nWe will sign a memorandum of understanding with our neighbours and join the regional alliance.\n',
    });
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.treeProvider.currentDraft?.report?.version === document.version,
      'the tree to show the draft',
    );
    const rows = await pillarRows(api);
    const education = rows.find((row) => row.theme.pillar === 'education');
    assert.equal(education.contextValue, 'missingPillar');
    await vscode.commands.executeCommand('pillars.insertPillarSection', education);
    assert.match(document.getText(), /\n## Cybersecurity education and research\n/);
    await checked(api, document);
    await until(
      [api.treeProvider.onDidChangeTreeData],
      () => api.treeProvider.currentDraft?.report?.version === document.version,
      'the tree to follow',
    );
    const dialogue = (await pillarRows(api)).find((row) => row.theme.pillar === 'dialogue');
    assert.equal(dialogue.contextValue, 'missingPillar');
    await vscode.commands.executeCommand('pillars.markOutOfScope', dialogue);
    assert.match(document.getText(), /^---\npillars:\n {2}skip: \[dialogue\]\n/);
    const report = await checked(api, document);
    assert.equal(report.coverage.dialogue.status, 'skipped');
  });

  test('Add Bibliography writes claims.json beside the draft and names it in the front matter', async () => {
    const file = workspaceFile('bibliography-draft.md');
    const json = workspaceFile('claims.json');
    await vscode.workspace.fs.writeFile(
      file,
      new TextEncoder().encode('# Note\n\nWe join the forum [@belarus:security-forum].\n'),
    );
    try {
      const { document } = await openDraft(api, 'bibliography-draft.md');
      await vscode.commands.executeCommand('pillars.addBibliography');
      assert.match(document.getText(), /^---\nbibliography: claims\.json\n---\n/);
      const entries = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
      assert.equal(entries.length, api.knowledgeBase.claims.length);
      assert.ok(entries.some((entry) => entry.id === 'belarus:security-forum'));
      // One undo step takes the front matter back out; the file stays (it was asked for).
      await vscode.commands.executeCommand('undo');
      assert.equal(document.getText(), '# Note\n\nWe join the forum [@belarus:security-forum].\n');
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(file);
      await vscode.workspace.fs.delete(json).then(undefined, () => undefined);
    }
  });

  test('Show a Pillar’s Evidence lists every piece of it and goes to the one picked (the tooltip’s “…and N more”)', async () => {
    const parts = Array.from(
      { length: 8 },
      (_, i) =>
        `## Part ${i + 1}\n\nWe train cybersecurity professionals in university programmes and research centres, with curricula and scholarships.\n`,
    );
    const { document, report } = await openDraft(api, { content: `# Skills\n\n${parts.join('\n')}` });
    const evidence = report.coverage.education.evidence;
    assert.ok(evidence.length > 5, `${evidence.length} pieces of evidence`);
    // Its report is current: the command lists it, so the pick opens at once.
    assert.equal(api.lastResult(document.uri)?.version, document.version);
    // From the editor, as a user would (an earlier test can leave the focus in a view).
    await vscode.commands.executeCommand('workbench.action.focusActiveEditorGroup');
    const running = vscode.commands.executeCommand('pillars.showEvidence', 'education');
    // The command (a local one, awaiting nothing before its pick: it lists the current report) sends the quick pick
    // and its items to the workbench before its first macrotask ends. Two round trips to the workbench, each sent
    // after the previous reply, so after the workbench has handled those messages and its microtasks: no sleeping.
    await vscode.commands.getCommands(true);
    await vscode.commands.getCommands(true);
    // The quick pick is open with its items: move to the second piece and accept it.
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    if (!(await settledWithin(running, 25_000))) {
      // Say where it stuck: closing a quick pick that is open ends the command at once.
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      const closed = await settledWithin(running, 5_000);
      const where = `active editor ${vscode.window.activeTextEditor?.document.uri.toString(true)}, draft followed ${api.activeDraft()?.toString(true)}, the draft ${document.uri.toString(true)}`;
      assert.fail(
        `Show a Pillar’s Evidence did not end within 25 s; ${closed ? 'its quick pick was open and not accepted' : 'it never reached its quick pick'} (${where})`,
      );
    }
    const line = evidence[1].range.start.line - 1;
    const character = evidence[1].range.start.column - 1;
    const editor = await until(
      [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor],
      () => {
        const active = vscode.window.activeTextEditor;
        return active?.document === document && active.selection.start.line === line ? active : undefined;
      },
      `the second piece of evidence (line ${line + 1}) to be selected`,
    );
    assert.equal(editor.selection.start.character, character);
  });
});
