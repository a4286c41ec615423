/**
 * The check engine: the checker with everything it needs (unified, remark-parse and micromark, yaml, the rules),
 * bundled on its own to dist/engine.cjs. The extension host loads it the first time it checks a draft on its
 * own thread (see runner.ts), so activation does not pay for it; the worker bundles it too. Never imports `vscode`.
 */
import { checkDraft } from '../core/check.js';
import type { KnowledgeBase } from '../core/knowledge-base.js';
import { toReport, type CheckRequest, type DraftReport } from './report.js';

/**
 * Checks a draft: the report as plain data, `version` -1 (the caller sets it). The extension host passes its own
 * knowledge base, so the claims in the report are the host's objects (the bundles each hold a copy of the core,
 * and a knowledge base knows its claims by identity); without one, the built-in source of this bundle is used.
 */
export function checkReport(text: string, request: CheckRequest, knowledgeBase?: KnowledgeBase): DraftReport {
  return toReport(checkDraft(text, { path: request.path, rules: request.rules, knowledgeBase }), -1);
}
