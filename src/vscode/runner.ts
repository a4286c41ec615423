/**
 * Runs the checker: on the calling thread for ordinary drafts, in a worker thread for large ones, so the
 * extension host is never held up for long. Never imports `vscode` (unit tests run both paths).
 *
 * The checker itself is not in this module's bundle: on the calling thread it comes from the engine's bundle
 * (dist/engine.cjs), loaded the first time a draft is checked there, so activating the extension does not
 * load remark, micromark and yaml.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import type { CheckRequest, DraftReport } from './report.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

/** What dist/engine.cjs exports (src/vscode/engine.ts): a type only, so nothing of the engine is bundled here. */
type Engine = typeof import('./engine.js');

/**
 * Drafts longer than this (UTF-16 code units) are checked in the worker. The checker takes about 3 ms per
 * KB here, so an ordinary draft is checked in well under a third of a second on the host's thread.
 */
export const WORKER_THRESHOLD = 100_000;

export interface RunnerOptions {
  /** The worker's script: dist/worker.cjs in the extension. */
  workerFile: string;
  /** The engine's bundle, loaded on the first check on the calling thread: dist/engine.cjs in the extension. */
  engineFile: string;
  /**
   * The knowledge base the caller looks claims up in (the extension's built-in source). The claims in every report
   * are its own objects, wherever the draft was checked; without it, reports hold the engine's or the worker's.
   */
  knowledgeBase?: KnowledgeBase;
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
  private engine: Engine | undefined;
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
      return { ...this.loadEngine().checkReport(text, request, this.options.knowledgeBase), version };
    }
    const report = await this.inWorker(text, request);
    return { ...report, citations: this.ownClaims(report.citations), version, checkedInWorker: true };
  }

  /** A worker's report holds copies of the claims: the caller's knowledge base knows its own objects only. */
  private ownClaims(citations: DraftReport['citations']): DraftReport['citations'] {
    const kb = this.options.knowledgeBase;
    if (!kb) return citations;
    return citations.map((use) => ({ ...use, claims: use.claims.map((claim) => (claim && kb.claim(claim.key)) ?? claim) }));
  }

  /** Whether a text of this length goes to the worker. */
  usesWorker(length: number): boolean {
    return length > this.threshold;
  }

  /**
   * The engine, required on first use. A missing or broken bundle throws an error that says so and where from
   * (the caller shows it, as any failed check); a failure is not remembered, so the next check tries again.
   */
  private loadEngine(): Engine {
    if (this.engine) return this.engine;
    const file = this.options.engineFile;
    let loaded: Partial<Engine> | undefined;
    try {
      loaded = createRequire(file)(file) as Partial<Engine> | undefined;
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(`the checker could not be loaded from ${file} (${reason}): reinstall the extension`, { cause: error });
    }
    if (typeof loaded?.checkReport !== 'function') {
      throw new Error(`the checker could not be loaded from ${file} (it does not export checkReport): reinstall the extension`);
    }
    return (this.engine = loaded as Engine);
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
