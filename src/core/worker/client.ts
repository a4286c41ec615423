/**
 * The calling side of the worker protocol (protocol.ts): one worker that checks requests one at a time, each
 * within a time limit and the worker's heap limit. Requests may be sent while the worker is busy: they wait in its
 * queue, so it starts the next without waiting for the calling thread. A request that passes a limit has its
 * worker stopped (terminated, or gone out of memory) and is rejected with a {@link LimitExceeded}; the requests
 * that waited behind it go to a fresh worker. Any other failure of the worker fails every request it had, and the
 * next request starts a fresh one. No Node: the transport is the caller's (a worker thread, a Web Worker).
 */
import type { WorkerRequest, WorkerResponse } from './protocol.js';

/** What a worker's `error` carries when it ran out of heap (Node's code; the web transport gives the same). */
export const OUT_OF_MEMORY = 'ERR_WORKER_OUT_OF_MEMORY';

/**
 * A worker as the client uses it: the part of Node's `Worker` it needs (a worker thread as it is; a Web Worker
 * wrapped in it). An `error` with `code` {@link OUT_OF_MEMORY} means the request it was on needs more heap than the
 * limit.
 */
export interface WorkerTransport<Q, R, P = never> {
  postMessage(message: WorkerRequest<Q>): void;
  on(event: 'message', listener: (response: WorkerResponse<R, P>) => void): unknown;
  on(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  /** A busy worker keeps its process alive, an idle one must not (no-ops in a browser). */
  ref?(): void;
  unref(): void;
  terminate(): unknown;
}

/** A request passed a limit: its worker was stopped, and it was not checked. */
export class LimitExceeded extends Error {
  constructor(
    readonly reason: 'time-limit' | 'out-of-memory',
    message: string,
  ) {
    super(message);
  }
}

/** A request took longer than its time limit; its worker was terminated. */
export class TimeLimitExceeded extends LimitExceeded {
  constructor(readonly ms: number) {
    super('time-limit', `took longer than ${ms / 1000} s`);
  }
}

/** A request needed more than the worker's heap limit; the worker stopped. */
export class MemoryLimitExceeded extends LimitExceeded {
  constructor(readonly mb: number) {
    super('out-of-memory', `needs more than ${mb} MB of memory`);
  }
}

export interface WorkerClientOptions<Q, R, P = never> {
  /** Starts a worker, its heap limited to `memoryLimitMb` when one is given (or refusing requests needing more). */
  start: (limits: { memoryLimitMb?: number }) => WorkerTransport<Q, R, P>;
  /** The worker's heap limit in MB (none by default). */
  memoryLimitMb?: number;
  /** How much work a request is, for {@link WorkerClient.chars} (its text's length, say). */
  size?: (request: Q) => number;
}

/** A request sent to a worker, waiting for its report. */
interface InFlight<Q, R, P> {
  message: WorkerRequest<Q>;
  timeoutMs: number;
  /** Given the parts of the report the worker sends ahead. */
  partial?: (part: P) => void;
  resolve: (report: R) => void;
  reject: (error: Error) => void;
  /** The worker started it. */
  started?: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

export class WorkerClient<Q extends object, R, P = never> {
  private worker: WorkerTransport<Q, R, P> | undefined;
  private nextId = 1;
  /** Requests sent and not answered, in the order sent (the worker answers them in that order). */
  private readonly inFlight = new Map<number, InFlight<Q, R, P>>();
  private disposed = false;

  constructor(private readonly options: WorkerClientOptions<Q, R, P>) {}

  get memoryLimitMb(): number | undefined {
    return this.options.memoryLimitMb;
  }

  /** Requests sent and not yet answered. */
  get load(): number {
    return this.inFlight.size;
  }

  /** The size of the requests sent and not yet answered (`size`; 1 each without it). */
  get chars(): number {
    let chars = 0;
    for (const entry of this.inFlight.values()) chars += this.options.size?.(entry.message) ?? 1;
    return chars;
  }

  /** Starts the worker ahead of the first request (a worker takes about 0.1 s to load). */
  warm(): void {
    if (!this.disposed) this.ensureWorker();
  }

