const assert = require('node:assert/strict');
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

  test('pillars.* commands are registered', async () => {
    const prefixes = viewCommandPrefixes(vscode.extensions.getExtension(EXTENSION_ID));
    const ours = (await vscode.commands.getCommands(true))
      .filter((command) => command.startsWith('pillars.'))
      .filter((command) => !prefixes.some((prefix) => command.startsWith(prefix)));
    assert.ok(ours.length > 0, 'no command starting with "pillars." is registered (view commands aside)');
  });
});
