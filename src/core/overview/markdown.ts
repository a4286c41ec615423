/**
 * The coverage matrix as a Markdown table, for GitHub's step summary and pull-request comments: a symbol and a
 * word in each cell (readable without colour), totals per pillar and per draft, and the drafts not checked.
 */
import { CELL_STATES, overviewSummary, pillarTotals, STATE_LOOK, type Cell, type Overview } from './matrix.js';

/** Text safe in a table cell: pipes escaped, no line breaks, no HTML or mentions taken from a draft's path. */
function cellText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'))
    .replace(/@/g, '&#64;')
    .replace(/\s*\n\s*/g, ' ');
}

function mark(cell: Cell): string {
  const look = STATE_LOOK[cell.state];
  const count = cell.state === 'covered' || cell.state === 'thin' ? ` (${cell.evidence.length})` : '';
  return `${look.symbol} ${look.label}${count}`;
}

export function overviewMarkdown(overview: Overview): string {
  const totals = pillarTotals(overview);
  const header = `| Draft | ${overview.columns.map((column) => cellText(column.framework ? `${column.title} (${column.framework})` : column.title)).join(' | ')} | Covered |`;
  const rule = `| --- | ${overview.columns.map(() => ':---:').join(' | ')} | ---: |`;
  const rows = overview.rows.map((row) => {
    const cells = row.cells.map(mark);
    return `| \`${row.path.replace(/`/g, "'").replace(/\|/g, '\\|')}\` | ${cells.join(' | ')} | ${row.notChecked ? '—' : `${row.covered}/${row.inScope}`} |`;
  });
  const totalCells = overview.columns.map((column) =>
    CELL_STATES.filter((state) => totals[column.id][state] > 0)
      .map((state) => `${STATE_LOOK[state].symbol} ${totals[column.id][state]}`)
      .join(' '),
  );
  const complete = overview.rows.filter((row) => !row.notChecked && row.covered === row.inScope).length;
  const lines = [`## ${cellText(overview.title)}`, '', overviewSummary(overview), ''];
  if (!overview.rows.length) return [...lines.slice(0, 2), 'No drafts were found.'].join('\n');
  lines.push(
    header,
    rule,
    ...rows,
    `| **All drafts** | ${totalCells.map((text) => text || '—').join(' | ')} | ${complete}/${overview.rows.length} complete |`,
    '',
  );
  lines.push(CELL_STATES.map((state) => `${STATE_LOOK[state].symbol} ${STATE_LOOK[state].label}`).join(' · '));
  const unchecked = overview.rows.filter((row) => row.notChecked);
  if (unchecked.length) {
    lines.push(
      '',
      '**Not checked**',
      '',
      ...unchecked.map((row) => `- \`${row.path.replace(/`/g, "'")}\`: ${cellText(row.notChecked!)}`),
    );
  }
  return lines.join('\n');
}
