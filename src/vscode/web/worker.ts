/**
 * The checker in a Web Worker, for large drafts in the browser build (dist/web-worker.js): the counterpart of
 * ../worker.ts (a worker thread), speaking the same protocol (src/core/worker/protocol.ts). It holds the engine
 * itself: a Web Worker cannot load the extension's other bundles.
 */
import { serveRequests, type WorkerRequest, type WorkerResponse } from '../../core/worker/protocol.js';
import type { ReportFindings } from '../report.js';
import type { DraftRequest } from '../worker.js';
import { checkReport, type WebDraftReport } from './engine.js';

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest<DraftRequest> }) => void) | null;
  postMessage(message: WorkerResponse<WebDraftReport, ReportFindings>): void;
}

const scope = globalThis as unknown as WorkerScope;

serveRequests<DraftRequest, WebDraftReport, ReportFindings>(
  {
    onMessage: (listener) => (scope.onmessage = ({ data }) => listener(data)),
    postMessage: (message) => scope.postMessage(message),
  },
  () =>
    ({ text, request }, partial) => {
      const report = checkReport(text, request);
      // The findings first, unless the check asked for files it did not have: then it is checked again.
      if (!report.missing) partial({ messages: report.messages });
      return report;
    },
);
