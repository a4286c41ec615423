/**
 * Who made each editor's selection. Insert Citation replaces a selection only when the user made it (with the
 * keyboard or the mouse); one made by a command (a click on an evidence row or a reference opens the draft with
 * that passage selected) is only shown, and the citation goes in at the cursor, so no text is overwritten.
 */
import * as vscode from 'vscode';

export class SelectionOrigins implements vscode.Disposable {
  private readonly byUser = new WeakMap<vscode.TextEditor, boolean>();
  private readonly subscription = vscode.window.onDidChangeTextEditorSelection((event) => {
    const user =
      event.kind === vscode.TextEditorSelectionChangeKind.Keyboard ||
      event.kind === vscode.TextEditorSelectionChangeKind.Mouse;
    this.byUser.set(event.textEditor, user);
  });

  /** Whether the editor's selection was made by the user (an empty selection is only a cursor either way). */
  madeByUser(editor: vscode.TextEditor): boolean {
    return this.byUser.get(editor) ?? false;
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
