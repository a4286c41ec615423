/**
 * Runs the checker: on the calling thread for ordinary drafts, in a worker for large ones, so the extension host
 * is never held up for long. Never imports `vscode` (unit tests run both paths), nor anything of Node: how the
 * engine is loaded and the worker started is the host's (host-node.ts: a worker thread and dist/engine.cjs;
 * web/host.ts: a Web Worker and the engine in the browser bundle).
 *
 * In the Node build the checker itself is in neither this module's bundle nor the worker's: both load the
 * engine's bundle (dist/engine.cjs) the first time they check a draft, so activating the extension does not load
 * remark, micromark and yaml, and the package holds one copy of them.
 */
import type { Engine } from './load-engine.js';
import { outOfMemoryReport, type CheckRequest, type DraftReport, type FrameworkFiles } from './report.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/**
 * Drafts longer than this (UTF-16 code units) are checked in the worker. The checker takes about 3 ms per
 * KB here, so an ordinary draft is checked in well under a third of a second on the host's thread.
 */
export const WORKER_THRESHOLD = 100_000;

/**
 * The worker's heap (V8's old generation), in MB. A draft that needs more is reported as not checked, so a huge
 * draft never takes the extension host, which shares the process, short of memory. A 10 MB draft needs between 192
 * and 224 MB of it: it is checked, and its check's process peaks at about 500 MB instead of about 720 MB.
 */
export const WORKER_MEMORY_MB = 320;

/**
 * A worker that checks drafts, as the runner uses it: the part of Node's `Worker` it needs (host-node.ts hands it
 * a worker thread as it is; web/host.ts wraps a Web Worker in it). An `error` with `code`
 * `ERR_WORKER_OUT_OF_MEMORY` means the draft it was checking needs more than the memory limit.
 */
export interface CheckWorker {
  postMessage(message: WorkerRequest): void;
  on(event: 'message', listener: (response: WorkerResponse) => void): unknown;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  /** An idle worker must not keep a process alive (a no-op in the browser). */
  unref(): void;
  terminate(): unknown;
}

export interface RunnerOptions {
  /** Starts a worker whose heap is limited to `memoryLimitMb` (or that refuses drafts needing more). */
  startWorker: (limits: { memoryLimitMb: number }) => CheckWorker;
  /** The engine, on the first check on the calling thread; throws when it cannot be loaded (tried again next time). */
  loadEngine: () => Engine;
  threshold?: number;
  /** The worker's heap limit in MB ({@link WORKER_MEMORY_MB} by default). */
  memoryLimitMb?: number;
}

interface Pending {
  message: WorkerRequest;
  /** The worker the request was sent to. */
  worker: CheckWorker;
  resolve: (report: DraftReport) => void;
  reject: (error: Error) => void;
}

export class CheckRunner {
  private worker: CheckWorker | undefined;
  private engine: Engine | undefined;
  private nextId = 1;
  /** Requests sent to a worker and not answered yet, oldest first (a worker answers them in that order). */
  private readonly pending = new Map<number, Pending>();
  private disposed = false;

  constructor(private readonly options: RunnerOptions) {}

  get threshold(): number {
    return this.options.threshold ?? WORKER_THRESHOLD;
  }

  get memoryLimitMb(): number {
    return this.options.memoryLimitMb ?? WORKER_MEMORY_MB;
  }

  private frameworks: FrameworkFiles | undefined;

  /** The frameworks every check is against from now on (undefined: the built-in essay). */
  setFrameworks(frameworks: FrameworkFiles | undefined): void {
    this.frameworks = frameworks;
  }

  /** Checks a text; `version` is recorded in the report so callers can tell stale results. */
  async check(text: string, request: CheckRequest, version: number): Promise<DraftReport> {
    if (this.frameworks && !request.frameworks) request = { ...request, frameworks: this.frameworks };
    if (text.length <= this.threshold) {
      // The engine is required on first use; a missing or broken one throws, and is tried again next time.
      this.engine ??= this.options.loadEngine();
      return { ...this.engine.checkReport(text, request), version };
    }
    const report = await this.inWorker({ id: this.nextId++, text, request });
    return { ...report, version, checkedInWorker: true };
  }

  /** The engine on the calling thread (loaded on first use; throws when it cannot be loaded). */
  loadedEngine(): Engine {
    return (this.engine ??= this.options.loadEngine());
  }

  /** Whether a text of this length goes to the worker. */
  usesWorker(length: number): boolean {
    return length > this.threshold;
  }

  private inWorker(message: WorkerRequest): Promise<DraftReport> {
    return new Promise<DraftReport>((resolve, reject) => this.send({ message, resolve, reject }));
  }

  private send(request: Omit<Pending, 'worker'>): void {
    if (this.disposed) {
      request.reject(new Error('the checker has been shut down'));
      return;
    }
    const worker = this.ensureWorker();
    this.pending.set(request.message.id, { ...request, worker });
    worker.postMessage(request.message);
  }

  private ensureWorker(): CheckWorker {
    if (this.worker) return this.worker;
    const worker = this.options.startWorker({ memoryLimitMb: this.memoryLimitMb });
    // An idle worker must not keep a process (a test run, a CLI) alive.
    worker.on('message', (response: WorkerResponse) => {
      const pending = this.pending.get(response.id);
      if (!pending) return;
      this.pending.delete(response.id);
      if ('report' in response) pending.resolve(response.report);
      else if ('unavailable' in response) pending.reject(new Error(response.unavailable));
      else pending.reject(new Error(`the checker failed in its worker: ${response.error}`));
    });
    worker.on('error', (error) => this.stopped(worker, error));
    worker.on('exit', (code) => this.stopped(worker, new Error(`the checker's worker stopped (exit code ${code})`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /**
   * A worker stopped (it failed to start, crashed, or ran out of memory): the next check starts a fresh one. Out of
   * memory, the draft it was checking is reported as not checked, and the drafts waiting behind it go to a fresh
   * worker; otherwise every request it had fails with the error.
   */
  private stopped(worker: CheckWorker, error: Error & { code?: string }): void {
    if (this.worker === worker) this.worker = undefined;
    const requests = [...this.pending.values()].filter((pending) => pending.worker === worker);
    for (const request of requests) this.pending.delete(request.message.id);
    if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') {
      for (const request of requests) request.reject(error);
      return;
    }
    const [running, ...waiting] = requests;
    running?.resolve(outOfMemoryReport(this.memoryLimitMb, running.message.text.length, -1));
    for (const request of waiting) this.send(request);
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
