/**
 * The `main` entry (dist/extension.cjs): the extension in a Node extension host. The `browser` entry is
 * web/extension.ts.
 */
import type * as vscode from 'vscode';
import { activateIn, type PillarsApi } from './extension.js';
import { nodeHost } from './host-node.js';

export type { PillarsApi } from './extension.js';

export function activate(context: vscode.ExtensionContext): PillarsApi | undefined {
  return activateIn(context, () => nodeHost(context));
}

export { deactivate } from './extension.js';
