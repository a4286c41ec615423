/**
 * The frameworks of `pillars.frameworks` (or a configuration file's `frameworks`) in the editor: read through
 * `vscode.workspace.fs` (so the web build reads them too), loaded by the engine, and given to the extension's one
 * knowledge base, which hovers, completions, the themes view and the commands hold. Checks carry the files' texts
 * to the engine (on this thread or in the worker), which loads them once. A workspace's frameworks are read only
 * in a trusted workspace; a framework with problems is logged and shown once, and what loads is used.
 */
import * as vscode from 'vscode';
import { BUILTIN_FRAMEWORK } from '../core/framework/knowledge.js';
import { builtinKnowledgeBase, type KnowledgeBase } from '../core/framework/knowledge-base.js';
import { PillarSet } from '../core/framework/pillar-set.js';
import { setKnownPillars } from './present.js';
import type { FrameworkFiles } from './report.js';
import type { CheckRunner } from './runner.js';

/** Longest framework file read, in bytes (the loader's limit is a million characters). */
const MAX_FRAMEWORK_BYTES = 4_000_000;

export interface FrameworksOptions {
  kb: KnowledgeBase;
  runner: CheckRunner;
  log: vscode.LogOutputChannel;
}

export class EditorFrameworks {
  private files: FrameworkFiles | undefined;
  private key = '';
  private readonly shown = new Set<string>();
  /** Why the workspace's frameworks are not used (Restricted Mode), for the themes view. */
  restrictedNote: string | undefined;

  constructor(private readonly options: FrameworksOptions) {}

  /** What a check request carries: the frameworks' files, or nothing for the built-in essay. */
  get request(): FrameworkFiles | undefined {
    return this.files;
  }

  /**
   * Reads the frameworks listed (`list`, from the settings) and makes them the knowledge base's; resolves to
   * whether anything changed. `restricted`: the workspace sets frameworks that Restricted Mode does not read.
   */
  async apply(list: readonly string[], trusted: boolean, restricted: boolean): Promise<boolean> {
    const { kb, log } = this.options;
    this.restrictedNote =
      !trusted && restricted
        ? 'Restricted Mode: the workspace’s frameworks (pillars.frameworks) are not read; the built-in essay applies. Trust the workspace to use them.'
        : undefined;
    const wanted = trusted ? list : [];
    const files: FrameworkFiles['files'] = [];
    for (const entry of wanted) {
      if (entry === BUILTIN_FRAMEWORK) continue;
      const uri = this.uriOf(entry);
      if (!uri) {
        this.showOnce(
          `pillars.frameworks: ${entry}: open a workspace folder to use a framework file given by a relative path.`,
        );
        continue;
      }
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_FRAMEWORK_BYTES)
          throw new Error(`it is ${stat.size} bytes, over the limit of ${MAX_FRAMEWORK_BYTES}`);
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.subarray(0, 8000).includes(0))
          throw new Error('it looks like a binary file, not a Markdown framework');
        files.push({ path: vscode.workspace.asRelativePath(uri), text: new TextDecoder().decode(bytes) });
      } catch (error) {
        this.showOnce(
          `Framework ${entry} is not loaded: ${error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'no such file' : (error as Error).message}.`,
        );
      }
    }
    const next: FrameworkFiles | undefined = wanted.length
      ? { files, builtin: wanted.includes(BUILTIN_FRAMEWORK) || files.length === 0 }
      : undefined;
    const key = JSON.stringify(next ?? null);
    if (key === this.key) return false;
    this.key = key;
    this.files = next;
    if (!next) {
      const builtin = builtinKnowledgeBase();
      kb.replace(builtin.sources, builtin.pillars);
    } else {
      const data = this.options.runner.loadedEngine().frameworkData(next);
      for (const problem of data.problems) {
        const place = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
        log[problem.severity === 'error' ? 'error' : 'warn'](`framework ${place}: ${problem.message}`);
        if (problem.severity === 'error') this.showOnce(`Framework ${place}: ${problem.message}`);
      }
      kb.replace(data.sources, new PillarSet(data.pillars, data.frameworks));
      log.info(
        `frameworks: ${data.frameworks.map((framework) => `${framework.title} (${framework.pillars.length} pillars)`).join(', ') || 'none'}`,
      );
    }
    setKnownPillars(kb.pillars.pillars);
    return true;
  }

  private uriOf(entry: string): vscode.Uri | undefined {
    if (/^(?:\/|[A-Za-z]:[\\/])/.test(entry)) return vscode.Uri.file(entry);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, entry) : undefined;
  }

  /** A problem shown once per session (the log has each). */
  private showOnce(message: string): void {
    this.options.log.warn(message);
    if (this.shown.has(message)) return;
    this.shown.add(message);
    void vscode.window.showWarningMessage(`Cooperation Pillars: ${message}`);
  }
}
