/** Which documents are drafts (the glob settings), and the draft the tree and the status bar follow. */
import { isFrameworkText } from '../core/framework/builtin.js';
import * as vscode from 'vscode';
import { joinGlobs, type PillarsConfig } from './config.js';
import { SOURCE_SCHEME } from './ids.js';

/** Schemes of documents that can be drafts by default: files on disk (local or remote); untitled documents always. */
const SCHEMES: ReadonlySet<string> = new Set(['file']);

/**
 * Whether a document is a draft: Markdown, matched by `include` and not by `exclude`. Untitled Markdown always is.
 * `schemes`: the host's schemes of documents that can be drafts (the web build's include virtual file systems).
 */
export function isDraft(
  document: vscode.TextDocument,
  config: PillarsConfig,
  schemes: ReadonlySet<string> = SCHEMES,
): boolean {
  if (document.languageId !== 'markdown' || !(document.uri.scheme === 'untitled' || schemes.has(document.uri.scheme)))
    return false;
  if (document.uri.scheme === 'untitled') return true;
  // A framework file (its front matter names a namespace) is read as a framework, not checked as a draft.
  if (isFrameworkText(document.getText(new vscode.Range(0, 0, 200, 0)))) return false;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const matches = (glob: string) =>
    vscode.languages.match({ pattern: folder ? new vscode.RelativePattern(folder, glob) : glob }, document) > 0;
  return config.include.some(matches) && !config.exclude.some(matches);
}

/** The drafts in the workspace's folders, by each folder's glob settings (folders with checking off are left out). */
export async function findDrafts(
  configOf: (folder: vscode.Uri) => PillarsConfig,
  token?: vscode.CancellationToken,
): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const config = configOf(folder.uri);
    if (!config.enable) continue;
    const exclude = joinGlobs(config.exclude);
    for (const include of config.include) {
      for (const uri of await vscode.workspace.findFiles(
        new vscode.RelativePattern(folder, include),
        exclude,
        undefined,
        token,
      )) {
        if (/\.(md|markdown)$/i.test(uri.path)) found.set(uri.toString(), uri);
      }
      if (token?.isCancellationRequested) return [];
    }
  }
  // A framework file (its front matter names a namespace) is not a draft, wherever it is.
  const drafts: vscode.Uri[] = [];
  for (const uri of found.values()) {
    if (token?.isCancellationRequested) return [];
    if (!(await isFrameworkFile(uri))) drafts.push(uri);
  }
  return drafts.sort((a, b) => a.path.localeCompare(b.path));
}

/** Whether a file's start reads as a framework file's (an open document's text, else the file's). */
async function isFrameworkFile(uri: vscode.Uri): Promise<boolean> {
  const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
  if (open) return isFrameworkText(open.getText(new vscode.Range(0, 0, 200, 0)));
  try {
    return isFrameworkText(new TextDecoder().decode((await vscode.workspace.fs.readFile(uri)).subarray(0, 20_000)));
  } catch {
    return false;
  }
}

function isOpenInTab(document: vscode.TextDocument): boolean {
  const uri = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri),
  );
}

/**
 * The draft the tree and the status bar show: the active editor's, or while another editor (such as the
 * source, or a file that is not Markdown) is active, the last draft that is still open. A Markdown file that
 * is not a draft (a README) in front means none: the views would otherwise describe a draft behind it.
 */
export class ActiveDraft implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private refused: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly isDraft: (document: vscode.TextDocument) => boolean) {
    this.subscriptions = [
      this.emitter,
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.isDraft(editor.document)) this.set(editor.document, undefined);
        else this.pick();
      }),
      vscode.workspace.onDidCloseTextDocument(() => this.pick()),
      // Closing the draft's last tab closes it for the user, long before VS Code disposes the document.
      vscode.window.tabGroups.onDidChangeTabs(() => this.pick()),
    ];
    this.pick();
  }

  get document(): vscode.TextDocument | undefined {
    return this.current;
  }

  /** The Markdown file in front that is not a draft, while there is one (the views say so). */
  get notDraft(): vscode.TextDocument | undefined {
    return this.refused;
  }

  /** Whether the draft is the active editor's (the status bar shows only then). */
  get isActive(): boolean {
    return this.current !== undefined && vscode.window.activeTextEditor?.document === this.current;
  }

  /**
   * Looks again: the active editor's draft, else the one followed so far while it is still open in a tab,
   * else a draft in another visible editor. Also after the settings changed which files are drafts.
   */
  pick(): void {
    const open = (document: vscode.TextDocument | undefined): boolean =>
      document !== undefined && !document.isClosed && isOpenInTab(document) && this.isDraft(document);
    const active = vscode.window.activeTextEditor?.document;
    if (active && open(active)) return this.set(active, undefined);
    if (
      active &&
      !active.isClosed &&
      active.languageId === 'markdown' &&
      active.uri.scheme !== SOURCE_SCHEME &&
      isOpenInTab(active)
    ) {
      return this.set(undefined, active);
    }
    if (open(this.current)) return this.set(this.current, undefined);
    this.set(vscode.window.visibleTextEditors.map((editor) => editor.document).find(open), undefined);
  }

  private set(document: vscode.TextDocument | undefined, refused: vscode.TextDocument | undefined): void {
    const changed = document !== this.current || refused !== this.refused;
    this.current = document;
    this.refused = refused;
    // Fired for the same draft too: whether it is the active editor may have changed (the status bar).
    if (changed || document) this.emitter.fire(document);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
