/**
 * Keeps the Problems panel in step with the drafts: checks on open, on edit (debounced) and on save,
 * drops results that a newer edit has made stale, and remembers each draft's last report for the tree,
 * the hovers and the quick fixes.
 */
import * as vscode from 'vscode';
import type { PillarsConfig } from './config.js';
import { DIAGNOSTIC_SOURCE, SETTINGS } from './ids.js';
import { diagnosticOf } from './present.js';
import { tooLargeReport, utf8Size, type DraftReport } from './report.js';
import type { CheckRunner } from './runner.js';
import { afterCheck, debounceFor, type CheckTimes } from './debounce.js';

export interface CheckEvent {
  uri: vscode.Uri;
  /** Undefined when the draft's results were cleared (closed, no longer a draft, checking turned off). */
  report: DraftReport | undefined;
}

interface DocumentState {
  /** Bumped by every request: a result whose generation is not the latest is stale and dropped. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  /** The check in progress: the next one waits for it, so checks of one draft never pile up. */
  running?: Promise<unknown>;
  /** The draft's checks so far and how long its last re-check took: the debounce follows it (`debounceFor`). */
  times: CheckTimes;
}

export interface CheckerOptions {
  /** Whether the workspace sets the size limit and Restricted Mode ignores it (the message says what helps). */
  sizeLimitIgnored?: () => boolean;
  runner: CheckRunner;
  /** Where a draft is, for the bibliography files it names (the host's; by default its path on disk, `''` for none). */
  draftPath?: (uri: vscode.Uri) => string;
  config: (uri: vscode.Uri) => PillarsConfig;
  isDraft: (document: vscode.TextDocument) => boolean;
  log: vscode.LogOutputChannel;
  onError: (what: string, error: unknown) => void;
}

export function toDiagnostic(message: DraftReport['messages'][number]): vscode.Diagnostic {
  const plain = diagnosticOf(message);
  const range = new vscode.Range(
    plain.range.start.line,
    plain.range.start.character,
    plain.range.end.line,
    plain.range.end.character,
  );
  const diagnostic = new vscode.Diagnostic(range, plain.message, vscode.DiagnosticSeverity[plain.severity]);
  diagnostic.source = plain.source;
  diagnostic.code = plain.code.target
    ? { value: plain.code.value, target: vscode.Uri.parse(plain.code.target) }
    : plain.code.value;
  return diagnostic;
}

