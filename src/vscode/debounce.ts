/**
 * How long the checker waits after an edit before it checks the draft again: adapted to what the draft's re-checks
 * cost (as rust-analyzer and vscode-markdownlint adapt theirs), so a short draft shows its findings about a tenth of
 * a second after the last key and a long one is not checked more often than the fixed 300 ms let it be.
 */

/** Quiet time after an edit at most (a draft whose re-check is slow). */
export const DEBOUNCE_MS = 300;

/** Quiet time after an edit at least (a draft whose re-check is quick). */
export const MIN_DEBOUNCE_MS = 100;

/** What the checker knows of a draft's checks when an edit comes. */
export interface CheckTimes {
  /** Checks of the draft that have ended since it was opened. */
  checks: number;
  /** How long the last re-check took (ms), from asking for it to its report; undefined before one ends. */
  lastRecheckMs?: number;
}

/**
 * The quiet time after an edit: three times what the draft's last re-check took, between {@link MIN_DEBOUNCE_MS}
 * and {@link DEBOUNCE_MS}. Only re-checks count: a draft's first check parses all of it (and may be the worker's
 * first, its patterns not yet compiled), while an edit's re-check reads again only the piece the edit falls in, so
 * the first check's time would hold the first edit after opening a draft to the longest wait. Once the draft has
 * been checked, the first edit waits the shortest time and its re-check sets the next; before any check has ended
 * (the draft is still being checked at open), the longest.
 */
export function debounceFor({ checks, lastRecheckMs }: CheckTimes): number {
  if (checks === 0) return DEBOUNCE_MS;
  if (lastRecheckMs === undefined) return MIN_DEBOUNCE_MS;
  return Math.round(Math.min(DEBOUNCE_MS, Math.max(MIN_DEBOUNCE_MS, 3 * lastRecheckMs)));
}

/** The times after a check that took `ms`: the first check of a draft is counted but not timed (see above). */
export function afterCheck(times: CheckTimes, ms: number): CheckTimes {
  return times.checks === 0 ? { checks: 1 } : { checks: times.checks + 1, lastRecheckMs: ms };
}
