/**
 * The check engine: the checker with everything it needs (unified, remark-parse and micromark, yaml, the rules),
 * bundled on its own to dist/engine.cjs, the package's one copy of the checker. The extension host loads it the
 * first time it checks a draft on its own thread (runner.ts), so activation does not pay for it, and the worker
 * (worker.ts) the first time it checks a large draft. Both load it with load-engine.ts. Never imports `vscode`.
 */
import { draftBibliography, inBibliography } from '../core/bibliography/draft.js';
import {
  addBibliographyEdit,
  bibliographyNames,
  DEFAULT_BIBLIOGRAPHY_FILE,
} from '../core/bibliography/front-matter.js';
import { checkDraft, type CheckResult } from '../core/check.js';
import { citedClaims } from '../core/edits/editor-helpers.js';
import { joinFrameworkFiles } from '../core/framework/knowledge.js';
import type { FrameworkFileProblem } from '../core/framework/types.js';
import { loadFramework } from '../core/framework/loader.js';
import { builtinKnowledgeBase, type KnowledgeBase } from '../core/framework/knowledge-base.js';
import type { Source } from '../core/framework/model.js';
import type { SetFramework } from '../core/framework/pillar-set.js';
import type { Pillar } from '../core/framework/pillars.js';
import { toReport, type CheckRequest, type DraftReport, type FrameworkFiles } from './report.js';

/** The YAML parser of `.pillarsrc.yaml` files: the extension's activation bundle holds none, the engine has one. */
export { parse as parseYaml } from 'yaml';

/**
 * Checks a draft against the built-in source: the report as plain data, `version` -1 (the caller sets it). The
 * claims in the report are this bundle's copies; the extension host finds their sources and themes in its own
 * knowledge base by their keys.
 */
export function checkReport(text: string, request: CheckRequest): DraftReport {
  const knowledgeBase = request.frameworks ? frameworksOf(request.frameworks).knowledgeBase : builtinKnowledgeBase();
  const result = checkDraft(text, { path: request.path, fsPath: request.fsPath, rules: request.rules, knowledgeBase });
  const report = toReport(result, -1);
  if (!result.notChecked) {
    const claimsBibliography = claimsBibliographyOf(result, request.fsPath);
    if (claimsBibliography) report.claimsBibliography = claimsBibliography;
  }
  return report;
}

/** The loaded frameworks, as plain data the extension host builds its own knowledge base from. */
export interface FrameworkData {
  sources: Source[];
  pillars: Pillar[];
  frameworks: SetFramework[];
  /** Each problem of each file and of joining them. */
  problems: FrameworkFileProblem[];
}

/**
 * The last frameworks loaded, by their files' paths and texts: drafts are checked against the same ones again and
 * again.
 */
let lastFrameworks: { key: string; knowledgeBase: KnowledgeBase; data: FrameworkData } | undefined;

function frameworksOf(files: FrameworkFiles): { knowledgeBase: KnowledgeBase; data: FrameworkData } {
  const key = JSON.stringify(files);
  if (lastFrameworks?.key === key) return lastFrameworks;
  const loaded = files.files.map(({ path, text }) => {
    const { framework, problems } = loadFramework(text);
    return { file: path, framework, problems: problems.map((problem) => ({ ...problem, file: path })) };
  });
  const { knowledgeBase, problems } = joinFrameworkFiles(loaded, files.builtin);
  const data: FrameworkData = {
    sources: [...knowledgeBase.sources],
    pillars: [...knowledgeBase.pillars.pillars],
    frameworks: [...knowledgeBase.pillars.frameworks],
    problems,
  };
  lastFrameworks = { key, knowledgeBase, data };
  return lastFrameworks;
}

/** Loads framework files (their texts, read by the host): their sources and pillars as data, and their problems. */
export function frameworkData(files: FrameworkFiles): FrameworkData {
  return frameworksOf(files).data;
}

/**
 * Whether the draft cites claims that none of its bibliographies holds, and the front-matter edit that names
 * claims.json.
 */
function claimsBibliographyOf(result: CheckResult, fsPath: string | undefined): DraftReport['claimsBibliography'] {
  const cited = citedClaims(result.analysis.citations);
  if (cited.length === 0) return undefined;
  const frontMatter = result.analysis.frontMatter;
  if (frontMatter?.hasBibliography) {
    const bibliography = draftBibliography(frontMatter.data, fsPath || undefined);
    if (cited.every((claim) => inBibliography(bibliography, claim.key))) return undefined;
  }
  const edit = addBibliographyEdit(result.analysis.text, frontMatter);
  if (edit) return { edit };
  // No edit: it names claims.json already (the file is missing or old), or its front matter is not valid YAML.
  return bibliographyNames(frontMatter?.data).includes(DEFAULT_BIBLIOGRAPHY_FILE) ? {} : undefined;
}
