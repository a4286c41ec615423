/**
 * Every command's handler, in one table that activate() registers in a loop. Handlers take a claim from a
 * tree row, a citation key (hover links, tree clicks) or, from the palette, ask for one.
 */
import * as vscode from 'vscode';
import { cslJson } from '../core/bibliography/csl-json.js';
import { bibliographyItems } from '../core/bibliography/entries.js';
import { citationInsertEdit, quoteWithCitation, referencesEdit } from '../core/edits/editor-helpers.js';
import type { Claim, KnowledgeBase, PillarId, TextEdit } from '../core/index.js';
import type { DraftChecker } from './checker.js';
import type { PillarsConfig } from './config.js';
import { findDrafts, type ActiveDraft } from './drafts.js';
import { COMMANDS, SETTINGS, SOURCE_SCHEME, type CommandId } from './ids.js';
import { evidenceRow, pickEntries, pillarInfo } from './present.js';
import { formatSize, sizeLimitHelp, utf8Size } from './report.js';
import type { CoverageOverview } from './overview.js';
import type { CheckRunner } from './runner.js';
import type { SelectionOrigins } from './selections.js';
import { showSource } from './source-document.js';
import { showClaimReferences } from './symbols.js';
import { ClaimNode, CitedClaimNode, PillarNode } from './tree.js';

export interface Services {
  kb: KnowledgeBase;
  checker: DraftChecker;
  runner: CheckRunner;
  activeDraft: ActiveDraft;
  config: (uri?: vscode.Uri) => PillarsConfig;
  extensionUri: vscode.Uri;
  /** Re-reads the draft's report into the tree and the status bar. */
  refreshViews: () => void;
  /** Whether a selection was the user's (Insert Citation replaces only those). */
  selections: SelectionOrigins;
  isDraft: (document: vscode.TextDocument) => boolean;
  /** The workspace's Coverage Overview (a webview). */
  overview: CoverageOverview;
  /** Whether the workspace sets the size limit and Restricted Mode ignores it (raising it is then not what helps). */
  sizeLimitIgnored?: () => boolean;
}

/** A command's handler: arguments from a menu, a link or the palette (none). */
export type CommandHandler = (...args: unknown[]) => unknown;

/** The example draft the walkthrough opens (shipped in the extension). */
export const EXAMPLE_DRAFT = ['media', 'walkthrough', 'example-draft.md'];

