/**
 * `pillars check` with a time limit per draft, on every core. Each draft is checked in a worker thread (the
 * CLI's own bundle, started again as a worker), several at once in a pool of them, and a worker is terminated
 * when a draft takes longer than the limit; its next draft gets a fresh worker. Some pathological drafts
 * (100 000 citations in one paragraph) keep the Markdown parser busy for minutes: a CI job then reports that
 * file and goes on, instead of hanging.
 */
import { Worker, parentPort, type MessagePort } from 'node:worker_threads';
import { knowledgeBaseForFiles } from '../core/framework/files.js';
import {
  builtinKnowledgeBase,
  checkDraft,
  fixDraft,
  type AppliedFix,
  type CheckResult,
  type PillarsOptions,
} from '../core/index.js';

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

type WorkerMessage =
  { ready: true } | { started: number } | { id: number; result: FileResult } | { id: number; error: string };

/** The reportable part of a check's result (its analysis holds class instances and stays behind). */
export function fileResult(result: CheckResult): FileResult {
  return {
    path: result.path,
    coverage: result.coverage,
    messages: result.messages,
    ...(result.notChecked ? { notChecked: result.notChecked } : {}),
  };
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
    // The next draft may already wait here (TimedChecker sends it ahead): its time limit starts now.
    port.postMessage({ started: request.id } satisfies WorkerMessage);
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

/** A draft sent to a worker, waiting for its result. */
interface InFlight {
  request: CheckRequest & { id: number };
  timeoutMs: number;
  resolve: (result: FileResult) => void;
  reject: (error: Error) => void;
  timer?: ReturnType<typeof setTimeout>;
}

/**
 * Checks drafts one at a time in a worker thread, each within a time limit. Drafts may be sent while the worker is
 * still busy (`load`): they wait in its queue, so it starts the next one without waiting for this thread to read
 * it. A draft's time limit starts when the worker starts it; a draft that passes it has its worker terminated,
 * and the drafts that waited behind it go to a fresh worker.
 */
export class TimedChecker {
  private worker: Worker | undefined;
  private starting: Promise<Worker> | undefined;
  private nextId = 1;
  private readonly inFlight = new Map<number, InFlight>();

  /** `script`: a file that calls {@link serveChecks} in a worker thread (dist/cli.cjs does). */
  constructor(
    private readonly script: string,
    private readonly execArgv?: string[],
  ) {}

  /** Drafts sent and not yet answered. */
  get load(): number {
    return this.inFlight.size;
  }

  /** Characters of the drafts sent and not yet answered. */
  get chars(): number {
    let chars = 0;
    for (const entry of this.inFlight.values()) chars += entry.request.text.length;
    return chars;
  }

  /** Starts the worker ahead of the first draft (it takes about 0.1 s to load). */
  warm(): void {
    void this.ready().catch(() => {});
  }

  /**
   * Checks a draft; rejects with {@link TimeLimitExceeded} after `timeoutMs` (0: no limit) from when the worker
   * starts it, or with an error if the worker fails.
   */
  check(request: CheckRequest, timeoutMs: number): Promise<FileResult> {
    return new Promise<FileResult>((resolve, reject) => {
      const entry: InFlight = { request: { ...request, id: this.nextId++ }, timeoutMs, resolve, reject };
      this.inFlight.set(entry.request.id, entry);
      this.send(entry);
    });
  }

  /** Sends a draft to the running worker, or to a new one once it is ready. */
  private send(entry: InFlight): void {
    this.ready().then(
      (worker) => {
        // Answered or failed while the worker was starting: nothing to send.
        if (!this.inFlight.has(entry.request.id)) return;
        worker.ref();
        worker.postMessage(entry.request);
      },
      (error: Error) => this.settle(entry.request.id, error),
    );
  }

  /** Ends a draft's wait with its result or an error. */
  private settle(id: number, outcome: FileResult | Error): void {
    const entry = this.inFlight.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.inFlight.delete(id);
    // An idle worker must not keep the process alive.
    if (!this.inFlight.size) this.worker?.unref();
    if (outcome instanceof Error) entry.reject(outcome);
    else entry.resolve(outcome);
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    if (worker !== this.worker || 'ready' in message) return;
    if ('started' in message) {
      const entry = this.inFlight.get(message.started);
      if (entry && entry.timeoutMs > 0) entry.timer = setTimeout(() => this.timedOut(worker, entry), entry.timeoutMs);
      return;
    }
    this.settle(message.id, 'error' in message ? new Error(`the checker failed: ${message.error}`) : message.result);
  }

  /** A draft passed its time limit: its worker is terminated, and the drafts waiting behind it go to a fresh one. */
  private timedOut(worker: Worker, entry: InFlight): void {
    if (worker !== this.worker) return;
    this.forget(worker);
    void worker.terminate();
    this.settle(entry.request.id, new TimeLimitExceeded(entry.timeoutMs));
    for (const waiting of this.inFlight.values()) {
      clearTimeout(waiting.timer);
      waiting.timer = undefined;
      this.send(waiting);
    }
  }

  /** The worker stopped or failed: every draft sent to it fails with the reason. */
  private stopped(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    this.forget(worker);
    for (const id of [...this.inFlight.keys()]) this.settle(id, new Error(reason));
  }

  /** The running worker, or a new one once it is ready. */
  private ready(): Promise<Worker> {
    if (this.starting) return this.starting;
    const worker = new Worker(this.script, { execArgv: this.execArgv });
    this.worker = worker;
    this.starting = new Promise<Worker>((resolve, reject) => {
      let isReady = false;
      worker.on('message', (message: WorkerMessage) => {
        if ('ready' in message && !isReady) {
          isReady = true;
          if (!this.inFlight.size) worker.unref();
          resolve(worker);
        } else {
          this.onMessage(worker, message);
        }
      });
      // Between checks too: a worker that fails or stops is replaced, and its error never goes unhandled.
      worker.on('error', (error: Error) => {
        if (!isReady) reject(new Error(`the checker could not start: ${error.message}`));
        this.stopped(worker, `the checker stopped: ${error.message}`);
      });
      worker.on('exit', (code: number) => {
        if (!isReady) reject(new Error(`the checker could not start (exit code ${code})`));
        this.stopped(worker, `the checker stopped (exit code ${code})`);
      });
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

/** Characters waiting at a worker from which a new worker pays for its start (about 0.1 s, then a slow first draft). */
export const NEW_WORKER_CHARS = 64_000;

/**
 * Checks drafts on up to `size` workers ({@link TimedChecker}), keeping each busy: a draft goes to an idle worker;
 * when none is idle, to a new one while there are fewer than `size` and it pays (the least busy worker has a draft
 * waiting already, or {@link NEW_WORKER_CHARS} to check), else to the least busy, where it waits. The first worker
 * starts with {@link warm}; so a run of one or two short drafts starts one worker.
 */
export class CheckerPool {
  private readonly all: TimedChecker[] = [];

  constructor(
    private readonly create: () => TimedChecker,
    /** Workers at most (`--jobs`; bin.ts: one per core). */
    public size: number,
  ) {}

  /** Starts the first worker now, while the CLI reads its configuration and expands the file set. */
  warm(): void {
    this.acquire(true).warm();
  }

  check(request: CheckRequest, timeoutMs: number): Promise<FileResult> {
    return this.acquire(false).check(request, timeoutMs);
  }

  private acquire(warming: boolean): TimedChecker {
    const least = this.all.reduce<TimedChecker | undefined>(
      (best, checker) =>
        !best || checker.load < best.load || (checker.load === best.load && checker.chars < best.chars)
          ? checker
          : best,
      undefined,
    );
    if (least && (least.load === 0 || warming || this.all.length >= this.size)) return least;
    if (least && least.load < 2 && least.chars < NEW_WORKER_CHARS) return least;
    const checker = this.create();
    this.all.push(checker);
    return checker;
  }

  dispose(): void {
    for (const checker of this.all) checker.dispose();
  }
}
