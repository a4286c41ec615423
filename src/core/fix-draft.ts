/**
 * Fixing a draft without asking: the quick fixes that can only mean one thing (`Fix.unambiguous`: a citation key
 * with one suggestion, a misquote of the one claim cited, a front-matter typo with one suggestion), applied
 * until none is left. What `pillars check --fix` runs; the editor offers the same fixes one by one.
 */
import { checkDraft, type CheckMessage, type CheckOptions, type CheckResult } from './check.js';
import { applyEdits, type Fix, type TextEdit } from './edits/fixes.js';
import type { RuleId } from './rules/index.js';

/** A fix that was applied, and the finding it cleared. */
export interface AppliedFix {
  ruleId: RuleId;
  /** The finding as it was reported. */
  message: string;
  /** Where the finding was (1-based), in the draft as it was when the fix was applied. */
  line: number;
  column: number;
  offset: number;
  /** What the fix did: its title, as the editor's quick fix shows it. */
  title: string;
}

export interface FixedDraft {
  /** The fixed draft (the same string when nothing was fixed). */
  text: string;
  applied: AppliedFix[];
  /** The check of the fixed draft: what is left to do by hand. */
  result: CheckResult;
}

/** A fix applying another's edit twice, or fixing again what a fix changes, waits for the next round. */
const ROUNDS = 10;

/** The message's unambiguous fix, if it has exactly one. */
export function unambiguousFix(message: CheckMessage): Fix | undefined {
  const fixes = message.fixes.filter((fix) => fix.unambiguous);
  return fixes.length === 1 ? fixes[0] : undefined;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.start === b.start || (a.start < b.end && b.start < a.end);
}

/**
 * Applies every unambiguous fix, checks the draft again and repeats (a key corrected can reveal a misquote of the
 * claim it now names) until no unambiguous fix is left: so fixing a fixed draft changes nothing. A draft that
 * cannot be checked (`result.notChecked`) is given back as it is.
 */
export function fixDraft(text: string, options: CheckOptions = {}): FixedDraft {
  let result = checkDraft(text, options);
  const applied: AppliedFix[] = [];
  for (let round = 0; round < ROUNDS && !result.notChecked; round++) {
    const once = fixOnce(text, result);
    if (once.applied.length === 0) break;
    const next = checkDraft(once.text, options);
    // A fixed draft the checker cannot check is not an improvement: keep the last one it could.
    if (next.notChecked) break;
    text = once.text;
    result = next;
    applied.push(...once.applied);
  }
  return { text, applied, result };
}

/**
 * One round of {@link fixDraft}: the unambiguous fixes of `result` (the check of `text`) that do not overlap, applied.
 */
export function fixOnce(text: string, result: CheckResult): { text: string; applied: AppliedFix[]; edits: TextEdit[] } {
  const edits: TextEdit[] = [];
  const done = new Set<string>();
  const applied: AppliedFix[] = [];
  for (const message of result.messages) {
    const fix = unambiguousFix(message);
    if (!fix) continue;
    // Several findings may share one fix (a typo written twice in the front matter): it is applied once.
    const key = JSON.stringify(fix.edits);
    if (done.has(key)) continue;
    if (fix.edits.some((edit) => edits.some((other) => overlaps(edit, other)))) continue;
    done.add(key);
    edits.push(...fix.edits);
    const { line, column, offset } = message.range.start;
    applied.push({ ruleId: message.ruleId, message: message.message, line, column, offset, title: fix.title });
  }
  return { text: edits.length ? applyEdits(text, edits) : text, applied, edits };
}
