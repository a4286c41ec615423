/**
 * The checker in a worker thread, for large drafts: the extension host's thread stays free while it runs.
 * Bundled to dist/worker.cjs without the checker: it loads the engine's bundle, engine.cjs in its own folder, on
 * the first request (as the host does on its first check), so the package holds one copy of the checker.
 * Receives `{ id, text, request }`, answers `{ id, report }`, `{ id, error }` (the checker failed) or
 * `{ id, unavailable }` (the engine could not be loaded: the message to show, as on the host's thread).
 */
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { loadEngine, type Engine } from './load-engine.js';
import type { CheckRequest, DraftReport } from './report.js';

export interface WorkerRequest {
  id: number;
  text: string;
  request: CheckRequest;
}

export type WorkerResponse =
  { id: number; report: DraftReport } | { id: number; error: string } | { id: number; unavailable: string };

/** The engine's bundle: next to this file (dist/engine.cjs beside dist/worker.cjs). */
export const ENGINE_FILE = fileURLToPath(new URL('engine.cjs', import.meta.url));

let engine: Engine | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    engine ??= loadEngine(ENGINE_FILE);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, unavailable: (error as Error).message } satisfies WorkerResponse);
    return;
  }
  try {
    response = { id: message.id, report: engine.checkReport(message.text, message.request) };
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
