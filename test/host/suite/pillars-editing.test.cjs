// Hover cards, completions, snippets and the editing commands.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  checked,
  closeAll,
  diagnosticsWhen,
  hoverText,
  openDraft,
  pillarsApi,
  positionOf,
  ruleOf,
  unescapeMarkdown,
  until,
} = require('./pillars-helpers.cjs');

function labelOf(item) {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('pillars: hovers, completions, snippets, commands', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  test('a hover quotes the claim, with pillar, theme, source and line, and two command links', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    const hovers = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '@belarus:national-cert', 5),
    );
    const text = hoverText(hovers);
    const seen = unescapeMarkdown(text);
    assert.ok(seen.includes(`> ${api.knowledgeBase.claim('belarus:national-cert').text}`), seen);
    assert.ok(seen.includes('**Pillar:** Effective policy implementation'));
    assert.ok(seen.includes('**Theme:** Effective Policy Implementation'));
    assert.ok(seen.includes('issues*, line 11'));
    assert.ok(text.includes('(command:pillars.revealInSource?'));
    assert.ok(text.includes('(command:pillars.copyCitation?'));
  });

  test('a hover works on the second key of a multi-key citation, and names an unknown key with suggestions', async () => {
    const { document } = await openDraft(api, 'citing-the-source.md');
    const second = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '@belarus:collective-understanding', 12),
    );
    assert.ok(
      unescapeMarkdown(hoverText(second)).includes(api.knowledgeBase.claim('belarus:collective-understanding').text),
    );
    const unknown = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '@belarus:un-ggee', 4),
    );
    const text = hoverText(unknown);
    assert.match(text, /`@belarus:un-ggee` names no claim/);
    assert.match(text, /Did you mean `@belarus:un-gge`/);
  });

  test('completion after [@ and after ; @ offers every claim key, with pillar and sentence, filtering on its words', async () => {
    const { document } = await openDraft(api, { content: '# Note\n\nAs argued [@\n\nAnd [@belarus:un-gge; @work\n' });
    // Resolve every item: an item's documentation (the claim's quotation) comes when VS Code resolves it.
    const atBracket = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionOf(document, '[@', 2),
      '@',
      Number.MAX_SAFE_INTEGER,
    );
    const ours = atBracket.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference);
    assert.equal(ours.length, api.knowledgeBase.claims.length);
    const cert = ours.find((item) => labelOf(item) === 'belarus:national-cert');
    assert.equal(cert.detail, 'Pillar: Effective policy implementation');
    assert.ok(cert.filterText.includes('National Center for Response to Computer Incidents'));
    assert.ok(
      unescapeMarkdown(cert.documentation.value).includes(api.knowledgeBase.claim('belarus:national-cert').text),
    );
    const afterSemicolon = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionOf(document, '; @work', 7),
    );
    const workforce = afterSemicolon.items.find((item) => labelOf(item) === 'belarus:skilled-workforce');
    assert.ok(workforce, 'completes after ; @');
    const range = workforce.range.replacing ?? workforce.range;
    assert.equal(document.getText(range), 'work', 'replaces the words typed after @');
  });

  test('no key completion outside a citation', async () => {
    const { document } = await openDraft(api, { content: '# Note\n\nMail info@example.org\n' });
    const list = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      document.uri,
      positionOf(document, 'info@', 5),
      '@',
    );
    assert.equal(list.items.filter((item) => item.kind === vscode.CompletionItemKind.Reference).length, 0);
  });

  test('the snippets insert a citation, a quotation and a pillar section', async () => {
    const { document, editor } = await openDraft(api, { content: '' });
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Cite @belarus:un-gge',
    });
    await until(
      [vscode.workspace.onDidChangeTextDocument],
      () => document.getText() === '[@belarus:un-gge]',
      'the citation snippet',
    );
    await editor.edit((builder) => builder.replace(new vscode.Range(0, 0, document.lineCount, 0), ''));
    await vscode.commands.executeCommand('editor.action.insertSnippet', {
      langId: 'markdown',
      name: 'Section: Cybersecurity education and research',
    });
    await until(
      [vscode.workspace.onDidChangeTextDocument],
      () => document.getText().startsWith('## Cybersecurity education and research\n'),
      'the section snippet',
    );
    assert.match(document.getText(), /\[@belarus:skilled-workforce\]/);
    const report = await checked(api, document);
    // The section's prompt is no evidence until the writer replaces it.
    assert.equal(report.coverage.education.status, 'missing');
  });

  test('Insert Citation and Insert Quote with Citation write at the cursor; the quote is never a misquote', async () => {
    const { document, editor } = await openDraft(api, { content: '# Note\n\nWe agree.\n' });
    const end = positionOf(document, 'agree', 5);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('pillars.insertCitation', 'belarus:un-gge');
    assert.equal(document.getText(), '# Note\n\nWe agree[@belarus:un-gge].\n');
    const inside = positionOf(document, 'un-gge', 3);
    editor.selection = new vscode.Selection(inside, inside);
    await vscode.commands.executeCommand('pillars.insertCitation', 'belarus:national-cert');
    assert.equal(document.getText(), '# Note\n\nWe agree[@belarus:un-gge; @belarus:national-cert].\n');
    const last = document.lineAt(document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(last, last);
    await vscode.commands.executeCommand('pillars.insertQuote', 'belarus:talent-pool');
    assert.ok(
      document.getText().includes(`“${api.knowledgeBase.claim('belarus:talent-pool').text}” [@belarus:talent-pool]`),
    );
    const report = await checked(api, document);
    assert.deepEqual(
      report.messages.filter((m) => m.ruleId === 'misquote' || m.ruleId === 'unknown-citation'),
      [],
    );
  });

  test('Copy Citation puts the citation on the clipboard', async () => {
    await vscode.commands.executeCommand('pillars.copyCitation', 'belarus:security-forum');
    assert.equal(await vscode.env.clipboard.readText(), '[@belarus:security-forum]');
  });

  test('Open Source Document shows the built-in source, read-only', async () => {
    await vscode.commands.executeCommand('pillars.openSource');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor.document.uri.toString(), 'cooperation-pillars:/belarus-cyber-cooperation.md');
    assert.equal(editor.document.getText().replace(/\r\n/g, '\n'), api.knowledgeBase.sources[0].text);
    // Shown as Markdown, which VS Code wraps at the window's width: no paragraph is one long line to scroll along.
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
  });

  test('Insert References Section lists the cited claims, updates in place when run again, and leaves coverage alone', async () => {
    const { document, report: before } = await openDraft(api, 'citing-the-source.md');
    await vscode.commands.executeCommand('pillars.insertReferences');
    const once = document.getText();
    assert.match(once, /\n## References \(source claims\)\n/);
    assert.ok(once.includes(api.knowledgeBase.claim('belarus:share-practices').text));
    assert.ok(!once.includes('belarus:un-ggee</code>'), 'unknown keys are not listed');
    assert.ok(
      once.includes('<code>&#64;belarus:share-practices</code>'),
      'keys written so that Pandoc reads no citation in the list',
    );
    await vscode.commands.executeCommand('pillars.insertReferences');
    assert.equal(document.getText(), once);
    const after = await checked(api, document);
    const statuses = (report) =>
      Object.fromEntries(Object.entries(report.coverage).map(([id, coverage]) => [id, coverage.status]));
    assert.deepEqual(statuses(after), statuses(before), 'quoting the source in the list is not evidence');
  });

  test('a large draft is checked in the worker thread', async () => {
    const paragraph =
      'We will sign a memorandum of understanding with our neighbours and join the regional alliance. '.repeat(8);
    const content = `# Large draft\n\n${Array.from({ length: 160 }, (_, i) => `## Part ${i + 1}\n\n${paragraph}\n`).join('\n')}`;
    assert.ok(content.length > 100_000);
    const { document, report } = await openDraft(api, { content });
    assert.equal(report.length, document.getText().length);
    assert.equal(report.checkedInWorker, true);
    assert.equal(report.coverage.partnerships.status, 'covered');
    await diagnosticsWhen(
      document.uri,
      (diagnostics) => diagnostics.some((d) => ruleOf(d) === 'missing-pillar'),
      'findings of the large draft',
    );
  });
});
