/**
 * The files the core reads, in the browser build: read through `vscode.workspace.fs` (any file system: a
 * remote, github.dev's, a local folder opened in vscode.dev) into the memory fs.ts serves them from. The
 * configuration files of the workspace are read at activation and kept up to date by a watcher; the files a
 * check asks for (a draft's bibliographies) when it asks, and looked at again before each check, as the Node
 * build stats them.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAMES } from '../../core/config/files.js';
import { deleteFile, setFile, storedFile, type StoredFile } from './fs.js';

const CONFIG_GLOB = `**/{${CONFIG_FILE_NAMES.join(',')}}`;
const NOT_SEARCHED = '**/node_modules/**';

export class WebFiles {
  /** Files read because a check asked for them: looked at again before each check. */
  private readonly asked = new Set<string>();

  /** Reads every configuration file of the workspace (the Node build finds them on disk when it needs them). */
  async readConfigFiles(): Promise<void> {
    const uris = await vscode.workspace.findFiles(CONFIG_GLOB, NOT_SEARCHED).then(undefined, () => [] as vscode.Uri[]);
    await Promise.all(uris.map((uri) => this.read(uri)));
  }

  /** Watches the configuration files: `changed` runs once the new content is held. */
  watchConfigFiles(changed: (uri: vscode.Uri) => void): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_GLOB);
    const reread = (uri: vscode.Uri) => void this.read(uri).then(() => changed(uri));
    return [watcher, watcher.onDidCreate(reread), watcher.onDidChange(reread), watcher.onDidDelete(reread)];
  }

  /** Reads files a check asked for and did not find held; each is looked at again before later checks. */
  async readMissing(paths: readonly string[]): Promise<void> {
    await Promise.all(
      paths.map((path) => {
        this.asked.add(path);
        return this.read(this.uriOf(path));
      }),
    );
  }

  /**
   * Looks again at the files checks asked for: changed ones are read again, as the Node build stats them each check.
   */
  async refresh(): Promise<void> {
    await Promise.all(
      [...this.asked].map(async (path) => {
        const uri = this.uriOf(path);
        const stat = await vscode.workspace.fs.stat(uri).then(undefined, () => undefined);
        const held = storedFile(path);
        const same =
          held === null
            ? stat === undefined
            : held && 'folder' in held
              ? stat?.type === vscode.FileType.Directory
              : held && stat && held.mtime === stat.mtime && held.size === stat.size;
        if (!same) await this.read(uri);
      }),
    );
  }

  /** A path's URI: on the file system of the workspace folder it is in (else the first folder's). */
  private uriOf(path: string): vscode.Uri {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const folder =
      folders.find(
        (candidate) => path === candidate.uri.path || path.startsWith(`${candidate.uri.path.replace(/\/$/, '')}/`),
      ) ?? folders[0];
    return folder ? folder.uri.with({ path }) : vscode.Uri.file(path);
  }

  private async read(uri: vscode.Uri): Promise<void> {
    let file: StoredFile;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.type & vscode.FileType.Directory) file = { folder: true };
      else
        file = {
          text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(uri)),
          size: stat.size,
          mtime: stat.mtime,
        };
    } catch {
      // Gone, or never there: the core is told there is no such file. (A byte order mark is kept, as node:fs keeps it.)
      file = null;
    }
    if (file === null && !this.asked.has(uri.path)) deleteFile(uri.path);
    else setFile(uri.path, file);
  }
}
