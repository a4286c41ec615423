/**
 * The browser host (vscode.dev, github.dev, code-server's web worker extension host): no Node. Files come
 * through `vscode.workspace.fs` (files.ts), large drafts are checked in a Web Worker (dist/web-worker.js) with
 * the Node build's threshold and memory limit, and the engine is part of dist/web.cjs (a web extension cannot
 * load another bundle on its thread).
 */
import * as vscode from 'vscode';
import type { ExtensionHost } from '../host.js';
import type { CheckRequest, DraftReport, ReportFindings } from '../report.js';
import { OUT_OF_MEMORY } from '../../core/worker/client.js';
import { CheckRunner, type CheckWorker } from '../runner.js';
import type { WorkerRequest, WorkerResponse } from '../worker.js';
import { webEngine, type WebCheckRequest, type WebDraftReport } from './engine.js';
import { snapshot } from './fs.js';
import { WebFiles } from './files.js';
import { dirname } from './path.js';

/**
 * Heap a check needs per UTF-16 code unit of the draft, at most: a 10 MB draft needs 192 to 224 MB of V8's heap
 * (runner.ts). A Web Worker's heap cannot be limited as a worker thread's is, so a draft that would need more than
 * the memory limit is reported as not checked before it is sent, as the Node build reports it when it runs out.
 */
export const HEAP_BYTES_PER_CHARACTER = 24;

/** How many times a check is repeated after reading the files it asked for (a bibliography: once). */
const MAX_READ_ROUNDS = 3;

/** The browser's Web Worker, as far as it is used here (the extension is type-checked without the DOM's types). */
interface BrowserWorker {
  onmessage: ((event: { data: WorkerResponse }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;

type Listeners = {
  message: ((response: WorkerResponse) => void)[];
  error: ((error: Error & { code?: string }) => void)[];
  exit: ((code: number) => void)[];
};

/**
 * A Web Worker with the part of a worker thread's interface the runner uses. Its script is fetched on the first
 * large draft and started from a blob: URL (the web extension host refuses `new Worker` on a `vscode-remote:` URI,
 * and `fetch` resolves any extension location). A request the memory limit would not allow makes it fail as a
 * worker thread out of memory does, once the requests before it are answered.
 */
export class WebCheckWorker implements CheckWorker {
  private readonly listeners: Listeners = { message: [], error: [], exit: [] };
  private worker: BrowserWorker | undefined;
  private readonly queued: WorkerRequest[] = [];
  private outstanding = 0;
  private refused = false;
  private stopped = false;

  constructor(
    script: () => Promise<string>,
    private readonly memoryLimitMb: number,
  ) {
    script().then(
      (url) => this.started(url),
      (error: unknown) =>
        this.fail(
          new Error(
            `the checker's worker could not be started (${error instanceof Error ? error.message : String(error)})`,
          ),
        ),
    );
  }

  on(event: keyof Listeners, listener: (value: never) => void): this {
    (this.listeners[event] as unknown[]).push(listener);
    return this;
  }

  postMessage(message: WorkerRequest): void {
    // After a refused request the worker is as good as gone: the runner sends what follows to a fresh one.
    if (this.refused || this.stopped) return;
    if (message.text.length * HEAP_BYTES_PER_CHARACTER > this.memoryLimitMb * 1024 * 1024) {
      this.refused = true;
      this.failIfRefused();
      return;
    }
    this.outstanding++;
    if (this.worker) this.worker.postMessage(message);
    else this.queued.push(message);
  }

  unref(): void {
    // Nothing to do in a browser: a worker keeps no process alive.
  }

  terminate(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.worker?.terminate();
    for (const listener of this.listeners.exit) listener(1);
  }

  private started(url: string): void {
    if (this.stopped) return;
    const worker = new Worker(url, { name: 'Cooperation Pillars checker' });
    worker.onmessage = ({ data }) => {
      // An answer (not `ready` or `started`): one request fewer outstanding.
      if ('id' in data) this.outstanding--;
      for (const listener of this.listeners.message) listener(data);
      this.failIfRefused();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new Error(`the checker's worker failed: ${event.message ?? 'no reason given'}`));
    };
    this.worker = worker;
    for (const message of this.queued.splice(0)) worker.postMessage(message);
  }

  private failIfRefused(): void {
    if (!this.refused || this.outstanding > 0) return;
    const error = Object.assign(new Error('the draft needs more memory than the worker may use'), {
      code: OUT_OF_MEMORY,
    });
    setTimeout(() => this.fail(error), 0);
  }

  private fail(error: Error & { code?: string }): void {
    if (this.stopped) return;
    for (const listener of this.listeners.error) listener(error);
    this.terminate();
  }
}

/**
 * The runner of the browser build: as the Node build's, with the files a check asks for read first. Each check
 * carries the files held (a worker has none of its own); when it asked for one not held, that file is read and the
 * draft checked again.
 */
export class WebCheckRunner extends CheckRunner {
  constructor(
    private readonly files: WebFiles,
    workerScript: () => Promise<string>,
    options: { threshold?: number; memoryLimitMb?: number } = {},
  ) {
    super({
      ...options,
      loadEngine: () => webEngine,
      startWorker: ({ memoryLimitMb }) => new WebCheckWorker(workerScript, memoryLimitMb),
    });
  }

  override async check(
    text: string,
    request: CheckRequest,
    version: number,
    findings?: (findings: ReportFindings) => void,
  ): Promise<DraftReport> {
    await this.files.refresh();
    for (let round = 0; ; round++) {
      const withFiles: WebCheckRequest = this.usesWorker(text.length) ? { ...request, files: snapshot() } : request;
      const { missing, ...report }: WebDraftReport = await super.check(text, withFiles, version, findings);
      if (!missing || round === MAX_READ_ROUNDS) return report;
      await this.files.readMissing(missing);
    }
  }
}

/** The worker's script as a blob: URL, fetched once (its first start). */
function workerScript(context: vscode.ExtensionContext): () => Promise<string> {
  let url: Promise<string> | undefined;
  return () =>
    (url ??= (async () => {
      const location = vscode.Uri.joinPath(context.extensionUri, 'dist', 'web-worker.js').toString(true);
      const response = await fetch(location);
      if (!response.ok) throw new Error(`${location}: ${response.status} ${response.statusText}`);
      return URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    })().catch((error: unknown) => {
      url = undefined; // tried again on the next large draft
      throw error;
    }));
}

/** Schemes of documents that can be drafts in the browser: any file system the workspace is on. */
const WEB_SCHEMES: ReadonlySet<string> = new Set([
  'file',
  'vscode-remote',
  'vscode-vfs',
  'vscode-test-web',
  'vscode-userdata',
  'memfs',
  'tmp',
]);

/** The browser host; `files` has read the workspace's configuration files (web/extension.ts awaits that). */
export function webHost(context: vscode.ExtensionContext, files: WebFiles): ExtensionHost {
  return {
    kind: 'web',
    runner: new WebCheckRunner(files, workerScript(context)),
    draftSchemes: WEB_SCHEMES,
    parseYaml: (text) => webEngine.parseYaml(text),
    configDir: (uri) => (uri.scheme === 'untitled' ? undefined : dirname(uri.path)),
    draftPath: (uri) => (uri.scheme === 'untitled' ? '' : uri.path),
    watchConfigFiles: (changed) => files.watchConfigFiles(changed),
  };
}
