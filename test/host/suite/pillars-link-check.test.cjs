// VS Code's own Markdown link check (markdown.validate.enabled, off by default) reads a Pandoc citation such as
// [@belarus:un-gge] as a reference link without a definition. Its only switch for that covers every reference link,
// so the extension offers it on that diagnostic, for the user to choose, and changes nothing by itself.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { closeAll, openDraft, pillarsApi, until } = require('./pillars-helpers.cjs');

const NO_SUCH_REFERENCE = 'link.no-such-reference';

function codeOf(diagnostic) {
  const code = diagnostic.code;
  return code && typeof code === 'object' ? code.value : code;
}

suite('pillars: VS Code’s own Markdown link check and citations', () => {
  teardown(async () => {
    await vscode.workspace
      .getConfiguration('markdown')
      .update('validate.enabled', undefined, vscode.ConfigurationTarget.Global);
    await closeAll();
  });

  test('a citation flagged as a link without a definition offers the setting of that check, and changes nothing', async () => {
    const api = await pillarsApi();
    await vscode.workspace
      .getConfiguration('markdown')
      .update('validate.enabled', true, vscode.ConfigurationTarget.Global);
    const { document } = await openDraft(api, {
      content: '# Note\n\nWe rely on the experts’ report [@belarus:un-gge] and on a [real link][nowhere].\n',
    });
    const flagged = await until(
      [vscode.languages.onDidChangeDiagnostics],
      () => {
        const found = vscode.languages.getDiagnostics(document.uri).filter((d) => codeOf(d) === NO_SUCH_REFERENCE);
        return found.length === 2 ? found : undefined;
      },
      "VS Code's Markdown link check to flag the citation and the reference link",
    );
    const onCitation = flagged.find((d) => document.getText(d.range).includes('@belarus:un-gge'));
    const onLink = flagged.find((d) => document.getText(d.range).includes('nowhere'));
    assert.ok(onCitation && onLink, flagged.map((d) => document.getText(d.range)).join(', '));

    const actionsAt = (range) =>
      vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, range);
    const titles = (actions) => actions.map((action) => action.title);
    const forCitation = (await actionsAt(onCitation.range)).filter((action) =>
      /Pandoc citation, not a link/.test(action.title),
    );
    assert.equal(forCitation.length, 1, titles(await actionsAt(onCitation.range)).join(' | '));
    assert.equal(forCitation[0].command.command, 'workbench.action.openSettings');
    assert.deepEqual(forCitation[0].command.arguments, ['markdown.validate.referenceLinks.enabled']);
    assert.equal(forCitation[0].edit, undefined, 'the action edits nothing');
    // A real reference link without a definition is the check's business: nothing offered there.
    assert.deepEqual(
      titles(await actionsAt(onLink.range)).filter((title) => /Pandoc citation/.test(title)),
      [],
    );
    // Offering it changed no setting.
    assert.notEqual(vscode.workspace.getConfiguration('markdown').get('validate.referenceLinks.enabled'), 'ignore');
  });
});
