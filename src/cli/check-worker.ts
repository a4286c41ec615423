/**
 * `pillars check` with a time limit per draft, on every core. Each draft is checked in a worker thread (the
 * CLI's own bundle, started again as a worker), several at once in a pool of them, and a worker is terminated
 * when a draft takes longer than the limit; its next draft gets a fresh worker. Some pathological drafts
 * (100 000 citations in one paragraph) keep the Markdown parser busy for minutes: a CI job then reports that
 * file and goes on, instead of hanging.
 */
import { Worker, parentPort, type MessagePort } from 'node:worker_threads';
import { knowledgeBaseForFiles } from '../core/framework/files.js';
import { builtinKnowledgeBase, checkDraft, fixDraft, type PillarsOptions } from '../core/index.js';
import { checkReportOf, type CheckReport } from '../core/report/check-report.js';
import { WorkerClient } from '../core/worker/client.js';
import { serveRequests, type WorkerRequest, type WorkerResponse } from '../core/worker/protocol.js';

export { TimeLimitExceeded } from '../core/worker/client.js';

/** What the CLI reports of a checked draft: the core's plain report, which crosses from the worker unchanged. */
export type FileResult = CheckReport;

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

/** Checks a draft on this thread, fixing it first when asked: what a worker does with a request. */
export function checkRequest(request: CheckRequest): FileResult {
  const knowledgeBase = knowledgeBaseForFiles(request.frameworks ?? []).knowledgeBase;
  const options = { path: request.path, fsPath: request.fsPath, rules: request.rules, knowledgeBase };
  if (!request.fix) return checkReportOf(checkDraft(request.text, options));
  const fixed = fixDraft(request.text, options);
  return { ...checkReportOf(fixed.result), fixed: { text: fixed.text, applied: fixed.applied } };
}

/** In the worker: answers check requests until terminated (the worker protocol, src/core/worker/protocol.ts). */
export function serveChecks(port: MessagePort | null = parentPort): void {
  if (!port) throw new Error('serveChecks runs in a worker thread');
  // Loaded before saying ready: the time limit counts checking the draft, not starting up.
  builtinKnowledgeBase();
  serveRequests<CheckRequest, FileResult>(
    {
      onMessage: (listener) => port.on('message', (message: WorkerRequest<CheckRequest>) => listener(message)),
      postMessage: (message: WorkerResponse<FileResult>) => port.postMessage(message),
    },
    () => checkRequest,
  );
}

/**
 * Checks drafts one at a time in a worker thread, each within a time limit (the core's {@link WorkerClient}):
 * drafts may be sent while the worker is still busy (`load`); a draft that passes the limit has its worker
 * terminated, and the drafts that waited behind it go to a fresh worker.
 */
export class TimedChecker {
  private readonly client: WorkerClient<CheckRequest, FileResult>;

  /** `script`: a file that calls {@link serveChecks} in a worker thread (dist/cli.cjs does). */
  constructor(script: string, execArgv?: string[]) {
    this.client = new WorkerClient({
      start: () => new Worker(script, { execArgv }),
      size: (request) => request.text.length,
    });
  }

  /** Drafts sent and not yet answered. */
  get load(): number {
    return this.client.load;
  }

  /** Characters of the drafts sent and not yet answered. */
  get chars(): number {
    return this.client.chars;
  }

  /** Starts the worker ahead of the first draft (it takes about 0.1 s to load). */
  warm(): void {
    this.client.warm();
  }

  /**
   * Checks a draft; rejects with {@link TimeLimitExceeded} after `timeoutMs` (0: no limit) from when the worker
   * starts it, or with an error if the worker fails.
   */
  check(request: CheckRequest, timeoutMs: number): Promise<FileResult> {
    return this.client.request(request, timeoutMs);
  }

  dispose(): void {
    this.client.dispose();
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
