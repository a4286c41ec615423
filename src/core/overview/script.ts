/**
 * The overview page's one script (inline, under the page's nonce): sorting by a column, filtering by pillar, state
 * and path, totals of the drafts shown, each cell's details, arrow keys between cells, and in the editor's webview
 * opening the draft at a cell's evidence (a message to the extension) and keeping the view's state across updates.
 * Plain ES2020, no library: it runs from a file:// URL as well as in a webview.
 */
export const OVERVIEW_SCRIPT = String.raw`
(() => {
  'use strict';
  const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  const table = document.getElementById('matrix');
  if (!table) return;
  const tbody = table.tBodies[0];
  const rows = Array.from(tbody.rows);
  const ranks = new Map(rows.map((row) => [row, row.dataset.ranks.split(' ').map(Number)]));
  const states = new Map(rows.map((row) => [row, Array.from(row.querySelectorAll('td.cell'), (td) => td.dataset.state)]));
  const pillar = document.getElementById('f-pillar');
  const state = document.getElementById('f-state');
  const text = document.getElementById('f-text');
  const shown = document.getElementById('shown');
  const complete = document.getElementById('complete');
  const heads = Array.from(table.tHead.rows[0].cells);
  let sort = { key: 'path', dir: 1 };

  const byPath = (a, b) => (a.dataset.path < b.dataset.path ? -1 : a.dataset.path > b.dataset.path ? 1 : 0);
  function compare(a, b) {
    let d = 0;
    if (sort.key === 'total') d = Number(a.dataset.ratio) - Number(b.dataset.ratio);
    else if (sort.key !== 'path') d = ranks.get(a)[Number(sort.key)] - ranks.get(b)[Number(sort.key)];
    return (d || byPath(a, b)) * sort.dir;
  }

  function applySort() {
    tbody.append(...rows.slice().sort(compare));
    for (const th of heads) {
      const button = th.querySelector('button.sort');
      if (button && button.dataset.sort === sort.key) th.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  function applyFilter() {
    const only = pillar.value;
    const wanted = state.value;
    const needle = text.value.trim().toLowerCase();
    if (only === '') table.removeAttribute('data-only');
    else table.setAttribute('data-only', only);
    const columns = states.get(rows[0]).length;
    const counts = Array.from({ length: columns }, () => ({}));
    let visible = 0;
    let done = 0;
    for (const row of rows) {
      const cells = states.get(row);
      let keep = !needle || row.dataset.path.toLowerCase().includes(needle);
      if (keep && wanted) keep = only === '' ? cells.includes(wanted) : cells[Number(only)] === wanted;
      row.hidden = !keep;
      if (!keep) continue;
      visible++;
      if (row.dataset.ratio === '1') done++;
      cells.forEach((s, c) => (counts[c][s] = (counts[c][s] || 0) + 1));
    }
    for (const td of table.tFoot.querySelectorAll('td.totals')) {
      const c = Number(td.dataset.c);
      for (const part of td.querySelectorAll('.t')) {
        const n = counts[c][part.dataset.state] || 0;
        part.querySelector('.num').textContent = String(n);
        part.hidden = n === 0;
      }
    }
    if (complete) complete.textContent = done + '/' + visible + ' complete';
    shown.textContent = 'Showing ' + visible + ' of ' + rows.length + ' drafts';
  }

  function save() {
    if (!vscode) return;
    // Open details by draft and pillar, not by place: an update that adds a draft or a column keeps them on theirs.
    const open = Array.from(table.querySelectorAll('button.cell-btn[aria-expanded="true"]'), (b) => b.closest('tr').dataset.path + '#' + b.closest('td').dataset.p);
    vscode.setState({ sort, pillar: pillar.value, state: state.value, text: text.value, open });
  }

  function toggle(button, force) {
    const detail = document.getElementById(button.getAttribute('aria-controls'));
    const open = force === undefined ? button.getAttribute('aria-expanded') !== 'true' : force;
    button.setAttribute('aria-expanded', String(open));
    detail.hidden = !open;
  }

  function openDraft(el) {
    if (!vscode) return;
    const n = (name) => Number(el.dataset[name]);
    vscode.postMessage({ type: 'open', row: n('r'), line: n('line'), column: n('col'), endLine: n('eline'), endColumn: n('ecol') });
  }

  table.tHead.addEventListener('click', (event) => {
    const button = event.target.closest('button.sort');
    if (!button) return;
    const key = button.dataset.sort;
    sort = { key, dir: sort.key === key ? -sort.dir : 1 };
    applySort();
    save();
  });

  tbody.addEventListener('click', (event) => {
    const go = event.target.closest('button.go');
    if (go) {
      openDraft(go);
      return;
    }
    const button = event.target.closest('button.cell-btn');
    if (!button) return;
    if (vscode) {
      toggle(button, true);
      openDraft(button);
    } else {
      toggle(button);
    }
    save();
  });

  // Arrow keys move between the cells' buttons of the rows shown; Home and End go to a row's first and last cell.
  tbody.addEventListener('keydown', (event) => {
    const button = event.target.closest && event.target.closest('button.cell-btn');
    if (!button || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const td = button.closest('td');
    const tr = td.parentElement;
    const visibleRows = Array.from(tbody.rows).filter((row) => !row.hidden);
    const cellsOf = (row) => Array.from(row.querySelectorAll('td.cell')).filter((cell) => cell.offsetParent !== null);
    const cells = cellsOf(tr);
    let r = visibleRows.indexOf(tr);
    let c = cells.indexOf(td);
    if (event.key === 'ArrowUp') r--;
    else if (event.key === 'ArrowDown') r++;
    else if (event.key === 'ArrowLeft') c--;
    else if (event.key === 'ArrowRight') c++;
    else if (event.key === 'Home') c = 0;
    else c = cells.length - 1;
    const row = visibleRows[r];
    if (!row) return;
    const cell = cellsOf(row)[c];
    const next = cell && cell.querySelector('button.cell-btn');
    if (!next) return;
    event.preventDefault();
    next.focus();
  });

  for (const control of [pillar, state]) control.addEventListener('change', () => (applyFilter(), save()));
  text.addEventListener('input', () => (applyFilter(), save()));
  document.getElementById('f-reset').addEventListener('click', () => {
    pillar.value = '';
    state.value = '';
    text.value = '';
    applyFilter();
    save();
  });

  const saved = vscode && vscode.getState();
  if (saved) {
    sort = saved.sort || sort;
    pillar.value = saved.pillar || '';
    state.value = saved.state || '';
    text.value = saved.text || '';
    for (const entry of saved.open || []) {
      const at = entry.lastIndexOf('#');
      const row = rows.find((tr) => tr.dataset.path === entry.slice(0, at));
      const td = row && Array.from(row.querySelectorAll('td.cell')).find((cell) => cell.dataset.p === entry.slice(at + 1));
      const button = td && td.querySelector('button.cell-btn');
      if (button) toggle(button, true);
    }
  }
  // The page comes sorted by path with every row shown and its totals counted: only a saved state needs applying.
  if (saved) {
    applySort();
    applyFilter();
  }
  document.body.dataset.ready = 'true';
  // For the benchmark (bench/overview.ts): when the page is ready to use, from the start of its navigation.
  if (window.performance && performance.mark) performance.mark('pillars-ready');
})();
`;
