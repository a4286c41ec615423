/**
 * The checker in a Web Worker, for large drafts in the browser build (dist/web-worker.js): the counterpart of
 * ../worker.ts (a worker thread), with the same messages. It holds the engine itself: a Web Worker cannot load
 * the extension's other bundles.
 */
import type { WorkerRequest, WorkerResponse } from '../worker.js';
import { checkReport } from './engine.js';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(message: WorkerResponse): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = ({ data: message }) => {
  let response: WorkerResponse;
  try {
    response = { id: message.id, report: checkReport(message.text, message.request) };
  } catch (error) {
    response = { id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  scope.postMessage(response);
};
