/**
 * The checker in a worker thread, for large drafts: the extension host's thread stays free while it runs.
 * Bundled to dist/worker.cjs. Receives `{ id, text, request }`, answers `{ id, report }` or `{ id, error }`.
 */
import { parentPort } from 'node:worker_threads';
import { checkDraft } from '../core/index.js';
import { toReport, type CheckRequest, type DraftReport } from './report.js';

export interface WorkerRequest {
  id: number;
  text: string;
  request: CheckRequest;
}

export type WorkerResponse = { id: number; report: DraftReport } | { id: number; error: string };

parentPort?.on('message', (message: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    const result = checkDraft(message.text, { path: message.request.path, rules: message.request.rules });
    response = { id: message.id, report: toReport(result, -1) };
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
