/**
 * What the extension needs from where it runs, so one extension serves both builds: the desktop's Node extension
 * host (host-node.ts, the `main` entry) and the browser's web worker extension host of vscode.dev and github.dev
 * (web/host.ts, the `browser` entry). Everything else (extension.ts and what it registers) is shared.
 */
import type * as vscode from 'vscode';
import type { CheckRunner } from './runner.js';

export interface ExtensionHost {
  /** `node` or `web`, for the log. */
  readonly kind: 'node' | 'web';
  /** Checks drafts: on the host's thread, and large ones in a worker (a worker thread, or a Web Worker). */
  readonly runner: CheckRunner;
  /** URI schemes of documents that can be drafts (besides `untitled`). */
  readonly draftSchemes: ReadonlySet<string>;
  /** Parses a `.pillarsrc.yaml`/`.yml` file (the Node build loads the engine's parser only when one is found). */
  parseYaml(text: string): unknown;
  /**
   * The folder a document's configuration file is looked up from (upward, as the CLI does), in the namespace
   * the core's file reading uses; undefined when there is none (an untitled draft).
   */
  configDir(uri: vscode.Uri): string | undefined;
  /** Where a draft is, for the bibliography files it names relative to itself; `''` when it is nowhere. */
  draftPath(uri: vscode.Uri): string;
  /**
   * Watches the configuration files (.pillarsrc.json, .yaml, .yml, package.json) anywhere in the workspace:
   * `changed` runs once the host reads the file's new content.
   */
  watchConfigFiles(changed: (uri: vscode.Uri) => void): vscode.Disposable[];
}
