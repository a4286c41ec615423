/**
 * The check runner of the Node build: large drafts in a worker thread (dist/worker.cjs) with a limited heap, and
 * the engine's bundle (dist/engine.cjs) required on the first check on the calling thread. Never imports `vscode`.
 */
import { Worker } from 'node:worker_threads';
import { loadEngine } from './load-engine.js';
import { CheckRunner } from './runner.js';

export interface NodeRunnerOptions {
  /** The worker's script: dist/worker.cjs in the extension; it loads engine.cjs from its own folder. */
  workerFile: string;
  /** The engine's bundle, loaded on the first check on the calling thread: dist/engine.cjs in the extension. */
  engineFile: string;
  threshold?: number;
  /** The worker's heap limit in MB (WORKER_MEMORY_MB by default): past it the draft is reported as not checked. */
  memoryLimitMb?: number;
  /** Node options for the worker. */
  execArgv?: string[];
}

/** The runner of the Node build: a worker thread with a limited heap, and the engine's bundle required on first use. */
export class NodeCheckRunner extends CheckRunner {
  constructor(options: NodeRunnerOptions) {
    super({
      threshold: options.threshold,
      memoryLimitMb: options.memoryLimitMb,
      loadEngine: () => loadEngine(options.engineFile),
      startWorker: ({ memoryLimitMb }) =>
        new Worker(options.workerFile, {
          execArgv: options.execArgv,
          resourceLimits: { maxOldGenerationSizeMb: memoryLimitMb },
        }),
    });
  }
}
