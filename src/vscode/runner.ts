/**
 * Runs the checker: on the calling thread for ordinary drafts, in a worker thread for large ones, so the
 * extension host is never held up for long. Never imports `vscode` (unit tests run both paths).
 */
import { Worker } from 'node:worker_threads';
import { checkDraft } from '../core/index.js';
import { toReport, type CheckRequest, type DraftReport } from './report.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/**
 * Drafts longer than this (UTF-16 code units) are checked in the worker. The checker takes about 3 ms per
 * KB here, so an ordinary draft is checked in well under a third of a second on the host's thread.
 */
export const WORKER_THRESHOLD = 100_000;

export interface RunnerOptions {
  /** The worker's script: dist/worker.cjs in the extension. */
  workerFile: string;
  threshold?: number;
  /** Node options for the worker (tests load the TypeScript source through tsx). */
  execArgv?: string[];
}

interface Pending {
  resolve: (report: DraftReport) => void;
  reject: (error: Error) => void;
}

export class CheckRunner {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  constructor(private readonly options: RunnerOptions) {}

  get threshold(): number {
    return this.options.threshold ?? WORKER_THRESHOLD;
  }

  /** Checks a text; `version` is recorded in the report so callers can tell stale results. */
  async check(text: string, request: CheckRequest, version: number): Promise<DraftReport> {
    if (text.length <= this.threshold) {
      return toReport(checkDraft(text, { path: request.path, rules: request.rules }), version);
    }
    const report = await this.inWorker(text, request);
    return { ...report, version, checkedInWorker: true };
  }

  /** Whether a text of this length goes to the worker. */
  usesWorker(length: number): boolean {
    return length > this.threshold;
  }

  private inWorker(text: string, request: CheckRequest): Promise<DraftReport> {
    if (this.disposed) return Promise.reject(new Error('the checker has been shut down'));
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise<DraftReport>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const message: WorkerRequest = { id, text, request };
      worker.postMessage(message);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.options.workerFile, { execArgv: this.options.execArgv });
    // An idle worker must not keep a process (a test run, a CLI) alive.
    worker.unref();
    worker.on('message', (response: WorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if ('error' in response) pending.reject(new Error(`the checker failed in its worker: ${response.error}`));
      else pending.resolve(response.report);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = undefined;
      for (const pending of this.pending.values()) pending.reject(error);
      this.pending.clear();
    };
    worker.on('error', (error) => fail(error));
    worker.on('exit', (code) => fail(new Error(`the checker's worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
