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
import { LimitExceeded, WorkerClient, type WorkerTransport } from '../core/worker/client.js';
import type { Engine } from './load-engine.js';
import {
  outOfMemoryReport,
  type CheckRequest,
  type DraftReport,
  type FrameworkFiles,
  type ReportFindings,
} from './report.js';
import type { DraftRequest } from './worker.js';

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
 * A worker that checks drafts, as the runner uses it: the core's worker transport (host-node.ts hands it a worker
 * thread as it is; web/host.ts wraps a Web Worker in it).
 */
export type CheckWorker = WorkerTransport<DraftRequest, DraftReport, ReportFindings>;

export interface RunnerOptions {
  /** Starts a worker whose heap is limited to `memoryLimitMb` (or that refuses drafts needing more). */
  startWorker: (limits: { memoryLimitMb: number }) => CheckWorker;
  /** The engine, on the first check on the calling thread; throws when it cannot be loaded (tried again next time). */
  loadEngine: () => Engine;
  threshold?: number;
  /** The worker's heap limit in MB ({@link WORKER_MEMORY_MB} by default). */
  memoryLimitMb?: number;
}

export class CheckRunner {
  private engine: Engine | undefined;
  /** The worker, through the core's worker protocol (src/core/worker/), as the CLI's workers are used. */
  private readonly worker: WorkerClient<DraftRequest, DraftReport, ReportFindings>;

  constructor(private readonly options: RunnerOptions) {
    this.worker = new WorkerClient<DraftRequest, DraftReport, ReportFindings>({
      start: () => options.startWorker({ memoryLimitMb: this.memoryLimitMb }),
      memoryLimitMb: this.memoryLimitMb,
      size: (request) => request.text.length,
    });
  }

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

  /**
   * Checks a text; `version` is recorded in the report so callers can tell stale results. `findings` is given the
   * findings of a draft checked in the worker as soon as they come, ahead of the report.
   */
  async check(
    text: string,
    request: CheckRequest,
    version: number,
    findings?: (findings: ReportFindings) => void,
  ): Promise<DraftReport> {
    if (this.frameworks && !request.frameworks) request = { ...request, frameworks: this.frameworks };
    if (text.length <= this.threshold) {
      // The engine is required on first use; a missing or broken one throws, and is tried again next time.
      this.engine ??= this.options.loadEngine();
      return { ...this.engine.checkReport(text, request), version };
    }
    return this.inWorker(text, request, version, findings);
  }

  private async inWorker(
    text: string,
    request: CheckRequest,
    version: number,
    findings?: (findings: ReportFindings) => void,
  ): Promise<DraftReport> {
    try {
      const report = await this.worker.request({ text, request }, 0, findings);
      return { ...report, version, checkedInWorker: true };
    } catch (error) {
      // Out of memory, the draft is not checked; the drafts waiting behind it went to a fresh worker.
      if (error instanceof LimitExceeded && error.reason === 'out-of-memory')
        return { ...outOfMemoryReport(this.memoryLimitMb, text.length, -1), version };
      throw error;
    }
  }

  /** The engine on the calling thread (loaded on first use; throws when it cannot be loaded). */
  loadedEngine(): Engine {
    return (this.engine ??= this.options.loadEngine());
  }

  /** Whether a text of this length goes to the worker. */
  usesWorker(length: number): boolean {
    return length > this.threshold;
  }

  dispose(): void {
    this.worker.dispose();
  }
}
