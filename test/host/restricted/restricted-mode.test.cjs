// Restricted Mode in the real host: workspace trust on and test/host/restricted-workspace not trusted (run by
// scripts/host/run-tests.mjs --restricted). Its .vscode/settings.json raises pillars.maxFileSize, excludes notes/
// and names a framework; its .pillarsrc.json makes missing-pillar an error and names the same framework. None of it
// may apply: what the user sees is one notice naming those settings, drafts checked with the built-in pillars and
// the defaults, and a too-large draft's notice that points to workspace trust rather than to the setting.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  checked,
  diagnosticsWhen,
  openDraft,
  pillarsApi,
  ruleOf,
  until,
  workspaceFile,
} = require('../suite/pillars-helpers.cjs');
const { announced, notificationCenter } = require('./workbench-ui.cjs');

const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;
const RESTRICTED_NOTICE = 'Cooperation Pillars: Restricted Mode';
const IGNORED = ['pillars.maxFileSize', 'pillars.drafts.exclude', 'pillars.frameworks'];
const TRUST_BUTTON = 'Manage Workspace Trust';

/**
 * Closes every editor, reverting each first. With workspace trust on the workbench keeps the user settings file
 * open and dirty in the extension host, where the shared closeAll would try to show it.
 */
async function closeAll() {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++)
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Whether the draft's missing-pillar diagnostics are all at `severity` (and there is one). */
const missingAt = (severity) => (list) => {
  const missing = list.filter((d) => ruleOf(d) === 'missing-pillar');
  return missing.length > 0 && missing.every((d) => d.severity === severity);
};

suite('Restricted Mode: the workspace’s restricted settings and configuration file', () => {
  let api;
  const settings = () => vscode.workspace.getConfiguration('pillars');
  const large = () => workspaceFile('large.md');

  suiteSetup(async () => {
    // A run that silently fell back to a trusted workspace would test nothing here.
    assert.equal(vscode.workspace.isTrusted, false, 'the workspace is trusted: this suite needs Restricted Mode');
    api = await pillarsApi();
    await closeAll();
  });
  suiteTeardown(async () => {
    await closeAll();
    for (const key of ['maxFileSize', 'rules'])
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    try {
      await vscode.workspace.fs.delete(large());
    } catch {
      // Never written.
    }
  });

  test('one notice names the workspace settings Restricted Mode ignores, shown once, not on every check', async () => {
    const times = (said) => said.filter((text) => text.includes(RESTRICTED_NOTICE)).length;
    assert.equal(
      times(await announced({ until: RESTRICTED_NOTICE })),
      1,
      'the notice shown more than once at start-up',
    );
    const [notice, ...others] = (await notificationCenter()).filter((row) => row.message.startsWith(RESTRICTED_NOTICE));
    assert.ok(notice && others.length === 0, 'the notice is not in the notification center once');
    for (const setting of IGNORED)
      assert.ok(notice.message.includes(setting), `${setting} not named: ${notice.message}`);
    assert.deepEqual(notice.buttons, [TRUST_BUTTON]);

    // Checks of two drafts, edits, and a change of the user settings: none shows it again.
    const { document, editor } = await openDraft(api, 'brief.md');
    for (let i = 0; i < 3; i++) {
      await editor.edit((edit) => edit.insert(document.lineAt(document.lineCount - 1).range.end, '\nMore text.'));
      await checked(api, document);
    }
    await openDraft(api, 'notes/meeting.md');
    await settings().update('rules', { 'missing-pillar': 'info' }, vscode.ConfigurationTarget.Global);
    await diagnosticsWhen(document.uri, missingAt(INFO), 'missing-pillar at the user setting’s severity');
    await checked(api, document);
    assert.equal(times(await announced()), 1, 'the Restricted Mode notice was shown again');
  });

  test('drafts are still checked, against the built-in pillars and without .pillarsrc; the themes view says why', async () => {
    await settings().update('rules', undefined, vscode.ConfigurationTarget.Global);
    // Told once the workspace's settings files are read; the frameworks are applied at the same moment.
    await announced({ until: RESTRICTED_NOTICE });
    const { document, report } = await openDraft(api, 'brief.md');
    assert.ok(!report.notChecked, `brief.md not checked: ${report.notChecked?.message}`);
    assert.ok('partnerships' in report.coverage, `not the built-in pillars: ${Object.keys(report.coverage)}`);
    assert.ok(!api.knowledgeBase.pillars.ids.includes('access'), 'the workspace’s framework was loaded');
    // .pillarsrc.json makes missing-pillar an error; the default (a warning) applies.
    const diagnostics = await diagnosticsWhen(document.uri, missingAt(WARNING), 'missing-pillar at its default');
    assert.ok(!diagnostics.some((d) => d.severity === ERROR), 'a severity from .pillarsrc.json applied');
    const view = api.themesView();
    assert.match(view.message ?? '', /Restricted Mode/, `the themes view does not say why: ${view.message}`);
    assert.match(view.message, /pillars\.frameworks/);
    assert.match(api.statusBar().tooltip ?? '', /Restricted Mode/);

    // notes/ is excluded by the workspace only: it is a draft here, and checked.
    const notes = await openDraft(api, 'notes/meeting.md');
    assert.ok(!notes.report.notChecked && 'partnerships' in notes.report.coverage, 'notes/meeting.md not checked');
  });

  test('a draft over the user’s size limit, raised by the workspace: its notice says to trust the workspace, not to raise the setting', async () => {
    await settings().update('maxFileSize', 4, vscode.ConfigurationTarget.Global);
    // The extension has taken the change in (its listener comes first) before the draft opens.
    await until(
      [vscode.workspace.onDidChangeConfiguration],
      () => settings().inspect('maxFileSize')?.globalValue === 4,
      'the user’s size limit',
    );
    const brief = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('brief.md')));
    await vscode.workspace.fs.writeFile(large(), Buffer.from(Array(8).fill(brief).join('\n')));
    const { report } = await openDraft(api, 'large.md');
    assert.equal(report.notChecked?.reason, 'too-large', 'large.md (8 KB, over the user’s 4 KB) was checked');

    const said = (await announced({ until: 'large.md' })).filter((text) => text.includes('large.md'));
    assert.equal(said.length, 1, `large.md told about ${said.length} times`);
    const notices = (await notificationCenter()).filter((row) => row.message.includes('large.md'));
    assert.equal(notices.length, 1, `large.md is ${notices.length} times in the notification center`);
    const [notice] = notices;
    assert.doesNotMatch(notice.message, /raise the setting/, notice.message);
    assert.match(notice.message, /trust the workspace/, notice.message);
    assert.deepEqual(notice.buttons, [TRUST_BUTTON]);
    assert.doesNotMatch(api.themesView().message ?? '', /raise the setting/);
  });
});
