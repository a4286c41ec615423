/**
 * `pillars check` with a time limit per draft, on every core. Each draft is checked in a worker thread (the
 * CLI's own bundle, started again as a worker), several at once in a pool of them, and a worker is terminated
 * when a draft takes longer than the limit; its next draft gets a fresh worker. Some pathological drafts
 * (100 000 citations in one paragraph) keep the Markdown parser busy for minutes: a CI job then reports that
 * file and goes on, instead of hanging.
 */
import { Worker, parentPort, type MessagePort } from 'node:worker_threads';
import { knowledgeBaseForFiles } from './frameworks.js';
import { builtinKnowledgeBase, checkDraft, fixDraft, type AppliedFix, type CheckResult, type PillarsOptions } from '../core/index.js';

/** What the CLI reports of a checked draft: plain data, which crosses from the worker unchanged. */
export type FileResult = Pick<CheckResult, 'path' | 'coverage' | 'messages' | 'notChecked'> & {
  /** With `--fix`: the fixed draft and the fixes applied (the messages are then the fixed draft's). */
  fixed?: { text: string; applied: AppliedFix[] };
};

/** A draft took longer to check than the limit; its worker was terminated. */
export class TimeLimitExceeded extends Error {
  constructor(readonly ms: number) {
    super(`took longer than ${ms / 1000} s`);
  }
}

/** Rule severities of the draft's configuration. */
export type Rules = PillarsOptions['rules'];

/** A draft to check. */
export interface CheckRequest {
  text: string;
  /** As the report names it. */
  path: string;
  /** Where the draft is on disk, for its bibliography files. */
  fsPath?: string;
  rules?: Rules;
  /** Apply the unambiguous quick fixes first (`--fix`). */
  fix?: boolean;
  /** Framework files to check against (absolute paths, `builtin` for the built-in essay); none: the built-in essay. */
  frameworks?: string[];
}

type WorkerMessage = { ready: true } | { id: number; result: FileResult } | { id: number; error: string };

/** The reportable part of a check's result (its analysis holds class instances and stays behind). */
export function fileResult(result: CheckResult): FileResult {
  return { path: result.path, coverage: result.coverage, messages: result.messages, ...(result.notChecked ? { notChecked: result.notChecked } : {}) };
}

/** Checks a draft on this thread, fixing it first when asked: what a worker does with a request. */
export function checkRequest(request: CheckRequest): FileResult {
  const knowledgeBase = knowledgeBaseForFiles(request.frameworks ?? []).knowledgeBase;
  const options = { path: request.path, fsPath: request.fsPath, rules: request.rules, knowledgeBase };
  if (!request.fix) return fileResult(checkDraft(request.text, options));
  const fixed = fixDraft(request.text, options);
  return { ...fileResult(fixed.result), fixed: { text: fixed.text, applied: fixed.applied } };
}

/** In the worker: answers check requests until terminated. */
export function serveChecks(port: MessagePort | null = parentPort): void {
  if (!port) throw new Error('serveChecks runs in a worker thread');
  // Loaded before saying ready: the time limit counts checking the draft, not starting up.
  builtinKnowledgeBase();
  port.on('message', (request: CheckRequest & { id: number }) => {
    let message: WorkerMessage;
    try {
      message = { id: request.id, result: checkRequest(request) };
    } catch (error) {
      message = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(message);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}

/** Checks drafts one at a time in a worker thread, each within a time limit. */
export class TimedChecker {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private nextId = 1;

  /** `script`: a file that calls {@link serveChecks} in a worker thread (dist/cli.cjs does). */
  constructor(
    private readonly script: string,
    private readonly execArgv?: string[],
  ) {}

  /**
   * Checks a draft; rejects with {@link TimeLimitExceeded} after `timeoutMs` (0: no limit), or with an error
   * if the worker fails. The limit counts from when a started worker receives the draft.
   */
  async check(request: CheckRequest, timeoutMs: number): Promise<FileResult> {
    const worker = await this.ready();
    const id = this.nextId++;
    return new Promise<FileResult>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        // An idle worker must not keep the process alive.
        worker.unref();
      };
      const onMessage = (message: WorkerMessage) => {
        if (!('id' in message) || message.id !== id) return;
        done();
        if ('error' in message) reject(new Error(`the checker failed: ${message.error}`));
        else resolve(message.result);
      };
      const onError = (error: Error) => {
        done();
        this.forget(worker);
        reject(new Error(`the checker stopped: ${error.message}`));
      };
      const onExit = (code: number) => {
        done();
        this.forget(worker);
        reject(new Error(`the checker stopped (exit code ${code})`));
      };
      const timer =
        timeoutMs > 0
          ? setTimeout(() => {
              done();
              this.forget(worker);
              void worker.terminate();
              reject(new TimeLimitExceeded(timeoutMs));
            }, timeoutMs)
          : undefined;
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.ref();
      worker.postMessage({ ...request, id } satisfies CheckRequest & { id: number });
    });
  }

  /** The running worker, or a new one once it is ready. */
  private ready(): Promise<Worker> {
    if (this.starting) return this.starting;
    const worker = new Worker(this.script, { execArgv: this.execArgv });
    this.worker = worker;
    // Between checks too: a worker that fails or stops is replaced, and its error never goes unhandled.
    worker.on('error', () => this.forget(worker));
    worker.on('exit', () => this.forget(worker));
    this.starting = new Promise<Worker>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (!('ready' in message)) return;
        off();
        worker.unref();
        resolve(worker);
      };
      const onError = (error: Error) => {
        off();
        this.forget(worker);
        reject(new Error(`the checker could not start: ${error.message}`));
      };
      const onExit = (code: number) => {
        off();
        this.forget(worker);
        reject(new Error(`the checker could not start (exit code ${code})`));
      };
      const off = () => {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
    });
    return this.starting;
  }

  /** A worker that stopped or was terminated is not used again; the next check starts a fresh one. */
  private forget(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.starting = undefined;
  }

  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    this.starting = undefined;
    void worker?.terminate();
  }
}

/**
 * Checks several drafts at once, each in a worker of its own ({@link TimedChecker}): a draft goes to an idle
 * worker, or to a new one when none is idle. The caller bounds how many it gives at once (`--jobs`), and so
 * how many workers start: a run of one draft starts one.
 */
export class CheckerPool {
  private readonly idle: TimedChecker[] = [];
  private readonly all: TimedChecker[] = [];

  constructor(private readonly create: () => TimedChecker) {}

  async check(request: CheckRequest, timeoutMs: number): Promise<FileResult> {
    const checker = this.acquire();
    try {
      return await checker.check(request, timeoutMs);
    } finally {
      this.release(checker);
    }
  }

  private acquire(): TimedChecker {
    const idle = this.idle.pop();
    if (idle) return idle;
    const checker = this.create();
    this.all.push(checker);
    return checker;
  }

  private release(checker: TimedChecker): void {
    this.idle.push(checker);
  }

  dispose(): void {
    for (const checker of this.all) checker.dispose();
  }
}
