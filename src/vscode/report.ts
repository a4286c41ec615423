/**
 * A check's result as plain data: what the editor shows of a draft, and what a worker thread can send back
 * (the core's analysis holds class instances, which do not survive structured cloning). Never imports `vscode`.
 */
import type { CheckMessage, CheckResult, CitationUse, HeadingInfo, PillarCoverage, PillarId, RuleId, RuleSetting } from '../core/index.js';

export interface DraftReport {
  /** The checked text's length, and the document version it came from (set by the caller). */
  length: number;
  version: number;
  coverage: Record<PillarId, PillarCoverage>;
  messages: CheckMessage[];
  citations: CitationUse[];
  headings: HeadingInfo[];
  title?: HeadingInfo;
  /** The front matter names a Pandoc bibliography, where keys outside the source's namespace resolve. */
  hasBibliography: boolean;
  /** Whether the check ran in the worker thread (a large draft). */
  checkedInWorker: boolean;
}

/** What a check needs besides the text. */
export interface CheckRequest {
  path?: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
}

export function toReport(result: CheckResult, version: number): DraftReport {
  const { analysis } = result;
  return {
    length: analysis.text.length,
    version,
    coverage: result.coverage,
    messages: result.messages,
    citations: analysis.citations,
    headings: analysis.headings,
    title: analysis.title,
    hasBibliography: analysis.frontMatter?.hasBibliography ?? false,
    checkedInWorker: false,
  };
}
