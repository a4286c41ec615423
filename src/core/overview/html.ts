/**
 * The coverage matrix as one HTML page, shared by `pillars report` (a self-contained file: its own colours, light
 * and dark, no request leaves it) and the editor's Coverage Overview (VS Code's theme colours; a cell opens the draft
 * at its evidence). A real `<table>` with row and column headers, each state in colour and as a symbol; sorting,
 * filtering and the cells' details run in the page's own script, with no server; a print stylesheet gives a summary.
 * Everything inline, under a Content Security Policy that allows nothing but the page's own style and script.
 */
import {
  CELL_STATES,
  overviewSummary,
  pillarTotals,
  STATE_LOOK,
  type Cell,
  type CellMention,
  type CellState,
  type Overview,
  type Row,
} from './matrix.js';
import { OVERVIEW_SCRIPT } from './script.js';
import { overviewStyle } from './style.js';

export interface HtmlOptions {
  /**
   * `file`: a report file with colours of its own; `webview`: VS Code's theme colours, and cells that open the draft.
   */
  mode: 'file' | 'webview';
  /** The nonce of the page's one style and one script (a fresh random one per page). */
  nonce: string;
  /** A line under the title, e.g. what made the report and when. */
  subtitle?: string;
  /** Notes above the matrix (e.g. that Restricted Mode chose the drafts). */
  notes?: string[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** A nonce may only hold base64 characters (it is written into the policy and attributes as it is). */
function checkNonce(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('the page nonce must be at least 16 base64 characters');
  return nonce;
}

const RANK: Record<CellState, number> = { 'not-checked': 0, missing: 1, thin: 2, covered: 3, skipped: 4 };

function place(item: CellMention): string {
  return item.line === item.endLine ? `line ${item.line}` : `lines ${item.line}–${item.endLine}`;
}

/** Where a cell opens the draft in the editor: its first evidence, else the nearest mention, else the top. */
function target(cell: Cell): CellMention | undefined {
  return cell.evidence[0] ?? cell.nearest;
}

function openAttributes(row: number, item: CellMention | undefined): string {
  const at = item ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return `data-r="${row}" data-line="${at.line}" data-col="${at.column}" data-eline="${at.endLine}" data-ecol="${at.endColumn}"`;
}

function mentionItem(item: CellMention, row: number, options: HtmlOptions, prefix = ''): string {
  const where =
    options.mode === 'webview'
      ? `<button type="button" class="go" ${openAttributes(row, item)}>${place(item)}</button>`
      : `<span class="ln">${place(item)}</span>`;
  return `<li>${where} ${prefix}<span class="kind">${escapeHtml(item.kind)}</span> “${escapeHtml(item.excerpt)}”</li>`;
}

function detail(cell: Cell, row: number, title: string, options: HtmlOptions): string {
  if (cell.state === 'covered' || cell.state === 'thin') {
    const lead =
      cell.state === 'thin'
        ? `<p>One piece of evidence: say more about ${escapeHtml(title.toLowerCase())} to cover it well.</p>`
        : '';
    return `${lead}<ul>${cell.evidence.map((item) => mentionItem(item, row, options)).join('')}</ul>`;
  }
  if (cell.state === 'missing') {
    const nearest = cell.nearest
      ? `<p>Nearest mention, in passing:</p><ul>${mentionItem(cell.nearest, row, options)}</ul>`
      : '<p>No mention of it in the draft.</p>';
    return `${nearest}<p class="hint">To cover it: ${escapeHtml(cell.hint ?? '')}.</p>`;
  }
  if (cell.state === 'skipped')
    return `<p>Out of scope by the front matter${cell.reason ? `: ${escapeHtml(cell.reason)}` : ''}.</p>`;
  return '';
}

function cellHtml(cell: Cell, r: number, c: number, title: string, options: HtmlOptions): string {
  const look = STATE_LOOK[cell.state];
  const count =
    cell.state === 'covered' || cell.state === 'thin' ? ` <span class="n">· ${cell.evidence.length}</span>` : '';
  const face = `<span class="sym" aria-hidden="true">${look.symbol}</span> <span class="word">${look.label}</span>${count}`;
  const attributes = `class="cell s-${cell.state}" data-c="${c}" data-p="${escapeHtml(cell.pillar)}" data-state="${cell.state}"`;
  if (cell.state === 'not-checked') return `<td ${attributes}><span class="face">${face}</span></td>`;
  const id = `d-${r}-${c}`;
  const open = options.mode === 'webview' ? ` ${openAttributes(r, target(cell))}` : '';
  return (
    `<td ${attributes}><button type="button" class="cell-btn" aria-expanded="false" aria-controls="${id}"${open}>${face}</button>` +
    `<div class="detail" id="${id}" hidden>${detail(cell, r, title, options)}</div></td>`
  );
}

function rowHtml(row: Row, r: number, overview: Overview, options: HtmlOptions): string {
  const ratio = row.notChecked ? -1 : row.inScope ? row.covered / row.inScope : 1;
  const why = row.notChecked ? `<span class="why">not checked: ${escapeHtml(row.notChecked)}</span>` : '';
  const cells = row.cells.map((cell, c) => cellHtml(cell, r, c, overview.columns[c].title, options)).join('');
  const total = row.notChecked ? '<span aria-label="not checked">—</span>' : `${row.covered}/${row.inScope}`;
  return (
    `<tr data-r="${r}" data-path="${escapeHtml(row.path)}" data-ratio="${ratio}" data-ranks="${row.cells.map((cell) => RANK[cell.state]).join(' ')}">` +
    `<th scope="row" class="draft"><span class="path">${escapeHtml(row.path)}</span>${why}</th>${cells}<td class="total">${total}</td></tr>`
  );
}

function totalsHtml(overview: Overview): string {
  const totals = pillarTotals(overview);
  const cells = overview.columns.map((column, c) => {
    const parts = CELL_STATES.map((state) => {
      const look = STATE_LOOK[state];
      const n = totals[column.id][state];
      return `<span class="t s-${state}" data-state="${state}"${n ? '' : ' hidden'}><span class="sym" aria-hidden="true">${look.symbol}</span> <span class="num">${n}</span><span class="sr"> ${look.label}</span></span>`;
    });
    return `<td class="totals" data-c="${c}">${parts.join(' ')}</td>`;
  });
  const complete = overview.rows.filter((row) => !row.notChecked && row.covered === row.inScope).length;
  return `<tr><th scope="row">All drafts shown</th>${cells.join('')}<td class="total" id="complete">${complete}/${overview.rows.length} complete</td></tr>`;
}

function controls(overview: Overview): string {
  const pillars = overview.columns
    .map((column, c) => `<option value="${c}">${escapeHtml(column.title)}</option>`)
    .join('');
  const states = CELL_STATES.map(
    (state) => `<option value="${state}">${STATE_LOOK[state].symbol} ${STATE_LOOK[state].label}</option>`,
  ).join('');
  return (
    '<div class="controls" role="group" aria-label="Filter the drafts">' +
    `<label>Pillar <select id="f-pillar"><option value="">All pillars</option>${pillars}</select></label>` +
    `<label>State <select id="f-state"><option value="">Any state</option>${states}</select></label>` +
    '<label>Draft <input id="f-text" type="search" placeholder="part of its path" autocomplete="off"></label>' +
    '<button type="button" id="f-reset">Show all</button>' +
    `<span id="shown" role="status" aria-live="polite">Showing ${overview.rows.length} of ${overview.rows.length} drafts</span>` +
    '</div>'
  );
}

function legend(): string {
  const items = CELL_STATES.map(
    (state) =>
      `<li class="s-${state}"><span class="sym" aria-hidden="true">${STATE_LOOK[state].symbol}</span> ${STATE_LOOK[state].label}</li>`,
  );
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`;
}

/** The most drafts whose rows fit a printed A4 landscape page with the head and totals. */
export const PRINT_ROWS = 40;

/** The whole page. */
export function overviewHtml(overview: Overview, options: HtmlOptions): string {
  const nonce = checkNonce(options.nonce);
  const policy = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
  const sortButton = (key: string, label: string) =>
    `<button type="button" class="sort" data-sort="${key}">${label}<span class="arrow" aria-hidden="true"></span></button>`;
  // With several frameworks, each column names its framework under the pillar.
  const head = overview.columns
    .map(
      (column, c) =>
        `<th scope="col" data-c="${c}">${sortButton(String(c), escapeHtml(column.title))}${column.framework ? `<span class="framework">${escapeHtml(column.framework)}</span>` : ''}</th>`,
    )
    .join('');
  const body = overview.rows.map((row, r) => rowHtml(row, r, overview, options)).join('\n');
  const hint =
    options.mode === 'webview'
      ? 'Select a cell to open the draft at its evidence and see it listed; arrow keys move between cells.'
      : 'Select a cell to see its evidence, or for a missing pillar the nearest mention and what would cover it; arrow keys move between cells.';
  // Printed, a long matrix is its totals on one page (a briefing pack's summary); a short one prints whole.
  const long = overview.rows.length > PRINT_ROWS;
  const printNote = long
    ? `<p class="print-note">${overview.rows.length} drafts: the totals per pillar are printed; each draft's row is on the page itself (a matrix of ${PRINT_ROWS} drafts or fewer prints whole).</p>`
    : '';
  const table = overview.rows.length
    ? `${printNote}<table id="matrix"${long ? ' class="long"' : ''} aria-describedby="summary table-hint">
<caption>Pillar coverage of each draft</caption>
<colgroup><col class="c-draft">${overview.columns.map((_, c) => `<col data-c="${c}">`).join('')}<col class="c-total"></colgroup>
<thead><tr><th scope="col" aria-sort="ascending">${sortButton('path', 'Draft')}</th>${head}<th scope="col">${sortButton('total', 'Covered')}</th></tr></thead>
<tbody>
${body}
</tbody>
<tfoot>${totalsHtml(overview)}</tfoot>
</table>`
    : '<p class="empty">No drafts were found.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(overview.title)}</title>
<style nonce="${nonce}">${overviewStyle(options.mode, overview.columns.length)}</style>
</head>
<body data-mode="${options.mode}">
<main>
<h1>${escapeHtml(overview.title)}</h1>
${options.subtitle ? `<p class="subtitle">${escapeHtml(options.subtitle)}</p>` : ''}
${(options.notes ?? []).map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('\n')}
<p id="summary">${escapeHtml(overviewSummary(overview))}</p>
${legend()}
${overview.rows.length ? controls(overview) : ''}
<p id="table-hint" class="table-hint">${hint}</p>
${table}
</main>
<script nonce="${nonce}">${OVERVIEW_SCRIPT}</script>
</body>
</html>
`;
}
