// The web bench's probe (scripts/host/web-bench.mjs), run in either extension host: how long the extension takes
// to activate, and from opening a draft to its first verdict. Prints one `[bench] {...}` line; no mocha, no Node.
const vscode = require('vscode');

const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';

exports.run = async function run() {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} not found`);
  const wasActive = extension.isActive;
  const activating = performance.now();
  const api = await extension.activate();
  const activateMs = performance.now() - activating;
  const folder = vscode.workspace.workspaceFolders[0].uri;
  const opening = performance.now();
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, 'national-strategy.md'));
  await vscode.window.showTextDocument(document);
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no verdict within 60 s')), 60_000);
    const done = () => {
      if (api.lastResult(document.uri)?.version !== document.version) return false;
      clearTimeout(timer);
      subscription.dispose();
      resolve();
      return true;
    };
    const subscription = api.onDidCheck(done);
    done();
  });
  const firstVerdictMs = performance.now() - opening;
  const inWorker = typeof globalThis.process === 'undefined';
  console.log(`[bench] ${JSON.stringify({ activateMs, firstVerdictMs, wasActive, inWorker })}`);
};
