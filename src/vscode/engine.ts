/**
 * The check engine: the checker with everything it needs (unified, remark-parse and micromark, yaml, the rules),
 * bundled on its own to dist/engine.cjs, the package's one copy of the checker. The extension host loads it the
 * first time it checks a draft on its own thread (runner.ts), so activation does not pay for it, and the worker
 * (worker.ts) the first time it checks a large draft. Both load it with load-engine.ts. Never imports `vscode`.
 */
import { checkDraft } from '../core/check.js';
import { toReport, type CheckRequest, type DraftReport } from './report.js';

/**
 * Checks a draft against the built-in source: the report as plain data, `version` -1 (the caller sets it). The
 * claims in the report are this bundle's copies; the extension host finds their sources and themes in its own
 * knowledge base by their keys.
 */
export function checkReport(text: string, request: CheckRequest): DraftReport {
  return toReport(checkDraft(text, { path: request.path, fsPath: request.fsPath, rules: request.rules }), -1);
}
