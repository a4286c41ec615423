/**
 * Every command's handler, in one table that activate() registers in a loop. Handlers take a claim from a
 * tree row, a citation key (hover links, tree clicks) or, from the palette, ask for one.
 */
import * as vscode from 'vscode';
import { cslJson } from '../core/bibliography/csl-json.js';
import { bibliographyItems } from '../core/bibliography/entries.js';
import { citationInsertEdit, quoteWithCitation, referencesEdit } from '../core/editor-helpers.js';
import type { Claim, KnowledgeBase, TextEdit } from '../core/index.js';
import type { DraftChecker } from './checker.js';
import type { PillarsConfig } from './config.js';
import { findDrafts, type ActiveDraft } from './drafts.js';
import { COMMANDS, SETTINGS, SOURCE_SCHEME, type CommandId } from './ids.js';
import { pickEntries } from './present.js';
import { formatSize, utf8Size } from './report.js';
import type { CoverageOverview } from './overview.js';
import type { CheckRunner } from './runner.js';
import { showSource } from './source-document.js';
import { ClaimNode } from './tree.js';

export interface Services {
  kb: KnowledgeBase;
  checker: DraftChecker;
  runner: CheckRunner;
  activeDraft: ActiveDraft;
  config: (uri?: vscode.Uri) => PillarsConfig;
  extensionUri: vscode.Uri;
  /** Re-reads the draft's report into the tree and the status bar. */
  refreshViews: () => void;
  /** The workspace's Coverage Overview (a webview). */
  overview: CoverageOverview;
}

/** A command's handler: arguments from a menu, a link or the palette (none). */
export type CommandHandler = (...args: unknown[]) => unknown;

/** The example draft the walkthrough opens (shipped in the extension). */
export const EXAMPLE_DRAFT = ['media', 'walkthrough', 'example-draft.md'];

