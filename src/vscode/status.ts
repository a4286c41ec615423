/** The status-bar item for the active draft: "Pillars 3/4", per-pillar tooltip; clicking it shows the themes view. */
import * as vscode from 'vscode';
import { FOCUS_THEMES, SETTINGS, STATUS_BAR_ITEM } from './ids.js';
import { statusBarOf, statusBarWithoutReport, type StatusBarOptions } from './present.js';
import type { DraftReport } from './report.js';

export class PillarsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_BAR_ITEM, vscode.StatusBarAlignment.Left, 50);
  private shown = false;

  constructor() {
    this.item.name = 'Cooperation Pillars coverage';
    this.item.command = { command: FOCUS_THEMES, title: 'Show the themes view' };
  }

  /** Shows the draft's coverage (or why it was not checked) while the draft is the active editor; hidden otherwise. */
  update(active: boolean, report: DraftReport | undefined, checking: boolean, options: StatusBarOptions = {}): void {
    this.shown = active;
    if (!active) {
      this.item.hide();
      return;
    }
    const { text, tooltip, accessibilityLabel } = report
      ? statusBarOf(report, options)
      : statusBarWithoutReport(checking, SETTINGS.enable, options);
    this.item.text = text;
    this.item.tooltip = new vscode.MarkdownString(tooltip);
    // Without it a screen reader reads the tooltip's Markdown source (`**…**`, `2\.2 MB`).
    this.item.accessibilityInformation = { label: accessibilityLabel };
    this.item.show();
  }

  /** What the item shows (read by the host tests: StatusBarItem has no visibility getter). */
  get state(): { text: string; visible: boolean; tooltip: string; accessibilityLabel: string } {
    const tooltip = this.item.tooltip;
    return {
      text: this.item.text,
      visible: this.shown,
      tooltip: typeof tooltip === 'string' ? tooltip : (tooltip?.value ?? ''),
      accessibilityLabel: this.item.accessibilityInformation?.label ?? '',
    };
  }

  dispose(): void {
    this.item.dispose();
  }
}
