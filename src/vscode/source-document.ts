/**
 * The built-in source as a read-only virtual document (`cooperation-pillars:/belarus-cyber-cooperation.txt`),
 * so it cannot be edited by accident, and revealing a claim's sentence in it.
 */
import * as vscode from 'vscode';
import type { Claim, KnowledgeBase, Range, Source } from '../core/index.js';
import { SOURCE_SCHEME } from './ids.js';

export function sourceUri(source: Source): vscode.Uri {
  return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${source.id}.txt` });
}

export function toVscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line - 1, range.start.column - 1, range.end.line - 1, range.end.column - 1);
}

export class SourceContentProvider implements vscode.TextDocumentContentProvider {
  constructor(private readonly kb: KnowledgeBase) {}

  provideTextDocumentContent(uri: vscode.Uri): string | undefined {
    const id = uri.path.replace(/^\//, '').replace(/\.txt$/, '');
    return this.kb.sources.find((source) => source.id === id)?.text;
  }
}

/** Opens the source (beside the draft, or where it is already shown), with the claim's sentence selected. */
export async function showSource(source: Source, claim?: Claim): Promise<vscode.TextEditor> {
  const uri = sourceUri(source);
  const document = await vscode.workspace.openTextDocument(uri);
  const shown = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const range = claim ? toVscodeRange(claim.range) : undefined;
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: shown?.viewColumn ?? vscode.ViewColumn.Beside,
    preview: true,
    selection: range,
  });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
