/**
 * The check engine of the browser build, on the extension host's thread (in dist/web.cjs) and in the Web Worker
 * (dist/web-worker.js) alike: the Node build's engine (../engine.ts), with the files the core reads held in
 * memory (fs.ts). A check also says which paths the core asked for that were not held (`missing`): the host reads
 * them through `vscode.workspace.fs` and checks again, so the findings are the Node build's.
 */
import * as engine from '../engine.js';
import type { Engine } from '../load-engine.js';
import type { CheckRequest, DraftReport } from '../report.js';
import { loadSnapshot, recordingMisses, type FileSnapshot } from './fs.js';

export interface WebCheckRequest extends CheckRequest {
  /** In a worker: the host's files (its own memory holds none). */
  files?: FileSnapshot;
}

export type WebDraftReport = DraftReport & { missing?: string[] };

export function checkReport(text: string, request: WebCheckRequest): WebDraftReport {
  const { files, ...rest } = request;
  if (files) loadSnapshot(files);
  const { value: report, missing } = recordingMisses(() => engine.checkReport(text, rest));
  return missing.length > 0 ? { ...report, missing } : report;
}

/** The engine as the runner loads it. */
export const webEngine: Engine = { ...engine, checkReport };
