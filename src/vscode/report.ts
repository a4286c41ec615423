/**
 * A check's result as the editor holds it: the core's plain report (src/core/report/check-report.ts), which a
 * worker can send back, with the document version it describes. Never imports `vscode`.
 */
import { PILLAR_IDS } from '../core/framework/model.js';
import type { CheckResult, RuleId, RuleSetting } from '../core/index.js';
import {
  checkReportOf,
  notCheckedReport as coreNotCheckedReport,
  type CheckReport,
  type ReportNotChecked,
} from '../core/report/check-report.js';

/** Why a draft was not checked (the core's reasons, `too-large` and `out-of-memory` among them). */
export type DraftNotChecked = ReportNotChecked;

export interface DraftReport extends CheckReport {
  /** The document version the checked text came from (set by the caller; -1 for a file read from disk). */
  version: number;
  /** Whether the check ran in the worker thread (a large draft). */
  checkedInWorker: boolean;
}

/**
 * What a worker sends ahead of a report: its findings, which the Problems panel shows as soon as they come (the
 * rest of a large draft's report, its coverage's evidence above all, takes longer to copy across).
 */
export interface ReportFindings {
  messages: DraftReport['messages'];
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
  return { ...checkReportOf(result), version, checkedInWorker: false };
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
  return { ...coreNotCheckedReport(notChecked, length, PILLAR_IDS), version, checkedInWorker: false };
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