export function commandTable(services: Services): Record<CommandId, CommandHandler> {
  const { kb, checker } = services;

  const claimOf = (arg: unknown): Claim | undefined => {
    if (arg instanceof ClaimNode) return arg.claim;
    const key = typeof arg === 'string' ? arg : arg && typeof arg === 'object' && 'key' in arg ? String((arg as { key: unknown }).key) : undefined;
    if (key === undefined) return undefined;
    const claim = kb.claim(key.replace(/^@/, ''));
    if (!claim) throw new Error(`no claim of the source has the key @${key}`);
    return claim;
  };

  const pickClaim = async (title: string): Promise<Claim | undefined> => {
    const items = pickEntries(kb).map((entry): vscode.QuickPickItem & { key?: string } =>
      entry.kind === 'separator'
        ? { label: entry.label, kind: vscode.QuickPickItemKind.Separator }
        : { label: entry.label, description: entry.description, detail: entry.detail, key: entry.key },
    );
    const picked = await vscode.window.showQuickPick(items, {
      title,
      placeHolder: 'Type words of the claim, its key or its theme',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked?.key ? kb.claim(picked.key) : undefined;
  };

  const claimOrPick = async (arg: unknown, title: string) => claimOf(arg) ?? (await pickClaim(title));

  /** The Markdown editor to write into: the active one, else the draft the tree shows. */
  const draftEditor = async (): Promise<vscode.TextEditor | undefined> => {
    const active = vscode.window.activeTextEditor;
    if (active && active.document.languageId === 'markdown' && active.document.uri.scheme !== SOURCE_SCHEME) return active;
    const draft = services.activeDraft.document;
    if (draft) {
      const visible = vscode.window.visibleTextEditors.find((editor) => editor.document === draft);
      return vscode.window.showTextDocument(draft, visible?.viewColumn);
    }
    const choice = await vscode.window.showInformationMessage('Open a Markdown draft first: the citation goes where its cursor is.', 'Open Example Draft');
    if (choice) await vscode.commands.executeCommand(COMMANDS.openExample);
    return undefined;
  };

  /** Applies one edit at the editor's selection (one undo step) and puts the cursor after it. */
  const editAtSelection = async (editor: vscode.TextEditor, make: (text: string, start: number, end: number) => TextEdit) => {
    const document = editor.document;
    const edit = make(document.getText(), document.offsetAt(editor.selection.start), document.offsetAt(editor.selection.end));
    const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
    if (!(await editor.edit((builder) => builder.replace(range, edit.newText)))) throw new Error('the editor did not accept the edit');
    const end = document.positionAt(edit.start + edit.newText.length);
    editor.selection = new vscode.Selection(end, end);
    editor.revealRange(new vscode.Range(end, end));
    await vscode.window.showTextDocument(document, editor.viewColumn);
  };

  return {
    [COMMANDS.refresh]: async () => {
      const document = services.activeDraft.document;
      if (document) await checker.checkNow(document);
      services.refreshViews();
    },
    [COMMANDS.insertCitation]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Insert Citation');
      if (!claim) return;
      const editor = await draftEditor();
      if (editor) await editAtSelection(editor, (text, start, end) => citationInsertEdit(text, start, end, claim.key, kb.namespaces));
    },
    [COMMANDS.insertQuote]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Insert Quote with Citation');
      if (!claim) return;
      const editor = await draftEditor();
      if (editor) await editAtSelection(editor, (_text, start, end) => ({ start, end, newText: quoteWithCitation(claim) }));
    },
    [COMMANDS.copyCitation]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Copy Citation');
      if (!claim) return;
      await vscode.env.clipboard.writeText(`[@${claim.key}]`);
      vscode.window.setStatusBarMessage(`$(check) Copied [@${claim.key}]`, 3000);
    },
    [COMMANDS.revealInSource]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Reveal in Source');
      if (claim) await showSource(kb.sourceOf(claim), claim);
    },
    [COMMANDS.openSource]: async () => {
      await showSource(kb.sources[0]);
    },
    [COMMANDS.checkWorkspace]: async () => {
      const config = services.config();
      if (!config.enable) {
        const choice = await vscode.window.showInformationMessage(`Checking is turned off (${SETTINGS.enable}).`, 'Open Settings');
        if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', SETTINGS.enable);
        return;
      }
      const checked: vscode.Uri[] = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Cooperation Pillars: checking drafts', cancellable: true },
        async (progress, token) => {
          progress.report({ message: 'finding drafts…' });
          const uris = await findDrafts(services.config, token);
          const done: vscode.Uri[] = [];
          for (const uri of uris) {
            if (token.isCancellationRequested) break;
            progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / uris.length });
            const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
            if (open) await checker.checkNow(open);
            else await checker.checkFile(uri);
            done.push(uri);
            // Lets edits, hovers and other extensions in between two drafts.
            await new Promise((resolve) => setImmediate(resolve));
          }
          return done;
        },
      );
      const findings = checker.countWithFindings(checked);
      const notChecked = checker.countNotChecked(checked);
      const summary = `Checked ${checked.length} draft${checked.length === 1 ? '' : 's'}: ${findings} with findings${notChecked ? `, ${notChecked} not checked (see the log)` : ''}.`;
      // Not awaited: the command is done when the Problems panel is filled, not when the message is dismissed.
      void vscode.window.showInformationMessage(summary, ...(findings ? ['Show Problems'] : [])).then(async (choice) => {
        if (choice) await vscode.commands.executeCommand('workbench.actions.view.problems');
      });
    },
    [COMMANDS.insertReferences]: async () => {
      const editor = await draftEditor();
      if (!editor) return;
      const document = editor.document;
      const version = document.version;
      const text = document.getText();
      const config = services.config(document.uri);
      if (utf8Size(text) > config.maxFileSize * 1024) {
        throw new Error(`the draft is ${formatSize(utf8Size(text))}, over the limit of ${SETTINGS.maxFileSize} (${config.maxFileSize} KB): raise the setting to list its citations`);
      }
      const report = await services.runner.check(text, { rules: config.rules }, version);
      if (report.notChecked) throw new Error(`the draft's citations could not be read: ${report.notChecked.message}`);
      if (document.version !== version) throw new Error('the draft changed while its citations were read: run the command again');
      const edit = referencesEdit({ text, citations: report.citations, headings: report.headings, title: report.title, hasBibliography: report.hasBibliography }, kb);
      const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
      if (!(await editor.edit((builder) => builder.replace(range, edit.newText)))) throw new Error('the editor did not accept the edit');
      const inserted = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.start + edit.newText.length));
      editor.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
    [COMMANDS.addBibliography]: async () => {
      const editor = await draftEditor();
      if (!editor) return;
      const document = editor.document;
      if (document.uri.scheme !== 'file') {
        void vscode.window.showInformationMessage('Save the draft first: its bibliography of claims is written beside it, as claims.json.');
        return;
      }
      const version = document.version;
      const config = services.config(document.uri);
      const report = await services.runner.check(document.getText(), { path: vscode.workspace.asRelativePath(document.uri), fsPath: document.uri.fsPath, rules: config.rules }, version);
      if (report.notChecked) throw new Error(`the draft could not be read: ${report.notChecked.message}`);
      if (document.version !== version) throw new Error('the draft changed while it was read: run the command again');
      const file = vscode.Uri.joinPath(document.uri, '..', BIBLIOGRAPHY_FILE);
      await writeClaimsBibliography(file, kb);
      const edit = report.claimsBibliography?.edit;
      if (edit) {
        const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
        if (!(await editor.edit((builder) => builder.replace(range, edit.newText)))) throw new Error('the editor did not accept the edit');
      }
      vscode.window.setStatusBarMessage(`$(check) Wrote ${BIBLIOGRAPHY_FILE} beside the draft${edit ? ' and named it in the front matter' : ''}: pandoc --citeproc resolves its citations`, 5000);
    },
    [COMMANDS.openExample]: async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(services.extensionUri, ...EXAMPLE_DRAFT));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      await vscode.window.showTextDocument(document);
    },
    [COMMANDS.showOverview]: () => services.overview.show(),
  };
}

/** The bibliography file the editor writes beside a draft (CSL JSON, which Pandoc, Quarto and Zotero read). */
export const BIBLIOGRAPHY_FILE = 'claims.json';

/**
 * Writes the claims of `kb` as CSL JSON to `file`, replacing an older one of ours (every entry a claim's key)
 * but never a file of the writer's own.
 */
async function writeClaimsBibliography(file: vscode.Uri, kb: KnowledgeBase): Promise<void> {
  let existing: Uint8Array | undefined;
  try {
    existing = await vscode.workspace.fs.readFile(file);
  } catch {
    existing = undefined;
  }
  if (existing) {
    let ours = false;
    try {
      const entries = JSON.parse(new TextDecoder().decode(existing)) as { id?: unknown }[];
      ours = Array.isArray(entries) && entries.every((entry) => typeof entry?.id === 'string' && kb.namespaces.some((ns) => (entry.id as string).startsWith(`${ns}:`)));
    } catch {
      ours = false;
    }
    if (!ours) throw new Error(`${vscode.workspace.asRelativePath(file)} exists and is not a bibliography of the source's claims: rename it, then run the command again`);
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(cslJson(bibliographyItems(kb))));
}