export function commandTable(services: Services): Record<CommandId, CommandHandler> {
  const { kb, checker } = services;

  const claimOf = (arg: unknown): Claim | undefined => {
    if (arg instanceof ClaimNode || arg instanceof CitedClaimNode) return arg.claim;
    const key =
      typeof arg === 'string'
        ? arg
        : arg && typeof arg === 'object' && 'key' in arg
          ? String((arg as { key: unknown }).key)
          : undefined;
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

  const writable = (editor: vscode.TextEditor) =>
    editor.document.languageId === 'markdown' && editor.document.uri.scheme !== SOURCE_SCHEME;

  /**
   * The Markdown editor to write into: the active one, else a visible one (the draft the tree shows first),
   * whose cursor the user can see. With none in sight (the walkthrough or another file in front) nothing is
   * written: the user is asked to show the draft, so a citation never lands where nobody looks.
   */
  const draftEditor = async (): Promise<vscode.TextEditor | undefined> => {
    const active = vscode.window.activeTextEditor;
    if (active && writable(active)) return active;
    const draft = services.activeDraft.document;
    const visible = vscode.window.visibleTextEditors.filter(writable);
    const chosen =
      visible.find((editor) => editor.document === draft) ?? (visible.length === 1 ? visible[0] : undefined);
    if (chosen) return vscode.window.showTextDocument(chosen.document, chosen.viewColumn);
    // Not awaited: the command ends now, whatever the user does with the message.
    if (draft) {
      const name = vscode.workspace.asRelativePath(draft.uri);
      void vscode.window
        .showInformationMessage(
          `Show ${name} and put the cursor where the citation goes, then run the command again.`,
          'Show Draft',
        )
        .then(async (choice) => {
          if (choice) await vscode.window.showTextDocument(draft);
        });
    } else {
      void vscode.window
        .showInformationMessage(
          'Open a Markdown draft first: the citation goes where its cursor is.',
          'Open Example Draft',
        )
        .then(async (choice) => {
          if (choice) await vscode.commands.executeCommand(COMMANDS.openExample);
        });
    }
    return undefined;
  };

  /**
   * Applies one edit at the editor's cursor (one undo step) and puts the cursor after it. A selection replaces
   * only when the user made it: one a command made (an evidence row selects its passage) is left as it is.
   */
  const editAtSelection = async (
    editor: vscode.TextEditor,
    make: (text: string, start: number, end: number) => TextEdit,
  ) => {
    const document = editor.document;
    const selection = editor.selection;
    const replace = !selection.isEmpty && services.selections.madeByUser(editor);
    const start = document.offsetAt(replace ? selection.start : selection.active);
    const end = replace ? document.offsetAt(selection.end) : start;
    const edit = make(document.getText(), start, end);
    const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
    if (!(await editor.edit((builder) => builder.replace(range, edit.newText))))
      throw new Error('the editor did not accept the edit');
    const after = document.positionAt(edit.start + edit.newText.length);
    editor.selection = new vscode.Selection(after, after);
    editor.revealRange(new vscode.Range(after, after));
    await vscode.window.showTextDocument(document, editor.viewColumn);
  };

  const pillarOfArg = (arg: unknown): PillarId | undefined => {
    if (arg instanceof PillarNode) return arg.theme.pillar;
    return typeof arg === 'string' && arg ? arg : undefined;
  };

  /**
   * Applies the missing-pillar quick fix of a pillar (from its row in the tree) to the active draft: checked
   * afresh with the rule on, so the fix's offsets are those of the text as it is now.
   */
  const applyPillarFix = async (arg: unknown, which: 'insert' | 'skip') => {
    const id = pillarOfArg(arg);
    const document = services.activeDraft.document;
    if (!id || !document) return;
    const version = document.version;
    const config = services.config(document.uri);
    const report = await services.runner.check(
      document.getText(),
      { rules: { ...config.rules, 'missing-pillar': 'warning' } },
      version,
    );
    if (report.notChecked) throw new Error(`the draft could not be read: ${report.notChecked.message}`);
    if (document.version !== version) throw new Error('the draft changed while it was read: run the command again');
    const message = report.messages.find(
      (candidate) => candidate.ruleId === 'missing-pillar' && candidate.pillar === id,
    );
    if (!message) {
      void vscode.window.showInformationMessage('The draft covers this pillar now: nothing to add.');
      return;
    }
    const fix =
      which === 'insert'
        ? message.fixes.find((candidate) => candidate.preferred)
        : message.fixes.find((candidate) => /out of scope/.test(candidate.title));
    if (!fix)
      throw new Error(
        which === 'insert'
          ? 'the pillar has a section still to be written: replace its prompt'
          : 'the front matter cannot be read: fix it first',
      );
    const edit = new vscode.WorkspaceEdit();
    for (const change of fix.edits)
      edit.replace(
        document.uri,
        new vscode.Range(document.positionAt(change.start), document.positionAt(change.end)),
        change.newText,
      );
    if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the editor did not accept the edit');
    const shown = await vscode.window.showTextDocument(
      document,
      vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn,
    );
    const at = document.positionAt(fix.edits[0].start);
    shown.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
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
      if (editor)
        await editAtSelection(editor, (text, start, end) =>
          citationInsertEdit(text, start, end, claim.key, kb.namespaces),
        );
    },
    [COMMANDS.insertQuote]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Insert Quote with Citation');
      if (!claim) return;
      const editor = await draftEditor();
      if (editor)
        await editAtSelection(editor, (_text, start, end) => ({ start, end, newText: quoteWithCitation(claim) }));
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
    [COMMANDS.findReferences]: async (arg?: unknown) => {
      const claim = await claimOrPick(arg, 'Find All References');
      if (claim) return showClaimReferences(kb, claim, services.config, services.isDraft);
      return undefined;
    },
    [COMMANDS.insertPillarSection]: (arg?: unknown) => applyPillarFix(arg, 'insert'),
    [COMMANDS.markOutOfScope]: (arg?: unknown) => applyPillarFix(arg, 'skip'),
    [COMMANDS.openSource]: async () => {
      await showSource(kb.sources[0]);
    },
    [COMMANDS.checkWorkspace]: async () => {
      const config = services.config();
      if (!config.enable) {
        const choice = await vscode.window.showInformationMessage(
          `Checking is turned off (${SETTINGS.enable}).`,
          'Open Settings',
        );
        if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', SETTINGS.enable);
        return;
      }
      const checked: vscode.Uri[] = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: 'Cooperation Pillars: checking drafts',
          cancellable: true,
        },
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
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
          return done;
        },
      );
      const findings = checker.countWithFindings(checked);
      const notChecked = checker.countNotChecked(checked);
      const summary = `Checked ${checked.length} draft${checked.length === 1 ? '' : 's'}: ${findings} with findings${notChecked ? `, ${notChecked} not checked (see the log)` : ''}.`;
      // Not awaited: the command is done when the Problems panel is filled, not when the message is dismissed.
      void vscode.window
        .showInformationMessage(summary, ...(findings ? ['Show Problems'] : []))
        .then(async (choice) => {
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
        const help = sizeLimitHelp(SETTINGS.maxFileSize, services.sizeLimitIgnored?.() ?? false, 'list its citations');
        throw new Error(
          `the draft is ${formatSize(utf8Size(text))}, over the limit of ${SETTINGS.maxFileSize} (${config.maxFileSize} KB): ${help}`,
        );
      }
      const report = await services.runner.check(text, { rules: config.rules }, version);
      if (report.notChecked) throw new Error(`the draft's citations could not be read: ${report.notChecked.message}`);
      if (document.version !== version)
        throw new Error('the draft changed while its citations were read: run the command again');
      const edit = referencesEdit(
        {
          text,
          citations: report.citations,
          headings: report.headings,
          title: report.title,
          hasBibliography: report.hasBibliography,
        },
        kb,
      );
      const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
      if (!(await editor.edit((builder) => builder.replace(range, edit.newText))))
        throw new Error('the editor did not accept the edit');
      const inserted = new vscode.Range(
        document.positionAt(edit.start),
        document.positionAt(edit.start + edit.newText.length),
      );
      editor.revealRange(inserted, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
    [COMMANDS.addBibliography]: async () => {
      const editor = await draftEditor();
      if (!editor) return;
      const document = editor.document;
      // Any file system will do (the browser build's drafts are on the workspace's): only an untitled draft has no
      // folder.
      if (document.uri.scheme === 'untitled') {
        void vscode.window.showInformationMessage(
          'Save the draft first: its bibliography of claims is written beside it, as claims.json.',
        );
        return;
      }
      const version = document.version;
      const config = services.config(document.uri);
      const report = await services.runner.check(
        document.getText(),
        { path: vscode.workspace.asRelativePath(document.uri), fsPath: document.uri.fsPath, rules: config.rules },
        version,
      );
      if (report.notChecked) throw new Error(`the draft could not be read: ${report.notChecked.message}`);
      if (document.version !== version) throw new Error('the draft changed while it was read: run the command again');
      const file = vscode.Uri.joinPath(document.uri, '..', BIBLIOGRAPHY_FILE);
      await writeClaimsBibliography(file, kb);
      const edit = report.claimsBibliography?.edit;
      if (edit) {
        const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
        if (!(await editor.edit((builder) => builder.replace(range, edit.newText))))
          throw new Error('the editor did not accept the edit');
      }
      vscode.window.setStatusBarMessage(
        `$(check) Wrote ${BIBLIOGRAPHY_FILE} beside the draft${edit ? ' and named it in the front matter' : ''}: pandoc --citeproc resolves its citations`,
        5000,
      );
    },
    [COMMANDS.openExample]: async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(services.extensionUri, ...EXAMPLE_DRAFT));
      const document = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content: new TextDecoder().decode(bytes),
      });
      await vscode.window.showTextDocument(document);
    },
    [COMMANDS.showOverview]: () => services.overview.show(),
    [COMMANDS.showEvidence]: async (arg?: unknown) => {
      // Every piece of a pillar's evidence in the active draft (the tooltip lists the first few), to pick and go to.
      const document = services.activeDraft.document;
      if (!document) {
        void vscode.window.showInformationMessage('Open a Markdown draft first: the evidence listed is the draft’s.');
        return;
      }
      let id = pillarOfArg(arg);
      if (!id) {
        const picked = await vscode.window.showQuickPick(
          services.kb.pillars.ids.map((pillar) => ({ label: pillarInfo(pillar).title, id: pillar })),
          { title: 'Show the evidence of which pillar?' },
        );
        if (!picked) return;
        id = picked.id;
      }
      const version = document.version;
      // The draft's current report (the tooltip's, whose "…and N more" links here): the pick opens at once, with no
      // second check (nor, in the browser, a look at the files earlier checks asked for, one round trip each).
      const current = checker.currentReport(document);
      const report =
        current && !current.notChecked
          ? current
          : await services.runner.check(document.getText(), { rules: services.config(document.uri).rules }, version);
      if (report.notChecked) throw new Error(`the draft could not be read: ${report.notChecked.message}`);
      const evidence = report.coverage[id]?.evidence ?? [];
      if (!evidence.length) {
        void vscode.window.showInformationMessage(`The draft has no evidence of “${pillarInfo(id).title}”.`);
        return;
      }
      const items = evidence.map((piece) => {
        const row = evidenceRow(piece, report);
        return { label: row.label, description: row.description, piece };
      });
      const chosen = await vscode.window.showQuickPick(items, {
        title: `${pillarInfo(id).title}: ${evidence.length} pieces of evidence in ${vscode.workspace.asRelativePath(document.uri)}`,
        matchOnDescription: true,
      });
      if (!chosen || document.version !== version) return;
      const { start, end } = chosen.piece.range;
      const selection = new vscode.Range(start.line - 1, start.column - 1, end.line - 1, end.column - 1);
      const shown = await vscode.window.showTextDocument(document, {
        selection,
        viewColumn: vscode.window.visibleTextEditors.find((editor) => editor.document === document)?.viewColumn,
      });
      shown.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
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
    let ours: boolean;
    try {
      const entries = JSON.parse(new TextDecoder().decode(existing)) as { id?: unknown }[];
      ours =
        Array.isArray(entries) &&
        entries.every(
          (entry) =>
            typeof entry?.id === 'string' && kb.namespaces.some((ns) => (entry.id as string).startsWith(`${ns}:`)),
        );
    } catch {
      ours = false;
    }
    if (!ours)
      throw new Error(
        `${vscode.workspace.asRelativePath(file)} exists and is not a bibliography of the source's claims: rename it, then run the command again`,
      );
  }
  await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(cslJson(bibliographyItems(kb))));
}
