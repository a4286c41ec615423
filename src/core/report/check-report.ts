/**
 * A check's result as plain data: the one report the CLI's workers, the editor's engine and worker, and the JSON
 * output share (`checkDraft`'s result holds the analysis, whose class instances do not survive structured
 * cloning, and is too large to send between threads). Adapters only map it: the CLI to its formats, the editor
 * to diagnostics, the tree and the status bar. Imports types only, so the editor's activation bundle can build
 * reports (a draft over the size limit) without the checker.
 */
import type { CitationUse, HeadingInfo, PillarCoverage } from '../analysis/analyze.js';
import type { CheckMessage, CheckResult } from '../check.js';
import type { TextEdit } from '../edits/fixes.js';
import type { AppliedFix } from '../fix-draft.js';
import type { PillarId } from '../framework/model.js';
import type { NotChecked } from '../parse/limits.js';

/**
 * Why a draft was not checked: the checker's own reasons (`too-deep`, `internal-error`), a draft over the size
 * limit (`too-large`), one its worker ran out of memory on (`out-of-memory`) or took longer than the time limit
 * on (`time-limit`).
 */
export type NotCheckedReason = NotChecked['reason'] | 'too-large' | 'out-of-memory' | 'time-limit';

export interface ReportNotChecked {
  reason: NotCheckedReason;
  /** One sentence for the writer: what is wrong and what would let the draft be checked. */
  message: string;
  /** For an internal error: where it happened, for the log and a bug report. */
  stack?: string;
}

export interface CheckReport {
  /** As the report names the draft (undefined: stdin or an untitled draft). */
  path?: string;
  /** The checked text's length in UTF-16 code units (-1 when the text was never read). */
  length: number;
  coverage: Record<PillarId, PillarCoverage>;
  messages: CheckMessage[];
  /** Each citation with the claims it names (the editor's hovers, references and Insert References Section). */
  citations: CitationUse[];
  headings: HeadingInfo[];
  title?: HeadingInfo;
  /** The front matter names a Pandoc bibliography, where keys outside the source's namespace resolve. */
  hasBibliography: boolean;
  /**
   * Set when the draft cites claims that none of its bibliographies holds (Pandoc would not find them): the edit
   * that names claims.json in its front matter, unless it does already (then only the file is missing).
   */
  claimsBibliography?: { edit?: TextEdit };
  /** Set when the draft was not checked: no messages then, and no coverage known. */
  notChecked?: ReportNotChecked;
  /** With `--fix`: the fixed draft and the fixes applied (the messages are then the fixed draft's). */
  fixed?: { text: string; applied: AppliedFix[] };
}

/** The report of a check's result. */
export function checkReportOf(result: CheckResult): CheckReport {
  const { analysis } = result;
  return {
    ...(result.path !== undefined ? { path: result.path } : {}),
    length: analysis.text.length,
    coverage: result.coverage,
    messages: result.messages,
    citations: analysis.citations,
    headings: analysis.headings,
    ...(analysis.title ? { title: analysis.title } : {}),
    hasBibliography: analysis.frontMatter?.hasBibliography ?? false,
    ...(result.notChecked ? { notChecked: { ...result.notChecked } } : {}),
  };
}

/** The report of a draft that was not checked: no findings, every pillar of `pillars` missing. */
export function notCheckedReport(
  notChecked: ReportNotChecked,
  length: number,
  pillars: readonly PillarId[],
  path?: string,
): CheckReport {
  const coverage = {} as Record<PillarId, PillarCoverage>;
  for (const pillar of pillars)
    coverage[pillar] = { pillar, status: 'missing', covered: false, evidence: [], passing: [] };
  return {
    ...(path !== undefined ? { path } : {}),
    length,
    coverage,
    messages: [],
    citations: [],
    headings: [],
    hasBibliography: false,
    notChecked,
  };
}
