/**
 * The built-in source as a read-only virtual document (`cooperation-pillars:/belarus-cyber-cooperation.md`),
 * so it cannot be edited by accident, and revealing a claim's sentence in it. It is served as Markdown: the
 * source is prose in paragraphs of one line each, and VS Code wraps Markdown at the window's width by default
 * (`[markdown]` `editor.wordWrap`), so a claim is read without scrolling sideways. Its text is the source's,
 * unchanged: claims' ranges point into it as they are.
 */
import * as vscode from 'vscode';
import type { Claim, KnowledgeBase, Range, Source } from '../core/index.js';
import { SOURCE_SCHEME } from './ids.js';

export function sourceUri(source: Source): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${source.id}.md` });
}

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

/** Where a claim's sentence is in the source document (Go to Definition, Find All References). */
export function claimLocation(kb: KnowledgeBase, claim: Claim): vscode.Location {
  return new vscode.Location(sourceUri(kb.sourceOf(claim)), toVscodeRange(claim.range));
}

/** The claim whose sentence holds a position of the source document, if any. */
export function claimAtSourcePosition(
  kb: KnowledgeBase,
  uri: vscode.Uri,
  position: vscode.Position,
): Claim | undefined {
  const source = sourceOfUri(kb, uri);
  if (!source) return undefined;
  for (const theme of source.themes) {
    for (const claim of theme.claims) if (toVscodeRange(claim.range).contains(position)) return claim;
  }
  return undefined;
}

function sourceOfUri(kb: KnowledgeBase, uri: vscode.Uri): Source | undefined {
  if (uri.scheme !== SOURCE_SCHEME) return undefined;
  // `.txt`: the address earlier versions gave the source (links and editors restored from them still open).
  const id = uri.path.replace(/^\//, '').replace(/\.(md|txt)$/, '');
  return kb.sources.find((source) => source.id === id);
}

export class SourceContentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly kb: KnowledgeBase) {}

  provideTextDocumentContent(uri: vscode.Uri): string | undefined {
    return sourceOfUri(this.kb, uri)?.text;
  }
}

/**
 * Selects a claim's whole sentence when the source is opened at its first character by a command (Go to
 * Definition puts only the cursor there): the reader sees where the claim ends. Keyboard and mouse moves are
 * the user's and are left alone.
 */
export function selectClaimsOnArrival(kb: KnowledgeBase): vscode.Disposable {
  return vscode.window.onDidChangeTextEditorSelection((event) => {
    const editor = event.textEditor;
    if (
      editor.document.uri.scheme !== SOURCE_SCHEME ||
      event.kind === vscode.TextEditorSelectionChangeKind.Keyboard ||
      event.kind === vscode.TextEditorSelectionChangeKind.Mouse
    )
      return;
    if (event.selections.length !== 1 || !event.selections[0].isEmpty) return;
    const at = event.selections[0].active;
    const claim = claimAtSourcePosition(kb, editor.document.uri, at);
    if (!claim) return;
    const range = toVscodeRange(claim.range);
    if (range.start.isEqual(at)) editor.selection = new vscode.Selection(range.start, range.end);
  });
}

/**
 * Opens the source with the claim's sentence selected: where it is already shown; else beside a draft's
 * editor that is visible; else in the active group (never a second group next to nothing).
 */
export async function showSource(source: Source, claim?: Claim): Promise<vscode.TextEditor> {
  const uri = sourceUri(source);
  const document = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const besideDraft = vscode.window.visibleTextEditors.some(
    (editor) => editor.document.uri.scheme !== SOURCE_SCHEME && editor.document.languageId === 'markdown',
  );
  const range = claim ? toVscodeRange(claim.range) : undefined;
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? (besideDraft ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active),
    preview: true,
    selection: range,
  });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