  /**
   * Sends a request; rejects with {@link TimeLimitExceeded} after `timeoutMs` (0: no limit) from when the worker
   * starts it, with {@link MemoryLimitExceeded} when it needs more than the heap limit, or with an error if the
   * worker fails. `partial` is given any part of the report the worker sends ahead.
   */
  request(request: Q, timeoutMs = 0, partial?: (part: P) => void): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      if (this.disposed) {
        reject(new Error('the checker has been shut down'));
        return;
      }
      const message = { ...request, id: this.nextId++ };
      const entry: InFlight<Q, R, P> = { message, timeoutMs, partial, resolve, reject };
      this.inFlight.set(entry.message.id, entry);
      this.send(entry);
    });
  }

  private send(entry: InFlight<Q, R, P>): void {
    const worker = this.ensureWorker();
    worker.ref?.();
    worker.postMessage(entry.message);
  }

  /** Ends a request's wait with its report or an error. */
  private settle(id: number, outcome: { report: R } | Error): void {
    const entry = this.inFlight.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.inFlight.delete(id);
    // An idle worker must not keep the process alive.
    if (!this.inFlight.size) this.worker?.unref();
    if (outcome instanceof Error) entry.reject(outcome);
    else entry.resolve(outcome.report);
  }

  private ensureWorker(): WorkerTransport<Q, R, P> {
    if (this.worker) return this.worker;
    const worker = this.options.start({ memoryLimitMb: this.options.memoryLimitMb });
    let ready = false;
    worker.on('message', (response) => {
      if (worker !== this.worker) return;
      if ('ready' in response) {
        ready = true;
        return;
      }
      if ('started' in response) {
        const entry = this.inFlight.get(response.started);
        if (!entry) return;
        entry.started = true;
        if (entry.timeoutMs > 0) entry.timer = setTimeout(() => this.timedOut(worker, entry), entry.timeoutMs);
        return;
      }
      if ('partial' in response) {
        this.inFlight.get(response.id)?.partial?.(response.partial);
        return;
      }
      if ('report' in response) this.settle(response.id, { report: response.report });
      else if ('unavailable' in response) this.settle(response.id, new Error(response.unavailable));
      else this.settle(response.id, new Error(`the checker failed in its worker: ${response.error}`));
    });
    // Between requests too: a worker that fails or stops is replaced, and its error never goes unhandled.
    worker.on('error', (error) => {
      if (error.code === OUT_OF_MEMORY) this.overLimit(worker, undefined);
      else this.stopped(worker, `the checker ${ready ? 'stopped' : 'could not start'}: ${error.message}`);
    });
    worker.on('exit', (code) =>
      this.stopped(worker, `the checker ${ready ? 'stopped' : 'could not start'} (exit code ${code})`),
    );
    // After the listeners: adding a 'message' listener refs a worker thread again.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  /** A request passed its time limit: its worker is terminated. */
  private timedOut(worker: WorkerTransport<Q, R, P>, entry: InFlight<Q, R, P>): void {
    if (worker !== this.worker) return;
    this.overLimit(worker, entry);
    void worker.terminate();
  }

  /**
   * A request passed a limit (`entry`; undefined: the heap's, for the request the worker was on): it is rejected,
   * and the requests that waited behind it go to a fresh worker.
   */
  private overLimit(worker: WorkerTransport<Q, R, P>, entry: InFlight<Q, R, P> | undefined): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    const requests = [...this.inFlight.values()];
    const running = entry ?? requests.find((request) => request.started) ?? requests[0];
    if (running) {
      this.settle(
        running.message.id,
        entry ? new TimeLimitExceeded(entry.timeoutMs) : new MemoryLimitExceeded(this.options.memoryLimitMb ?? 0),
      );
    }
    for (const waiting of requests) {
      if (waiting === running) continue;
      clearTimeout(waiting.timer);
      waiting.timer = undefined;
      waiting.started = false;
      this.send(waiting);
    }
  }

  /** The worker stopped or failed: every request sent to it fails with the reason. */
  private stopped(worker: WorkerTransport<Q, R, P>, reason: string): void {
    if (worker !== this.worker) return;
    this.worker = undefined;
    for (const id of [...this.inFlight.keys()]) this.settle(id, new Error(reason));
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
  }
}
