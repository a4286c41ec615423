/**
 * The `browser` entry (dist/web.cjs): the extension in the web worker extension host of vscode.dev, github.dev
 * and code-server, with no Node. The same extension as main.ts's, in the browser host (host.ts): the workspace's
 * configuration files are read first, so the first check applies them as the Node build does.
 */
import type * as vscode from 'vscode';
import { activateIn, type PillarsApi } from '../extension.js';
import { WebFiles } from './files.js';
import { webHost } from './host.js';

export type { PillarsApi } from '../extension.js';

export async function activate(context: vscode.ExtensionContext): Promise<PillarsApi | undefined> {
  const files = new WebFiles();
  await files.readConfigFiles();
  return activateIn(context, () => webHost(context, files));
}

export { deactivate } from '../extension.js';
