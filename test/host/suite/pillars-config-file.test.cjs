// The configuration file the CLI reads (.pillarsrc.yaml here), read by the extension in the real host: it sets a
// rule's severity, an edit to it updates the diagnostics (a file system watcher), and settings override it.
const vscode = require('vscode');
const { closeAll, diagnosticsWhen, openDraft, pillarsApi, ruleOf, workspaceFile } = require('./pillars-helpers.cjs');

const { Error: ERROR, Warning: WARNING, Information: INFO } = vscode.DiagnosticSeverity;

/** Whether the draft's missing-pillar diagnostics are all at `severity` (and there is one). */
const missingAt = (severity) => (list) => {
  const missing = list.filter((d) => ruleOf(d) === 'missing-pillar');
  return missing.length > 0 && missing.every((d) => d.severity === severity);
};

suite('pillars: the configuration file', () => {
  let api;
  const file = () => workspaceFile('.pillarsrc.yaml');
  const write = (text) => vscode.workspace.fs.writeFile(file(), Buffer.from(text));
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(async () => {
    await closeAll();
    await vscode.workspace.getConfiguration('pillars').update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    let deleted = true;
    try {
      await vscode.workspace.fs.delete(file());
    } catch {
      deleted = false; // Already gone.
    }
    // The next suite must not see this file's severities: wait until the deletion has reached the extension.
    if (deleted) {
      const { document } = await openDraft(api, 'ministerial-brief.md');
      await diagnosticsWhen(
        document.uri,
        missingAt(WARNING),
        'missing-pillar back at its default once the file is gone',
      );
      await closeAll();
    }
  });

  test('a .pillarsrc.yaml in the workspace sets a rule’s severity; editing it updates the diagnostics; deleting it restores the defaults', async () => {
    await write('rules:\n  missing-pillar: error\n');
    const { document } = await openDraft(api, 'ministerial-brief.md');
    await diagnosticsWhen(document.uri, missingAt(ERROR), 'missing-pillar as errors, from .pillarsrc.yaml');
    await write('rules:\n  missing-pillar: info\n');
    await diagnosticsWhen(document.uri, missingAt(INFO), 'missing-pillar as information after the file was edited');
    await vscode.workspace.fs.delete(file());
    await diagnosticsWhen(
      document.uri,
      missingAt(WARNING),
      'missing-pillar at its default (warning) once the file is gone',
    );
  });

  test('settings override the file', async () => {
    await write('rules:\n  missing-pillar: error\n');
    const { document } = await openDraft(api, 'ministerial-brief.md');
    await diagnosticsWhen(document.uri, missingAt(ERROR), 'missing-pillar as errors, from the file');
    await vscode.workspace
      .getConfiguration('pillars')
      .update('rules', { 'missing-pillar': 'info' }, vscode.ConfigurationTarget.Workspace);
    await diagnosticsWhen(document.uri, missingAt(INFO), 'missing-pillar as information, from the workspace setting');
    // The setting still wins after the file changes.
    await write('rules:\n  missing-pillar: warning\n');
    await write('rules:\n  missing-pillar: error\n  thin-pillar: off\n');
    await diagnosticsWhen(
      document.uri,
      (list) => missingAt(INFO)(list) && !list.some((d) => ruleOf(d) === 'thin-pillar'),
      'the setting kept, the file’s other rule applied',
    );
  });
});
