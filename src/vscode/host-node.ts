/**
 * The Node host (desktop VS Code, remote extension hosts, code-server): drafts and configuration files on disk
 * read with node:fs by the core, large drafts in a worker thread (dist/worker.cjs), the engine (dist/engine.cjs)
 * loaded on the first check. Nothing here reaches the browser bundle (test/unit/web-bundle.test.ts).
 */
import { dirname } from 'node:path';
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../core/config/files.js';
import type { ExtensionHost } from './host.js';
import { loadEngine } from './load-engine.js';
import { NodeCheckRunner } from './runner-node.js';

const NODE_SCHEMES: ReadonlySet<string> = new Set(['file']);

export function nodeHost(context: vscode.ExtensionContext): ExtensionHost {
  const dist = (file: string) => vscode.Uri.joinPath(context.extensionUri, 'dist', file).fsPath;
  return {
    kind: 'node',
    // The engine (dist/engine.cjs) is loaded on the first check, not now: activation stays quick.
    runner: new NodeCheckRunner({ workerFile: dist('worker.cjs'), engineFile: dist('engine.cjs') }),
    draftSchemes: NODE_SCHEMES,
    // A YAML configuration file is parsed by the engine's parser (dist/engine.cjs): activation loads none.
    parseYaml: (text) => loadEngine(dist('engine.cjs')).parseYaml(text),
    configDir: (uri) => (uri.scheme === 'file' ? dirname(uri.fsPath) : undefined),
    draftPath: (uri) => (uri.scheme === 'file' ? uri.fsPath : ''),
    watchConfigFiles: (changed) => {
      const watcher = vscode.workspace.createFileSystemWatcher(`**/{${CONFIG_FILE_NAMES.join(',')}}`);
      return [watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed)];
    },
  };
}