export class DraftChecker implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly states = new Map<string, DocumentState>();
  private readonly reports = new Map<string, DraftReport>();
  /** What each draft's diagnostics were last set from: an unchanged list is not sent to the workbench again. */
  private readonly published = new Map<string, string>();
  /** Files the workspace check filled in: their problems stay when their editor closes. */
  private readonly fromDisk = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<CheckEvent>();
  readonly onDidCheck = this.emitter.event;

  constructor(private readonly options: CheckerOptions) {}

  /** The last report of a document, whatever its version. */
  report(uri: vscode.Uri): DraftReport | undefined {
    return this.reports.get(uri.toString());
  }

  /** The last report if it describes the document as it is now (quick fixes need exact offsets). */
  currentReport(document: vscode.TextDocument): DraftReport | undefined {
    const report = this.report(document.uri);
    return report && report.version === document.version ? report : undefined;
  }

  /** Whether a check of the document is waiting or running. */
  isChecking(uri: vscode.Uri): boolean {
    const state = this.states.get(uri.toString());
    return Boolean(state && (state.timer || state.running));
  }

  private state(uri: vscode.Uri): DocumentState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) this.states.set(key, (state = { generation: 0, times: { checks: 0 } }));
    return state;
  }

  /**
   * Checks the document after `delay` ms of quiet (by default the debounce its last check calls for,
   * {@link debounceFor}); a newer request replaces this one.
   */
  schedule(document: vscode.TextDocument, delay?: number): void {
    const state = this.state(document.uri);
    delay ??= debounceFor(state.times);
    const generation = ++state.generation;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document, generation);
    }, delay);
  }

  /** Checks the document now; resolves with its report, or undefined when it is not a draft or a newer edit won. */
  checkNow(document: vscode.TextDocument): Promise<DraftReport | undefined> {
    const state = this.state(document.uri);
    const generation = ++state.generation;
    clearTimeout(state.timer);
    state.timer = undefined;
    return this.run(document, generation);
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<DraftReport | undefined> {
    const state = this.state(document.uri);
    while (state.running) await state.running.catch(() => undefined);
    if (state.generation !== generation || document.isClosed) return undefined;
    const config = this.options.config(document.uri);
    if (!config.enable || !this.options.isDraft(document)) {
      this.clear(document.uri);
      return undefined;
    }
    const version = document.version;
    const text = document.getText();
    const size = utf8Size(text);
    if (size > config.maxFileSize * 1024) {
      // Not checked at all: the editor stays as responsive as with no extension.
      const report = tooLargeReport(
        size,
        config.maxFileSize,
        SETTINGS.maxFileSize,
        text.length,
        version,
        this.options.sizeLimitIgnored?.() ?? false,
      );
      this.publish(document.uri, report);
      return report;
    }
    const started = Date.now();
    const current = () => state.generation === generation && !document.isClosed && document.version === version;
    const check = this.options.runner.check(
      text,
      { path: pathOf(document.uri), fsPath: this.draftPath(document.uri), rules: config.rules },
      version,
      // A draft checked in the worker: its findings reach the Problems panel before the rest of its report.
      ({ messages }) => {
        if (current()) this.publishDiagnostics(document.uri, messages);
      },
    );
    state.running = check;
    try {
      const report = await check;
      if (!current()) {
        this.options.log.trace(`dropped a stale result for ${document.uri.toString(true)} (version ${version})`);
        return undefined;
      }
      const took = Date.now() - started;
      state.times = afterCheck(state.times, took);
      this.options.log.trace(
        `checked ${document.uri.toString(true)} v${version} in ${took} ms${report.checkedInWorker ? ' (worker)' : ''}`,
      );
      this.publish(document.uri, report);
      return report;
    } catch (error) {
      this.options.onError(`Checking ${vscode.workspace.asRelativePath(document.uri)} failed`, error);
      return undefined;
    } finally {
      if (state.running === check) state.running = undefined;
    }
  }

  /**
   * Checks a file on disk (the workspace check, a closed draft the workspace check listed); an open document
   * is checked as a document instead. A file over the size limit is not read.
   */
  async checkFile(uri: vscode.Uri): Promise<DraftReport> {
    const config = this.options.config(uri);
    const state = this.state(uri);
    const generation = ++state.generation;
    const { size } = await vscode.workspace.fs.stat(uri);
    let report: DraftReport;
    if (size > config.maxFileSize * 1024) {
      report = tooLargeReport(
        size,
        config.maxFileSize,
        SETTINGS.maxFileSize,
        -1,
        -1,
        this.options.sizeLimitIgnored?.() ?? false,
      );
    } else {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      report = await this.options.runner.check(
        text,
        { path: pathOf(uri), fsPath: this.draftPath(uri), rules: config.rules },
        -1,
      );
    }
    if (state.generation === generation) {
      this.fromDisk.add(uri.toString());
      this.publish(uri, report);
    }
    return report;
  }

  private draftPath(uri: vscode.Uri): string {
    return (this.options.draftPath ?? fsPathOf)(uri);
  }

  private publish(uri: vscode.Uri, report: DraftReport): void {
    const key = uri.toString();
    this.reports.set(key, report);
    this.publishDiagnostics(uri, report.messages);
    this.emitter.fire({ uri, report });
  }

  /** Sets a draft's diagnostics, unless they are those set already. */
  private publishDiagnostics(uri: vscode.Uri, messages: DraftReport['messages']): void {
    const key = uri.toString();
    // Most edits change no finding (or move none off its line): the workbench then has nothing to redraw.
    const signature = diagnosticsSignature(messages);
    if (this.published.get(key) !== signature || !this.diagnostics.has(uri)) {
      this.diagnostics.set(uri, messages.map(toDiagnostic));
      this.published.set(key, signature);
    }
  }

  /** Forgets a document's results: closed, no longer a draft, or checking turned off. */
  clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state) {
      state.generation++;
      clearTimeout(state.timer);
      state.timer = undefined;
    }
    this.fromDisk.delete(key);
    this.published.delete(key);
    const had = this.reports.delete(key) || this.diagnostics.has(uri);
    this.diagnostics.delete(uri);
    if (had) this.emitter.fire({ uri, report: undefined });
  }

  /** A closed document's problems go, unless the workspace check listed the file: then they are re-read from disk. */
  async closed(document: vscode.TextDocument): Promise<void> {
    const key = document.uri.toString();
    if (this.fromDisk.has(key) && document.uri.scheme === 'file') {
      this.reports.delete(key);
      await this.checkFile(document.uri);
    } else {
      this.clear(document.uri);
      this.states.delete(key);
    }
  }

  clearAll(): void {
    for (const key of [...this.reports.keys()]) this.clear(vscode.Uri.parse(key));
    this.diagnostics.clear();
    this.published.clear();
  }

  /** How many drafts have findings above informational, for the workspace check's summary. */
  countWithFindings(uris: readonly vscode.Uri[]): number {
    return uris.filter((uri) => this.report(uri)?.messages.some((message) => message.severity !== 'info')).length;
  }

  /** How many drafts were not checked (too large, nested too deeply…), for the workspace check's summary. */
  countNotChecked(uris: readonly vscode.Uri[]): number {
    return uris.filter((uri) => this.report(uri)?.notChecked).length;
  }

  dispose(): void {
    for (const state of this.states.values()) clearTimeout(state.timer);
    this.diagnostics.dispose();
    this.emitter.dispose();
  }
}

/** Everything a report's diagnostics are made of (toDiagnostic reads no more), one line per message. */
function diagnosticsSignature(messages: DraftReport['messages']): string {
  return messages
    .map(
      ({ ruleId, severity, message, url, range: { start, end } }) =>
        `${ruleId}\t${url}\t${severity}\t${start.line}:${start.column}-${end.line}:${end.column}\t${message}`,
    )
    .join('\n');
}

function pathOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri) : uri.toString(true);
}

/** Where a draft is on disk (its bibliography files are named relative to it); `''` for one that is not. */
function fsPathOf(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : '';
}
