/**
 * The Coverage Overview: a webview of the workspace's drafts × the pillars, drawn by the same renderer as
 * `pillars report` (src/core/overview) in VS Code's theme colours. It lists the drafts the settings name (in
 * Restricted Mode by the user's settings only, as every other part of the extension), checks those not checked
 * yet, follows every check after that, and opens a draft at a cell's evidence when the page asks. The page runs
 * under a strict Content Security Policy (its own nonce'd style and script, nothing else) and loads no resource.
 */
import type { PillarSet } from '../core/framework/pillar-set.js';
import * as vscode from 'vscode';
import { overviewHtml, overviewOf, type CheckedDraft, type UncheckedDraft } from '../core/overview/index.js';
import type { DraftChecker } from './checker.js';
import type { PillarsConfig } from './config.js';
import { findDrafts } from './drafts.js';
import { WEBVIEW_PANELS } from './ids.js';

/** What the page sends: open row `row`'s draft at a place (1-based lines and columns, as the report shows them). */
export interface OpenMessage {
  type: 'open';
  row: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface OverviewDeps {
  /** The pillars of the frameworks loaded now: the matrix's columns. */
  pillars?: () => PillarSet;
  checker: DraftChecker;
  config: (uri?: vscode.Uri) => PillarsConfig;
  onError: (what: string, error: unknown) => void;
}

/** Re-rendered at most this often while drafts are being checked or edited. */
const RENDER_DELAY_MS = 250;

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 1e9;

/** A message from the page, if it is one we act on (the page is ours, but its messages are still checked). */
export function openMessage(message: unknown): OpenMessage | undefined {
  if (!message || typeof message !== 'object') return undefined;
  const m = message as Record<string, unknown>;
  if (m.type !== 'open' || ![m.row, m.line, m.column, m.endLine, m.endColumn].every(isCount)) return undefined;
  return m as unknown as OpenMessage;
}

export class CoverageOverview implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  /** The drafts of the rows on the page, in row order. */
  private drafts: vscode.Uri[] = [];
  private html = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Set while the workspace's drafts are being found and checked: renders wait for it to end. */
  private loading: Promise<void> | undefined;
  private again = false;
  /** Drafts that could not be read, and why. */
  private readonly failed = new Map<string, string>();
  private readonly rendered = new vscode.EventEmitter<void>();
  /** Fires after the page was drawn again (tests wait on it). */
  readonly onDidRender = this.rendered.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly deps: OverviewDeps) {
    const again = () => {
      if (this.panel) void this.load();
    };
    this.subscriptions = [
      this.rendered,
      deps.checker.onDidCheck((event) => {
        // A workspace draft closed in the editor loses its results: its row is read from disk again.
        if (!event.report && this.drafts.some((uri) => uri.toString() === event.uri.toString())) again();
        else this.schedule();
      }),
      vscode.workspace.onDidCreateFiles(again),
      vscode.workspace.onDidDeleteFiles(again),
      vscode.workspace.onDidRenameFiles(again),
      vscode.workspace.onDidChangeWorkspaceFolders(again),
      vscode.workspace.onDidGrantWorkspaceTrust(again),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('pillars')) again();
      }),
    ];
  }

  /** Shows the overview (creating it, or bringing it to the front) and brings it up to date. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
    } else {
      const panel = vscode.window.createWebviewPanel(
        WEBVIEW_PANELS.overview,
        'Coverage Overview',
        vscode.ViewColumn.Active,
        {
          enableScripts: true,
          enableFindWidget: true,
          // The page loads nothing: no folder is open to it.
          localResourceRoots: [],
        },
      );
      this.panel = panel;
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
        clearTimeout(this.timer);
      });
      panel.webview.onDidReceiveMessage((message: unknown) => {
        this.receive(message).catch((error: unknown) => this.deps.onError('Opening the draft failed', error));
      });
      panel.webview.html = this.page('<p>Finding and checking the workspace’s drafts…</p>');
    }
    await this.load();
  }

  /** What the page shows now, for tests: its HTML and its drafts in row order. */
  state(): { html: string; drafts: vscode.Uri[]; visible: boolean } | undefined {
    return this.panel ? { html: this.html, drafts: [...this.drafts], visible: this.panel.visible } : undefined;
  }

  /** Handles a message of the page (a click on a cell or on a line of its evidence). */
  async receive(message: unknown): Promise<void> {
    const open = openMessage(message);
    if (!open) return;
    const uri = this.drafts[open.row];
    if (!uri) return;
    const range = new vscode.Range(
      Math.max(open.line - 1, 0),
      Math.max(open.column - 1, 0),
      Math.max(open.endLine - 1, 0),
      Math.max(open.endColumn - 1, 0),
    );
    const document = await vscode.workspace.openTextDocument(uri);
    // Beside the overview, so that it stays in view.
    const column = this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One;
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: column,
      selection: range,
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Finds the drafts, checks those with no report yet, and draws the page; a request during a load runs after it. */
  private load(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = (async () => {
      try {
        do {
          this.again = false;
          await this.findAndCheck();
        } while (this.again && this.panel);
      } finally {
        this.loading = undefined;
      }
      this.render();
    })();
    return this.loading;
  }

  private async findAndCheck(): Promise<void> {
    const uris = await findDrafts(this.deps.config);
    for (const uri of uris) {
      if (!this.panel) return;
      if (this.deps.checker.report(uri)) continue;
      const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
      try {
        if (open) await this.deps.checker.checkNow(open);
        else await this.deps.checker.checkFile(uri);
        this.failed.delete(uri.toString());
      } catch (error) {
        // Shown as a row not checked, with the reason; the log has the rest.
        this.failed.set(
          uri.toString(),
          `could not be read (${error instanceof Error ? error.message : String(error)})`,
        );
        this.deps.onError(`Checking ${vscode.workspace.asRelativePath(uri)} failed`, error);
      }
    }
    this.drafts = uris;
  }

  private schedule(): void {
    if (!this.panel || this.loading) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.render(), RENDER_DELAY_MS);
  }

  private render(): void {
    if (!this.panel) return;
    const checked: CheckedDraft[] = [];
    const unchecked: UncheckedDraft[] = [];
    const drafts: vscode.Uri[] = [];
    for (const uri of this.drafts) {
      const report = this.deps.checker.report(uri);
      const failed = this.failed.get(uri.toString());
      // A draft whose results were cleared (closed before its check, checking turned off) has no row until checked.
      if (!report && !failed) continue;
      drafts.push(uri);
      const path = vscode.workspace.asRelativePath(uri);
      if (report) checked.push({ path, coverage: report.coverage, notChecked: report.notChecked });
      else unchecked.push({ path, reason: failed! });
    }
    const overview = overviewOf(
      checked,
      unchecked,
      `Pillar coverage${vscode.workspace.name ? `: ${vscode.workspace.name}` : ''}`,
      this.deps.pillars?.(),
    );
    // overviewOf sorts by path: the rows' drafts follow the same order.
    const byPath = new Map(drafts.map((uri) => [vscode.workspace.asRelativePath(uri), uri]));
    this.drafts = overview.rows.map((row) => byPath.get(row.path)!);
    const notes = vscode.workspace.isTrusted
      ? []
      : [
          'Restricted Mode: which files are drafts comes from your user settings and the defaults, not the workspace’s.',
        ];
    if (!vscode.workspace.workspaceFolders?.length) notes.push('Open a folder to see its drafts here.');
    this.html = overviewHtml(overview, { mode: 'webview', nonce: nonce(), notes });
    this.panel.webview.html = this.html;
    this.rendered.fire();
  }

  /** A page of one message, under the same policy. */
  private page(body: string): string {
    const n = nonce();
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${n}'"><style nonce="${n}">body{color:var(--vscode-foreground);font-family:var(--vscode-font-family);padding:16px}</style><title>Coverage Overview</title></head><body>${body}</body></html>`;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.panel?.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}

function nonce(): string {
  // Web Crypto: in Node 20 and in browsers alike.
  return btoa(String.fromCharCode(...globalThis.crypto.getRandomValues(new Uint8Array(18))));
}
