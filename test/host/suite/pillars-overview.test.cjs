// The Coverage Overview webview: it opens on the workspace's drafts, draws their coverage, follows an edit, and a
// cell's message (what the page posts when a cell is clicked) opens the draft at its evidence.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { closeAll, pillarsApi, until, workspaceFile } = require('./pillars-helpers.cjs');

/** The page's rows as its HTML has them: path, and per cell the state and the place it opens. */
function rowsOf(html) {
  const rows = [];
  for (const match of html.matchAll(/<tr data-r="(\d+)" data-path="([^"]+)"[^>]*>(.*?)<\/tr>/gs)) {
    const cells = [
      ...match[3].matchAll(
        /<td class="cell s-[\w-]+" data-c="(\d)" data-p="[^"]*" data-state="([\w-]+)">(.*?)<\/td>/gs,
      ),
    ].map((cell) => {
      const open =
        /<button type="button" class="cell-btn"[^>]*data-r="(\d+)" data-line="(\d+)" data-col="(\d+)" data-eline="(\d+)" data-ecol="(\d+)"/.exec(
          cell[3],
        );
      return {
        state: cell[2],
        open: open && {
          type: 'open',
          row: Number(open[1]),
          line: Number(open[2]),
          column: Number(open[3]),
          endLine: Number(open[4]),
          endColumn: Number(open[5]),
        },
      };
    });
    rows.push({ row: Number(match[1]), path: match[2], cells });
  }
  return rows;
}

function overviewTab() {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.label === 'Coverage Overview');
}

suite('pillars: coverage overview', () => {
  let api;
  suiteSetup(async () => {
    api = await pillarsApi();
    await closeAll();
  });
  teardown(closeAll);

  /** Shows the overview and waits until its page holds a row for each of `paths`. */
  async function showOverview(paths) {
    const has = () => {
      const state = api.overview.state();
      if (!state) return undefined;
      const rows = rowsOf(state.html);
      return paths.every((path) => rows.some((row) => row.path === path)) ? { state, rows } : undefined;
    };
    const shown = until([api.overview.onDidRender], has, `the overview to show ${paths.join(', ')}`);
    await vscode.commands.executeCommand('pillars.showOverview');
    return shown;
  }

  test('opens on the workspace’s drafts (none of them open), each cell its pillar’s coverage', async () => {
    const { state, rows } = await showOverview([
      'citing-the-source.md',
      'ministerial-brief.md',
      'national-strategy.md',
    ]);
    assert.ok(overviewTab(), 'a Coverage Overview tab is open');
    assert.ok(state.visible);
    assert.ok(!rows.some((row) => /(^|\/)README\.md$|^\.github\//.test(row.path)), 'the default excludes are left out');
    assert.deepEqual(
      rows.map((row) => row.path),
      state.drafts.map((uri) => vscode.workspace.asRelativePath(uri)),
      'rows in the order of the drafts',
    );
    const brief = rows.find((row) => row.path === 'ministerial-brief.md');
    assert.deepEqual(
      brief.cells.map((cell) => cell.state),
      ['covered', 'thin', 'missing', 'missing'],
    );
    const strategy = rows.find((row) => row.path === 'national-strategy.md');
    assert.deepEqual(
      strategy.cells.map((cell) => cell.state),
      ['covered', 'covered', 'covered', 'covered'],
    );
    const report = api.lastResult(workspaceFile('national-strategy.md'));
    assert.equal(report.coverage.policy.status, 'covered', 'checked from disk for the overview');
    assert.match(
      state.html,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-[^']+'; script-src 'nonce-[^']+';/,
    );
    assert.doesNotMatch(state.html, /\b(?:src|href)=|https?:\/\//, 'no remote or local resource');
  });

  test('a cell’s message opens the draft at its first evidence', async () => {
    const { rows } = await showOverview(['national-strategy.md']);
    const strategy = rows.find((row) => row.path === 'national-strategy.md');
    const message = strategy.cells[1].open;
    const evidence = api.lastResult(workspaceFile('national-strategy.md')).coverage.policy.evidence[0].range;
    assert.deepEqual(message, {
      type: 'open',
      row: strategy.row,
      line: evidence.start.line,
      column: evidence.start.column,
      endLine: evidence.end.line,
      endColumn: evidence.end.column,
    });
    const opened = until(
      [vscode.window.onDidChangeActiveTextEditor],
      () =>
        vscode.window.activeTextEditor?.document.uri.path.endsWith('/national-strategy.md') &&
        vscode.window.activeTextEditor,
      'the strategy to open',
    );
    await api.overview.receive(message);
    const editor = await opened;
    assert.equal(editor.selection.start.line, evidence.start.line - 1);
    assert.equal(editor.selection.start.character, evidence.start.column - 1);
    assert.equal(editor.selection.end.line, evidence.end.line - 1);
    assert.ok(overviewTab(), 'the overview stays open beside the draft');
    // Messages that name no row, or are not ours, are ignored.
    await api.overview.receive({ type: 'open', row: 999, line: 1, column: 1, endLine: 1, endColumn: 1 });
    await api.overview.receive({ type: 'open', row: '0; rm', line: 1 });
    assert.equal(vscode.window.activeTextEditor, editor);
  });

  test('follows an edit of a draft: the missing pillar becomes covered', async () => {
    await showOverview(['ministerial-brief.md']);
    const document = await vscode.workspace.openTextDocument(workspaceFile('ministerial-brief.md'));
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.Two);
    const original = document.getText();
    const end = document.positionAt(document.getText().length);
    await editor.edit((builder) =>
      builder.insert(
        end,
        '\n\n## Education and research\n\nUniversities will update their curricula and train a skilled cybersecurity workforce through new degree programmes and research centres.\n',
      ),
    );
    const education = () => {
      const state = api.overview.state();
      const brief = state && rowsOf(state.html).find((row) => row.path === 'ministerial-brief.md');
      return brief && brief.cells[3].state !== 'missing' ? brief.cells[3].state : undefined;
    };
    assert.match(
      await until([api.overview.onDidRender], education, 'the overview to show the new education section'),
      /^(covered|thin)$/,
    );
    // The brief back to its own text, in the editor and on disk, before the editor closes: later tests open it and
    // expect it. Written back and saved rather than reverted: the workbench may have auto-saved the edit meanwhile.
    const back = await vscode.window.showTextDocument(document, vscode.ViewColumn.Two);
    await back.edit((builder) =>
      builder.replace(
        new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)),
        original,
      ),
    );
    await document.save();
    assert.equal(document.getText(), original);
    assert.equal(document.isDirty, false);
  });
});
