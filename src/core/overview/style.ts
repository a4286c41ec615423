/**
 * The overview page's stylesheet. Each state has a background, a text colour and an accent (symbol and border):
 * in a report file its own colours (light, and dark when the system is), chosen for 4.5:1 contrast; in the editor
 * VS Code's theme colours (`--vscode-*`), so that the page follows the theme. Print gives a compact summary.
 */

const FILE_COLOURS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --focus: #0969da; --head: #f6f8fa;
  --covered-bg: #dafbe1; --covered-fg: #0f5323; --covered-accent: #1a7f37;
  --thin-bg: #fff8c5; --thin-fg: #6c4400; --thin-accent: #9a6700;
  --missing-bg: #ffebe9; --missing-fg: #8c0c1f; --missing-accent: #cf222e;
  --skipped-bg: #eff2f5; --skipped-fg: #454c54; --skipped-accent: #59636e;
  --not-checked-bg: #f5f0ff; --not-checked-fg: #512a97; --not-checked-accent: #8250df;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --focus: #4493f8; --head: #151b23;
    --covered-bg: #0f2d1b; --covered-fg: #7ee2a0; --covered-accent: #3fb950;
    --thin-bg: #2e2507; --thin-fg: #f2cc60; --thin-accent: #d29922;
    --missing-bg: #3b1116; --missing-fg: #ffa198; --missing-accent: #f85149;
    --skipped-bg: #1c2128; --skipped-fg: #b7bdc8; --skipped-accent: #9198a1;
    --not-checked-bg: #271a45; --not-checked-fg: #d2a8ff; --not-checked-accent: #a371f7;
  }
}
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
`;

/** VS Code's colours, with the defaults of its dark theme as fallbacks; state tints mixed into the background. */
const WEBVIEW_COLOURS = `
:root {
  --bg: var(--vscode-editor-background, #1e1e1e); --fg: var(--vscode-foreground, #cccccc);
  --muted: var(--vscode-descriptionForeground, #9d9d9d); --border: var(--vscode-panel-border, var(--vscode-widget-border, #80808059));
  --focus: var(--vscode-focusBorder, #007fd4); --head: var(--vscode-sideBar-background, var(--bg));
  --covered-accent: var(--vscode-testing-iconPassed, #73c991); --thin-accent: var(--vscode-editorWarning-foreground, #cca700);
  --missing-accent: var(--vscode-errorForeground, #f48771); --skipped-accent: var(--vscode-disabledForeground, #8c8c8c);
  --not-checked-accent: var(--vscode-charts-purple, #b180d7);
}
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px); line-height: 1.45; }
${['covered', 'thin', 'missing', 'skipped', 'not-checked']
  .map(
    (state) =>
      `.s-${state} { --state-bg: color-mix(in srgb, var(--${state}-accent) 14%, var(--bg)); --state-fg: var(--fg); --state-accent: var(--${state}-accent); }`,
  )
  .join('\n')}
button.go { color: var(--vscode-textLink-foreground, var(--focus)); }
`;

const FILE_STATES = ['covered', 'thin', 'missing', 'skipped', 'not-checked']
  .map(
    (state) =>
      `.s-${state} { --state-bg: var(--${state}-bg); --state-fg: var(--${state}-fg); --state-accent: var(--${state}-accent); }`,
  )
  .join('\n');

const COMMON = `
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); }
main { padding: 16px 20px 32px; max-width: 1400px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
.subtitle, .note, .table-hint { color: var(--muted); margin: 2px 0 8px; }
.note { color: var(--fg); }
#summary { font-weight: 600; margin: 8px 0; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: 6px 14px; padding: 0; margin: 8px 0 12px; }
.legend li { padding: 1px 8px; border-radius: 3px; background: var(--state-bg); color: var(--state-fg); border-left: 3px solid var(--state-accent); }
.sym { color: var(--state-accent); font-weight: 700; display: inline-block; min-width: 1em; text-align: center; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; margin: 8px 0; }
.controls label { display: inline-flex; align-items: center; gap: 6px; }
select, input, .controls button { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--border); border-radius: 3px; padding: 2px 6px; }
#shown { color: var(--muted); }
/* A fixed layout: the widths do not depend on the rows, so 500 drafts lay out (and sort) quickly. */
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
col.c-draft { width: 26%; }
col.c-total { width: 7.5em; }
caption { text-align: left; font-weight: 600; padding: 6px 0; }
th, td { border: 1px solid var(--border); padding: 0; vertical-align: top; text-align: left; }
thead th, tfoot th, tfoot td { background: var(--head); }
thead th { position: sticky; top: 0; z-index: 1; }
thead .framework { display: block; font-weight: normal; font-size: 0.85em; opacity: 0.8; }
th.draft, tfoot th, td.total, tfoot td { padding: 4px 8px; }
th.draft { font-weight: normal; word-break: break-word; }
.path { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.95em; }
.why { display: block; color: var(--not-checked-fg, var(--fg)); font-size: 0.92em; }
td.total { text-align: right; white-space: nowrap; }
td.cell { background: var(--state-bg); color: var(--state-fg); border-left: 3px solid var(--state-accent); }
button.sort, button.cell-btn, button.go { font: inherit; color: inherit; background: none; border: 0; margin: 0; cursor: pointer; text-align: left; }
button.sort { width: 100%; padding: 6px 8px; font-weight: 600; overflow-wrap: anywhere; hyphens: auto; }
button.cell-btn, .face { display: block; width: 100%; padding: 4px 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
button.go { padding: 0; text-decoration: underline; }
button:focus-visible, select:focus-visible, input:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
th[aria-sort="ascending"] .arrow::after { content: " ▲"; }
th[aria-sort="descending"] .arrow::after { content: " ▼"; }
.detail { padding: 2px 8px 8px; font-size: 0.92em; white-space: normal; max-width: 32em; }
.detail p { margin: 4px 0; }
.detail ul { margin: 4px 0; padding-left: 1.2em; }
.ln { font-variant-numeric: tabular-nums; font-weight: 600; }
.kind { color: inherit; opacity: 0.85; font-style: italic; }
.totals .t { white-space: nowrap; margin-right: 6px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.empty { color: var(--muted); }
[hidden] { display: none !important; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 9pt; background: #fff; color: #000; }
  main { padding: 0; max-width: none; }
  .controls, .table-hint, .detail, .note { display: none !important; }
  thead th { position: static; }
  th, td { padding: 1px 4px; }
  button.sort, button.cell-btn, .face { padding: 1px 4px; }
  tr { break-inside: avoid; }
  .arrow { display: none; }
  table.long tbody { display: none; }
  .print-note { display: block !important; }
}
.print-note { display: none; }
`;

/** The stylesheet of a page in `mode`, with rules that show one column of `columns` when a pillar is chosen. */
export function overviewStyle(mode: 'file' | 'webview', columns: number): string {
  const only = Array.from(
    { length: columns },
    (_, c) => `table[data-only="${c}"] :is(td, th)[data-c="${c}"] { display: table-cell; }`,
  ).join('\n');
  return `${mode === 'file' ? `${FILE_COLOURS}${FILE_STATES}` : WEBVIEW_COLOURS}${COMMON}table[data-only] { table-layout: auto; }\ntable[data-only] [data-c] { display: none; }\n${only}\n`;
}
