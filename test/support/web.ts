/**
 * The browser build's engine run as a browser runs it: dist/web-worker.js (built as esbuild.mjs builds it) in a
 * `node:vm` context that has a Web Worker's globals and none of Node's (no `process`, `require`, `Buffer`), with
 * the files a check asks for read from disk the way the web host reads them through `vscode.workspace.fs`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import type { DraftReport } from '../../src/vscode/report.js';
import type { FileSnapshot, StoredFile } from '../../src/vscode/web/fs.js';
import type { WebCheckRequest, WebDraftReport } from '../../src/vscode/web/engine.js';
import type { WorkerResponse } from '../../src/vscode/worker.js';
import { buildBundle } from './bundles.js';

/** A Web Worker's globals besides the language's own: what dist/web-worker.js may use. */
const WORKER_GLOBALS = [
  'TextDecoder',
  'TextEncoder',
  'URL',
  'atob',
  'btoa',
  'console',
  'setTimeout',
  'clearTimeout',
  'queueMicrotask',
  'structuredClone',
] as const;

function workerGlobals(): Record<string, unknown> {
  return Object.fromEntries(WORKER_GLOBALS.map((name) => [name, globalThis[name]]));
}

export interface WebWorkerSandbox {
  /** Checks as the web host does: the files the check asks for are read and it is checked again. */
  check(text: string, request: WebCheckRequest): DraftReport;
  /** What the worker answered the last request with, unchanged. */
  post(text: string, request: WebCheckRequest): WorkerResponse;
  dispose(): void;
}

/** Reads a file as web/files.ts does: a folder, the text with its stamp (a byte order mark kept), or null. */
function readLikeTheWebHost(path: string): StoredFile {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { folder: true };
    return { text: readFileSync(path, 'utf8'), size: stat.size, mtime: Math.round(stat.mtimeMs) };
  } catch {
    return null;
  }
}

export async function webWorkerSandbox(): Promise<WebWorkerSandbox> {
  const dir = mkdtempSync(join(tmpdir(), 'pillars-web-'));
  const file = join(dir, 'web-worker.js');
  await buildBundle('web-worker.js', file);
  const answers: WorkerResponse[] = [];
  // Cloned as postMessage clones it (which also gives the answer this realm's objects, for deepEqual).
  const context = vm.createContext({
    ...workerGlobals(),
    postMessage: (message: WorkerResponse) => answers.push(structuredClone(message)),
  });
  context.self = context;
  vm.runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  let id = 0;
  const post = (text: string, request: WebCheckRequest): WorkerResponse => {
    (context.onmessage as (event: { data: unknown }) => void)({ data: { id: ++id, text, request } });
    const answer = answers.pop();
    if (!answer || !('id' in answer) || answer.id !== id) throw new Error(`the worker gave no answer to request ${id}`);
    return answer;
  };
  return {
    post,
    check(text, request) {
      const files: FileSnapshot = { ...request.files };
      for (let round = 0; round < 4; round++) {
        const answer = post(text, { ...request, files });
        if (!('report' in answer)) {
          throw new Error(
            'error' in answer ? answer.error : 'unavailable' in answer ? answer.unavailable : 'no report',
          );
        }
        const { missing, ...report } = answer.report as WebDraftReport;
        if (!missing) return report;
        for (const path of missing) files[path] = readLikeTheWebHost(path);
      }
      throw new Error('the check kept asking for files');
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
