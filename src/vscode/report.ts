/**
 * A check's result as plain data: what the editor shows of a draft, and what a worker thread can send back
 * (the core's analysis holds class instances, which do not survive structured cloning). Never imports `vscode`.
 */
import { PILLAR_IDS } from '../core/framework/model.js';
import type {
  CheckMessage,
  CheckResult,
  CitationUse,
  HeadingInfo,
  NotChecked,
  PillarCoverage,
  PillarId,
  RuleId,
  RuleSetting,
  TextEdit,
} from '../core/index.js';

/**
 * Why a draft was not checked: the core's reasons, a draft over `pillars.maxFileSize` (`too-large`), and one the
 * worker ran out of memory on (`out-of-memory`).
 */
export interface DraftNotChecked {
  reason: NotChecked['reason'] | 'too-large' | 'out-of-memory';
  /** One sentence for the writer: what is wrong and what would let the draft be checked. */
  message: string;
  /** For an internal error: where it happened, for the log. */
  stack?: string;
}

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
  /**
   * Set when the draft cites claims that none of its bibliographies holds (Pandoc would not find them): the edit
   * that names claims.json in its front matter, unless it does already (then only the file is missing).
   */
  claimsBibliography?: { edit?: TextEdit };
  /** Set when the draft was not checked (too large, nested too deeply, a fault of the checker): no messages then. */
  notChecked?: DraftNotChecked;
}

/** What a check needs besides the text. */
export interface CheckRequest {
  path?: string;
  /** Where the draft is on disk, for the bibliography files it names; `''` when it is not on disk. */
  fsPath?: string;
  rules: Partial<Record<RuleId, RuleSetting>>;
  /** The frameworks to check against (`pillars.frameworks`, read by the host); none: the built-in essay. */
  frameworks?: FrameworkFiles;
}

/** Framework files as the host read them, for the engine to load (it reads no file itself). */
export interface FrameworkFiles {
  files: { path: string; text: string }[];
  /** Whether the built-in essay's pillars are checked too. */
  builtin: boolean;
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
    ...(result.notChecked ? { notChecked: { ...result.notChecked } } : {}),
  };
}

/** 1.5 MB, 12.0 KB, 300 B (1 KB = 1024 bytes), as the CLI writes sizes. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** The size of a text saved as UTF-8, in bytes: what `pillars.maxFileSize` limits. */
export function utf8Size(text: string): number {
  // Counted, not encoded (no Buffer in the browser, and a 2 MB draft is not copied): lone surrogates count 3 as
  // U+FFFD does, as Buffer.byteLength counts them.
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2; // a surrogate pair: 4 bytes for 2 code units
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/** The report of a draft that was not checked: no findings, no coverage known. */
function notCheckedReport(notChecked: DraftNotChecked, length: number, version: number): DraftReport {
  const coverage = {} as Record<PillarId, PillarCoverage>;
  for (const pillar of PILLAR_IDS)
    coverage[pillar] = { pillar, status: 'missing', covered: false, evidence: [], passing: [] };
  return {
    length,
    version,
    coverage,
    messages: [],
    citations: [],
    headings: [],
    hasBibliography: false,
    checkedInWorker: false,
    notChecked,
  };
}

/**
 * What helps a draft over the size limit (`toDo`: what raising it would let the extension do): raising the setting, or,
 * when the workspace sets it and Restricted Mode ignores that (`restricted`), trusting the workspace.
 */
export function sizeLimitHelp(setting: string, restricted: boolean, toDo: string): string {
  return restricted
    ? `the workspace sets ${setting}, but Restricted Mode ignores the workspace’s settings: trust the workspace to apply it`
    : `raise the setting to ${toDo}`;
}

/**
 * The report of a draft over the size limit: not checked, no findings. `length` is -1 when the text was never read.
 * `restricted`: the workspace sets the limit but Restricted Mode ignores it, so raising it is not what helps.
 */
export function tooLargeReport(
  bytes: number,
  limitKb: number,
  setting: string,
  length: number,
  version: number,
  restricted = false,
): DraftReport {
  const help = sizeLimitHelp(setting, restricted, 'check it');
  return notCheckedReport(
    {
      reason: 'too-large',
      message: `the draft is ${formatSize(bytes)}, over the ${formatSize(limitKb * 1024)} limit of ${setting}: not checked (${help}).`,
    },
    length,
    version,
  );
}

/** The report of a draft the worker ran out of memory on (its heap limited to `limitMb`): not checked, no findings. */
export function outOfMemoryReport(limitMb: number, length: number, version: number): DraftReport {
  return {
    ...notCheckedReport(
      {
        reason: 'out-of-memory',
        message: `the draft is too large to check within ${limitMb} MB of memory: not checked (split it into smaller drafts to check them).`,
      },
      length,
      version,
    ),
    checkedInWorker: true,
  };
}
