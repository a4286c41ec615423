const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';

// VS Code adds commands such as `<view id>.focus` for every contributed view; they prove nothing about activation.
function viewCommandPrefixes(extension) {
  const views = Object.values(extension.packageJSON.contributes?.views ?? {}).flat();
  return views.map((view) => `${view.id}.`);
}

suite('activation', () => {
  test('the extension is installed', () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} not found`);
  });

  test('the extension activates', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  test('with --vsix, the installed package is the copy under test', function () {
    if (!process.env.PILLARS_HOST_VSIX) this.skip();
    const { extensionPath } = vscode.extensions.getExtension(EXTENSION_ID);
    // Installed extensions live in folders named <publisher>.<name>-<version>.
    assert.ok(path.basename(extensionPath).startsWith(`${EXTENSION_ID}-`), extensionPath);
  });

  test('with --vsix, the package holds every file the manifest names, and nothing for development', function () {
    if (!process.env.PILLARS_HOST_VSIX) this.skip();
    const { extensionPath, packageJSON } = vscode.extensions.getExtension(EXTENSION_ID);
    const { contributes = {} } = packageJSON;
    const named = [
      packageJSON.main,
      packageJSON.icon,
      'dist/engine.cjs', // loaded by the extension on its first check
      'dist/worker.cjs', // started by the extension for large drafts
      packageJSON.browser, // the browser build (vscode.dev, github.dev)
      'dist/web-worker.js', // started by the browser build for large drafts
      ...Object.values(contributes.viewsContainers ?? {})
        .flat()
        .map((container) => container.icon),
      ...Object.values(contributes.views ?? {})
        .flat()
        .map((view) => view.icon),
      ...(contributes.snippets ?? []).map((snippets) => snippets.path),
      ...(contributes.walkthroughs ?? [])
        .flatMap((walkthrough) => walkthrough.steps)
        .flatMap((step) => Object.values(step.media ?? {}))
        .filter((media) => typeof media === 'string'),
    ].filter(Boolean);
    const missing = named.filter((file) => !fs.existsSync(path.join(extensionPath, file)));
    assert.deepEqual(missing, [], `named by package.json but not in the .vsix`);
    const unwanted = [
      'src',
      'test',
      'scripts',
      'bench',
      'examples',
      'node_modules',
      '.vscode-test',
      'media/screenshots',
    ].filter((entry) => fs.existsSync(path.join(extensionPath, entry)));
    const maps = fs.readdirSync(path.join(extensionPath, 'dist')).filter((file) => file.endsWith('.map'));
    assert.deepEqual([...unwanted, ...maps], [], 'development files in the .vsix');
  });

  test('pillars.* commands are registered', async () => {
    const prefixes = viewCommandPrefixes(vscode.extensions.getExtension(EXTENSION_ID));
    const ours = (await vscode.commands.getCommands(true))
      .filter((command) => command.startsWith('pillars.'))
      .filter((command) => !prefixes.some((prefix) => command.startsWith(prefix)));
    assert.ok(ours.length > 0, 'no command starting with "pillars." is registered (view commands aside)');
  });
});
