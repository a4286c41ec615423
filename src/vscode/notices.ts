/**
 * What the user is told besides the Problems panel: a draft that was not checked, settings that could not be
 * used, and what Restricted Mode does not read. Everything is logged; each notification is non-modal, has
 * one button, and is shown once: for a draft, once per document and reason until it is closed or the
 * settings change, never on every keystroke. The words come from present.ts.
 */
import * as vscode from 'vscode';
import type { CheckEvent } from './checker.js';
import type { SettingProblem } from './config-validate.js';
import { countFailure } from './errors.js';
import { SETTINGS } from './ids.js';
import { notCheckedNotice, restrictedModeNotice, settingsNotice, type Notice } from './present.js';

export class Notices {
  /** `uri \n reason` of the drafts already told about. */
  private readonly notified = new Set<string>();
  /**
   * What was last logged per draft: its reason (a fault of the checker: its message). A draft still too large
   * after the next keystroke is not logged again.
   */
  private readonly logged = new Map<string, string>();
  /** Settings problems already told about (their messages). */
  private readonly settingsTold = new Set<string>();
  private restrictedTold = false;
  /** The restricted settings the workspace sets, which Restricted Mode ignores. */
  private ignored = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** After every check: tells about a draft that was not checked. Drafts only read from disk are logged, not shown. */
  checked(event: CheckEvent): void {
    const key = event.uri.toString();
    const notChecked = event.report?.notChecked;
    if (!notChecked) {
      this.logged.delete(key);
      return;
    }
    const path = vscode.workspace.asRelativePath(event.uri);
    const state = notChecked.reason === 'internal-error' ? notChecked.message : notChecked.reason;
    if (this.logged.get(key) !== state) {
      this.logged.set(key, state);
      if (notChecked.reason === 'internal-error') {
        countFailure();
        this.log.error(`${path}: not checked: ${notChecked.message}${notChecked.stack ? `\n${notChecked.stack}` : ''}`);
      } else {
        this.log.warn(`${path}: not checked: ${notChecked.message}`);
      }
    }
    const once = `${key}\n${notChecked.reason}`;
    const open = vscode.workspace.textDocuments.some((document) => document.uri.toString() === key);
    if (!open || this.notified.has(once)) return;
    this.notified.add(once);
    this.show(
      'warning',
      notCheckedNotice(path, notChecked, SETTINGS.maxFileSize, this.ignored.has(SETTINGS.maxFileSize)),
    );
  }

  /** A draft was closed: opened again and still not checkable, it is told about again. */
  closed(uri: vscode.Uri): void {
    const key = uri.toString();
    this.logged.delete(key);
    for (const once of [...this.notified]) if (once.startsWith(`${key}\n`)) this.notified.delete(once);
  }

  /** The settings changed: what is still wrong (or newly so) is told again. */
  settingsChanged(): void {
    this.notified.clear();
    this.settingsTold.clear();
  }

  /** Settings that could not be used: each logged, and one notification for those not told yet. */
  settings(problems: readonly SettingProblem[]): void {
    const fresh = [...new Set(problems.map((problem) => problem.message))].filter(
      (message) => !this.settingsTold.has(message),
    );
    if (fresh.length === 0) return;
    for (const message of fresh) {
      this.settingsTold.add(message);
      this.log.warn(`settings: ${message}`);
    }
    this.show('warning', settingsNotice(fresh));
  }

  /**
   * Once per session: the workspace sets settings that Restricted Mode does not read. The too-large notice then
   * points to workspace trust, not to the setting.
   */
  restricted(settings: readonly string[]): void {
    for (const setting of settings) this.ignored.add(setting);
    if (settings.length === 0 || this.restrictedTold) return;
    this.restrictedTold = true;
    const notice = restrictedModeNotice([...new Set(settings)]);
    this.log.info(notice.text);
    this.show('info', notice);
  }

  /** The workspace is trusted: its settings apply, nothing is ignored any more. */
  trusted(): void {
    this.ignored.clear();
  }

  private show(kind: 'warning' | 'info', notice: Notice): void {
    const show = kind === 'warning' ? vscode.window.showWarningMessage : vscode.window.showInformationMessage;
    // Not awaited: a notification waits for the user, the extension does not.
    void show(notice.text, notice.action.title).then(
      async (choice) => {
        if (!choice) return;
        if (notice.action.kind === 'settings')
          await vscode.commands.executeCommand('workbench.action.openSettings', notice.action.setting);
        else if (notice.action.kind === 'trust') await vscode.commands.executeCommand('workbench.trust.manage');
        else this.log.show(true);
      },
      (error: unknown) =>
        this.log.error(`could not show a notification: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
}
