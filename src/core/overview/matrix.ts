/**
 * The coverage matrix of many drafts: drafts (rows) × pillars (columns), each cell a state with its evidence, or
 * for a missing pillar the nearest passing mention and the cover hint. Plain data, built from check results as
 * the CLI and the editor both hold them; the HTML and Markdown renderers draw it. Never imports `vscode`.
 */
import type { PillarCoverage } from '../analysis/analyze.js';
import type { PillarId } from '../framework/model.js';
import { builtinPillars, type PillarSet } from '../framework/pillar-set.js';

/** A cell's state: the check's coverage status, or `not-checked` for a draft the checker could not read. */
export type CellState = 'covered' | 'thin' | 'missing' | 'skipped' | 'not-checked';

/** States in the order of the legend and the filter: best first. */
export const CELL_STATES: readonly CellState[] = ['covered', 'thin', 'missing', 'skipped', 'not-checked'];

/** How each state is shown: a symbol that tells it without colour, and its name. */
export const STATE_LOOK: Record<CellState, { symbol: string; label: string }> = {
  covered: { symbol: '✓', label: 'covered' },
  thin: { symbol: '◐', label: 'thin' },
  missing: { symbol: '✗', label: 'missing' },
  skipped: { symbol: '–', label: 'skipped' },
  'not-checked': { symbol: '?', label: 'not checked' },
};

/** A place in the draft that a cell points at: evidence, or a mention in passing. */
export interface CellMention {
  kind: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
}

export interface Cell {
  pillar: PillarId;
  state: CellState;
  /** The evidence (covered and thin pillars), as `pillars check --format json` lists it. */
  evidence: CellMention[];
  /** For a missing pillar: the mention that came closest, if any. */
  nearest?: CellMention;
  /** For a missing pillar: what would cover it. */
  hint?: string;
  /** For a skipped pillar: the front matter's reason. */
  reason?: string;
}

export interface Row {
  /** The draft as the report names it (a path relative to the current or workspace folder). */
  path: string;
  cells: Cell[];
  /** Set when the draft could not be checked: why, in one sentence. */
  notChecked?: string;
  /** Pillars covered (covered or thin) of those in scope (not skipped); 0 of 0 for a draft not checked. */
  covered: number;
  inScope: number;
}

export interface Column {
  id: PillarId;
  title: string;
  /** The namespace of the pillar's framework, when the matrix shows more than one framework. */
  framework?: string;
}

export interface Overview {
  title: string;
  columns: Column[];
  rows: Row[];
}

/** What the matrix needs of a check's result: the CLI's `FileResult` and the editor's report both have it. */
export interface CheckedDraft {
  path: string;
  coverage: Record<PillarId, PillarCoverage>;
  /** The reason, when the checker could not check it. */
  notChecked?: { message: string };
}

/** A draft that was never checked (unreadable, too large, too slow), and why. */
export interface UncheckedDraft {
  path: string;
  reason: string;
}

function mention(evidence: PillarCoverage['evidence'][number]): CellMention {
  const { start, end } = evidence.range;
  return {
    kind: evidence.kind,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    excerpt: evidence.excerpt,
  };
}

/** A draft that chose other frameworks (`pillars.frameworks` in its front matter) is not checked for the pillar. */
const NOT_CHOSEN = 'not among the frameworks this draft is checked against';

function cellOf(id: PillarId, entry: PillarCoverage | undefined, pillars: PillarSet): Cell {
  if (!entry) return { pillar: id, state: 'skipped', evidence: [], reason: NOT_CHOSEN };
  const cell: Cell = { pillar: id, state: entry.status, evidence: entry.evidence.map(mention) };
  if (entry.status === 'missing') {
    if (entry.passing[0]) cell.nearest = mention(entry.passing[0]);
    cell.hint = pillars.get(id)?.coverHint;
  }
  if (entry.status === 'skipped' && entry.skipReason) cell.reason = entry.skipReason;
  return cell;
}

function notCheckedRow(path: string, reason: string, ids: readonly PillarId[]): Row {
  return {
    path,
    cells: ids.map((id) => ({ pillar: id, state: 'not-checked', evidence: [] })),
    notChecked: reason,
    covered: 0,
    inScope: 0,
  };
}

/**
 * The matrix of checked and unchecked drafts, in path order. Its columns are the pillars of `pillars` (the
 * frameworks the drafts were checked against) that some draft was checked for, per framework in order.
 */
export function overviewOf(
  checked: readonly CheckedDraft[],
  unchecked: readonly UncheckedDraft[] = [],
  title = 'Pillar coverage',
  pillars: PillarSet = builtinPillars(),
): Overview {
  const seen = new Set(checked.flatMap((draft) => (draft.notChecked ? [] : Object.keys(draft.coverage))));
  const known = pillars.ids.filter((id) => seen.has(id));
  // Pillars a report has that the set does not (a report read with other frameworks): after the set's own.
  const ids = seen.size === 0 ? [...pillars.ids] : [...known, ...[...seen].filter((id) => !pillars.has(id))];
  const frameworks = new Set(ids.map((id) => pillars.get(id)?.framework ?? ''));
  const rows: Row[] = [
    ...checked.map((draft): Row => {
      if (draft.notChecked) return notCheckedRow(draft.path, draft.notChecked.message, ids);
      const cells = ids.map((id) => cellOf(id, draft.coverage[id], pillars));
      const inScope = cells.filter((cell) => cell.state !== 'skipped').length;
      const covered = cells.filter((cell) => cell.state === 'covered' || cell.state === 'thin').length;
      return { path: draft.path, cells, covered, inScope };
    }),
    ...unchecked.map((draft) => notCheckedRow(draft.path, draft.reason, ids)),
  ];
  rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const columns = ids.map((id): Column => {
    const framework = pillars.get(id)?.framework;
    return { id, title: pillars.title(id), ...(frameworks.size > 1 && framework ? { framework } : {}) };
  });
  return { title, columns, rows };
}

/** How many drafts are in each state, per pillar (the matrix's totals row). */
export function pillarTotals(overview: Overview): Record<PillarId, Record<CellState, number>> {
  const totals = {} as Record<PillarId, Record<CellState, number>>;
  for (const column of overview.columns) {
    totals[column.id] = Object.fromEntries(CELL_STATES.map((state) => [state, 0])) as Record<CellState, number>;
  }
  for (const row of overview.rows) for (const cell of row.cells) totals[cell.pillar][cell.state]++;
  return totals;
}

/** One line for the report's head: how many drafts, how many cover every pillar in scope, how many have gaps. */
export function overviewSummary(overview: Overview): string {
  const rows = overview.rows;
  const notChecked = rows.filter((row) => row.notChecked).length;
  const complete = rows.filter((row) => !row.notChecked && row.covered === row.inScope).length;
  const gaps = rows.length - notChecked - complete;
  const drafts = `${rows.length} draft${rows.length === 1 ? '' : 's'}`;
  return `${drafts}: ${complete} cover${complete === 1 ? 's' : ''} every pillar in scope, ${gaps} ${gaps === 1 ? 'has' : 'have'} gaps${notChecked ? `, ${notChecked} not checked` : ''}.`;
}
