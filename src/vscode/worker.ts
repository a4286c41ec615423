/**
 * The checker in a worker thread, for large drafts: the extension host's thread stays free while it runs.
 * Bundled to dist/worker.cjs without the checker: it loads the engine's bundle, engine.cjs in its own folder, on
 * the first request (as the host does on its first check), so the package holds one copy of the checker. Speaks
 * the core's worker protocol (src/core/worker/protocol.ts), as the CLI's workers and the browser's Web Worker do:
 * `{ id, text, request }` answered with `{ id, partial: { messages } }` (the findings, ahead of the rest), then
 * `{ id, report }`, `{ id, error }` (the checker failed) or `{ id, unavailable }` (the engine could not be loaded:
 * the message to show, as on the host's thread).
 */
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { serveRequests, type WorkerResponse as Response } from '../core/worker/protocol.js';
import { loadEngine } from './load-engine.js';
import type { CheckRequest, DraftReport, ReportFindings } from './report.js';

/** What the editor asks its worker: a draft's text and what its check needs besides. */
export interface DraftRequest {
  text: string;
  request: CheckRequest;
}

/** A request as sent (its id added) and a response, for tests that speak to the worker. */
export type WorkerRequest = DraftRequest & { id: number };
export type WorkerResponse = Response<DraftReport, ReportFindings>;

/** The engine's bundle: next to this file (dist/engine.cjs beside dist/worker.cjs). */
export const ENGINE_FILE = fileURLToPath(new URL('engine.cjs', import.meta.url));

const port = parentPort;
if (port) {
  serveRequests<DraftRequest, DraftReport, ReportFindings>(
    { onMessage: (listener) => port.on('message', listener), postMessage: (message) => port.postMessage(message) },
    () => {
      const engine = loadEngine(ENGINE_FILE);
      return ({ text, request }, partial) => {
        const report = engine.checkReport(text, request);
        // The findings first: the Problems panel does not wait for the rest of the report to be copied.
        partial({ messages: report.messages });
        return report;
      };
    },
  );
}
