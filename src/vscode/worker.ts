/**
 * The checker in a worker thread, for large drafts: the extension host's thread stays free while it runs.
 * Bundled to dist/worker.cjs (with the engine inside). Receives `{ id, text, request }`, answers `{ id, report }`
 * or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { checkReport } from './engine.js';
import type { CheckRequest, DraftReport } from './report.js';

export interface WorkerRequest {
  id: number;
  text: string;
  request: CheckRequest;
}

export type WorkerResponse = { id: number; report: DraftReport } | { id: number; error: string };

parentPort?.on('message', (message: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: message.id, report: checkReport(message.text, message.request) };
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
