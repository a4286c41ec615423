// A user's framework file in the real host: `pillars.frameworks` names it, and drafts are checked against its
// pillars (diagnostics, status bar), its claims resolve in hovers and completions, and the themes view shows it as a
// root beside the built-in essay when both are named; a bad framework keeps the rest working.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  closeAll,
  diagnosticsWhen,
  openDraft,
  pillarsApi,
  positionOf,
  ruleOf,
  hoverText,
  until,
  workspaceFile,
} = require('./pillars-helpers.cjs');

const FRAMEWORK = `---
namespace: ports
pillars:
  access:
    section: Harbour access control
    signals: ['2 access control|access badge|access badges ~access', '1 gate|gates|badge|badges ~gate']
  drills:
    section: Crew drills
---
# Port security guide

## Harbour access control

Every harbour gate logs access badges. Access control covers the cargo terminals too.

## Crew drills

Crews run evacuation drills each quarter. Each crew drill ends with a written debrief.
`;

const DRAFT =
  '# Port plan\n\nEvery gate now checks access badges, and access control covers the cargo terminals [@ports:every-harbour-gate-logs].\n';

suite('pillars: frameworks from the settings', () => {
  let api;
  const settings = () => vscode.workspace.getConfiguration('pillars');
  const file = () => workspaceFile('frameworks/ports.md');
  const missingPillars = (list) => list.filter((d) => ruleOf(d) === 'missing-pillar');

  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
    await vscode.workspace.fs.writeFile(file(), Buffer.from(FRAMEWORK));
  });
  suiteTeardown(async () => {
    await closeAll();
    const { document } = await openDraft(api, { content: DRAFT });
    await settings().update('frameworks', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceFile('frameworks'), { recursive: true });
    // The next suite sees the built-in essay again.
    await until(
      [api.onDidCheck],
      () => Object.keys(api.lastResult(document.uri)?.coverage ?? {}).includes('partnerships'),
      'the built-in pillars back',
    );
    await closeAll();
  });

  test('a draft is checked against the framework’s pillars; the status bar counts them; its keys resolve', async () => {
    // A draft open first: the settings' change checks it again against the framework.
    const { document, editor } = await openDraft(api, { content: DRAFT });
    await settings().update('frameworks', ['frameworks/ports.md'], vscode.ConfigurationTarget.Workspace);
    await until(
      [api.onDidCheck],
      () => api.knowledgeBase.pillars.ids.join() === 'access,drills',
      'the framework’s pillars loaded',
    );
    // The draft checked again against the framework: its report's pillars are the framework's.
    const report = await until(
      [api.onDidCheck],
      () => {
        const last = api.lastResult(document.uri);
        return last && Object.keys(last.coverage).join() === 'access,drills' ? last : undefined;
      },
      'a check of the draft against the framework',
    );
    assert.equal(report.coverage.drills.status, 'missing');
    const diagnostics = await diagnosticsWhen(
      document.uri,
      (list) => missingPillars(list).length === 1,
      'one missing pillar of the framework',
    );
    assert.match(missingPillars(diagnostics)[0].message, /Draft does not cover the pillar “Crew drills”/);
    assert.ok(!diagnostics.some((d) => ruleOf(d) === 'unknown-citation'), 'the framework’s key resolves');
    assert.match(api.statusBar().text, /Pillars 1\/2$/);

    const hovers = await vscode.commands.executeCommand(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, '@ports:every', 3),
    );
    assert.match(hoverText(hovers), /Every harbour gate logs access badges/);

    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\nSee [@ports:'));
    const completions = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      document.uri,
      document.positionAt(document.getText().length),
    );
    const labels = completions.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(
      labels.some((label) => label.includes('ports:each-crew-drill-ends')),
      labels.slice(0, 5).join(', '),
    );

    // A section snippet for the framework's pillar, as the built-in pillars have.
    await editor.edit((edit) => edit.insert(document.positionAt(document.getText().length), '\n\npillar-'));
    const snippets = await vscode.commands.executeCommand(
      'vscode.executeCompletionItemProvider',
      document.uri,
      document.positionAt(document.getText().length),
      '-',
    );
    const drills = snippets.items.find(
      (item) => (typeof item.label === 'string' ? item.label : item.label.label) === 'pillar-drills',
    );
    assert.ok(drills, 'a pillar-drills snippet');
    assert.match(drills.insertText.value, /^## Crew drills\n\n\$\{1:Describe how this draft addresses crew drills: /);
  });

  test('with builtin named too, both frameworks are roots of the themes view and both are checked', async () => {
    const { document } = await openDraft(api, { content: DRAFT });
    await settings().update('frameworks', ['builtin', 'frameworks/ports.md'], vscode.ConfigurationTarget.Workspace);
    await until([api.onDidCheck], () => api.knowledgeBase.pillars.ids.length === 6, 'both frameworks’ pillars loaded');
    const report = await until(
      [api.onDidCheck],
      () => {
        const last = api.lastResult(document.uri);
        return last && Object.keys(last.coverage).length === 6 ? last : undefined;
      },
      'a check against both frameworks',
    );
    assert.deepEqual(Object.keys(report.coverage), [
      'partnerships',
      'policy',
      'dialogue',
      'education',
      'access',
      'drills',
    ]);
    const roots = await api.treeProvider.getChildren();
    const titles = roots.map((root) => root.label);
    assert.ok(
      titles.some((title) => /Belarus/.test(title)) && titles.includes('Port security guide'),
      titles.join(' | '),
    );
  });

  test('a framework file that cannot be read is reported, and drafts are checked against the rest', async () => {
    const { document } = await openDraft(api, { content: DRAFT });
    await settings().update(
      'frameworks',
      ['frameworks/missing.md', 'frameworks/ports.md'],
      vscode.ConfigurationTarget.Workspace,
    );
    const report = await until(
      [api.onDidCheck],
      () => {
        const last = api.lastResult(document.uri);
        return last && Object.keys(last.coverage).join() === 'access,drills' ? last : undefined;
      },
      'a check against the readable framework alone',
    );
    assert.equal(report.coverage.access.status !== 'missing', true);
  });
});
