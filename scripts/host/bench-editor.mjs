// The editor benchmark (issue 16): what a user of the extension waits for in a real VS Code workbench
// (code-server + headless chromium, as the host tests run), for generated drafts of each size:
//   keystroke → Problems updated   (the Problems panel's count, after a key typed at a citation's key)
//   keystroke → status bar updated (after a key typed in the front matter, which changes the coverage)
//   draft open → first verdict     (Enter in Quick Open → `Pillars n/m` in the status bar)
//   reload → themes tree populated (page navigation → a pillar row with its verdict; also after activation)
// Times are taken in the page (event time of the keydown, MutationObserver on the workbench's DOM), so they
// include everything: the document change reaching the extension host, the debounce, the check, the
// diagnostics reaching the workbench and being drawn. Prints medians and 95th percentiles and writes them,
// with every sample, to bench/results/editor.json. A benchmark: it prints figures and fails on no threshold.
//   node scripts/host/bench-editor.mjs [--sizes 10KB,100KB,1MB] [--keys 10] [--opens 3] [--reloads 3]
//     [--out FILE] [--extension DIR | --vsix FILE] [--keep]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  HostError,
  REPO_ROOT,
  createCleanup,
  launchBrowser,
  log,
  makeTempDir,
  runMain,
  startWorkbench,
  withDeadline,
} from './lib.mjs';
import { ensureHost } from './setup.mjs';

const TIMEOUT = 20_000;

function readOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10KB,100KB,1MB' },
      keys: { type: 'string', default: '10' },
      opens: { type: 'string', default: '3' },
      reloads: { type: 'string', default: '3' },
      out: { type: 'string', default: path.join(REPO_ROOT, 'bench', 'results', 'editor.json') },
      extension: { type: 'string', default: REPO_ROOT },
      vsix: { type: 'string' },
      keep: { type: 'boolean', default: false },
      timeout: { type: 'string', default: '1200' },
    },
  });
  return {
    ...values,
    sizes: values.sizes.split(','),
    keys: Number(values.keys),
    opens: Number(values.opens),
    reloads: Number(values.reloads),
  };
}

/** Installed in every page before the workbench's scripts: the keydown clock and the DOM watches. */
function pageScript() {
  const bench = (window.__bench = { key: undefined, enter: undefined, watches: new Map() });
  window.addEventListener(
    'keydown',
    (event) => {
      bench.key = event.timeStamp;
      if (event.key === 'Enter') bench.enter = event.timeStamp;
    },
    true,
  );
  const text = (element) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');
  const readers = {
    pillarsStatus: () => text(document.querySelector('.part.statusbar [id$="pillars.coverage"]')),
    problemsBadge: () => {
      for (const item of document.querySelectorAll('.part.panel .action-item, .part.auxiliarybar .action-item')) {
        const label = item.querySelector('.action-label')?.getAttribute('aria-label') ?? '';
        if (label.startsWith('Problems')) return text(item.querySelector('.badge-content')) || '0';
      }
      return '';
    },
    problemsStatus: () => {
      const item = document.querySelector('.part.statusbar [id="status.problems"]');
      return item ? `${text(item)} ${item.querySelector('a')?.getAttribute('aria-label') ?? ''}` : '';
    },
    treeRows: () => String(document.querySelectorAll('.part.sidebar .pane-body .monaco-list-row').length),
    treeVerdict: () =>
      [...document.querySelectorAll('.part.sidebar .pane-body .monaco-list-row')].some((row) =>
        /(covered|thin|missing|skipped) ·/.test(row.textContent),
      )
        ? 'yes'
        : 'no',
    treeDraft: () =>
      [...document.querySelectorAll('.part.sidebar .pane-body .monaco-list-row')].some((row) =>
        /((covered|thin|missing|skipped) ·|checking…)/.test(row.textContent),
      )
        ? 'yes'
        : 'no',
    treeMessage: () =>
      text(
        document.querySelector(
          '.part.sidebar .pane-body .message, .part.sidebar .pane-body .tree-explorer-viewlet-tree-view-message',
        ),
      ),
    editorText: () =>
      String(document.querySelectorAll('.editor-group-container.active .monaco-editor .view-line').length > 0),
  };
  const check = () => {
    for (const watch of bench.watches.values()) {
      if (watch.time !== undefined) continue;
      let value;
      try {
        value = readers[watch.reader]();
      } catch {
        continue;
      }
      if (watch.regex ? new RegExp(watch.regex).test(value) : value !== watch.baseline) {
        watch.time = performance.now();
        watch.value = value;
      }
    }
  };
  bench.watch = (name, reader, regex) => {
    bench.watches.set(name, { reader, regex, baseline: readers[reader](), time: undefined });
    check();
  };
  bench.read = (reader) => readers[reader]();
  bench.done = (names) => names.every((name) => bench.watches.get(name)?.time !== undefined);
  bench.result = (name) => bench.watches.get(name);
  const observe = () =>
    new MutationObserver(check).observe(document.documentElement, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['aria-label', 'class', 'style'],
    });
  // From navigation start: the reload figures.
  bench.watches.set('reload:treeRows', { reader: 'treeRows', regex: '^[1-9]', time: undefined });
  bench.watches.set('reload:treeVerdict', { reader: 'treeVerdict', regex: '^yes$', time: undefined });
  bench.watches.set('reload:treeDraft', { reader: 'treeDraft', regex: '^yes$', time: undefined });
  bench.watches.set('reload:noDraft', { reader: 'treeMessage', regex: 'Open a Markdown draft', time: undefined });
  bench.watches.set('reload:status', { reader: 'pillarsStatus', regex: 'Pillars \\d+/\\d+', time: undefined });
  if (document.documentElement) observe();
  else document.addEventListener('DOMContentLoaded', observe);
}

async function main() {
  const options = readOptions();
  await ensureHost({ browser: true });
  const cleanup = createCleanup();
  try {
    return await withDeadline(bench(options, cleanup), Number(options.timeout) * 1000, 'the editor benchmark');
  } finally {
    await cleanup.run();
  }
}

function generateDrafts(dir, sizes, seeds) {
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const run = spawnSync(tsx, [path.join(REPO_ROOT, 'bench', 'editor-drafts.ts'), dir, sizes.join(','), String(seeds)], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new HostError(`generating the drafts failed:\n${run.stderr}`);
  return JSON.parse(run.stdout);
}

async function bench(options, cleanup) {
  const workspace = path.join(makeTempDir(cleanup, 'bench-editor', { keep: options.keep }), 'drafts');
  const drafts = generateDrafts(workspace, options.sizes, 1 + options.opens);
  const load = os.loadavg();
  log(`${drafts.length} drafts in ${workspace}; load average ${load.map((x) => x.toFixed(2)).join(' ')}`);
  const workbench = await startWorkbench(cleanup, {
    ...options,
    workspace,
    copy: false,
    // The Problems panel and the themes view open, as a user watching them has them.
    settings: { 'workbench.panel.defaultLocation': 'bottom', 'files.autoSave': 'off' },
  });
  const { page } = await launchBrowser(cleanup);
  await page.addInitScript(pageScript);
  await page.goto(workbench.url());
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: 60_000 });
  await openActivity(page, 'Cooperation Pillars');
  await runCommand(page, 'View: Focus Problems', 'Problems');
  await page.locator('.markers-panel').waitFor({ timeout: TIMEOUT });

  const results = {
    date: new Date().toISOString(),
    host: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}`,
    load: { start: load },
    sizes: {},
  };
  for (const size of options.sizes) {
    const mine = drafts.filter((draft) => draft.size === size);
    const first = mine[0];
    const samples = {
      bytes: first.bytes,
      keystrokeProblems: [],
      keystrokeStatus: [],
      frontMatterProblems: [],
      openVerdict: [],
      openTextToVerdict: [],
      reloadTree: [],
      activationToTree: [],
      reloadTreeDraft: [],
      activationToTreeDraft: [],
      reloadStatus: [],
    };
    results.sizes[size] = samples;
    log(`${size}: ${first.file} (${first.bytes} bytes)`);
    await closeAll(page);
    samples.firstOpen = (await openDraft(page, first.file)).verdict;
    await page.waitForTimeout(1500);

    await goTo(page, first.body);
    for (let i = 0; i < options.keys; i++) {
      const key = i % 2 === 0 ? 'x' : 'Backspace';
      const times = await keystroke(page, key, ['problemsBadge']);
      samples.keystrokeProblems.push(times.problemsBadge);
    }
    await goTo(page, first.frontMatter);
    for (let i = 0; i < options.keys; i++) {
      const key = i % 2 === 0 ? 'x' : 'Backspace';
      const times = await keystroke(page, key, ['pillarsStatus', 'problemsBadge']);
      samples.keystrokeStatus.push(times.pillarsStatus);
      samples.frontMatterProblems.push(times.problemsBadge);
    }
    await page.keyboard.press('Control+S');
    await page.waitForTimeout(500);

    for (const draft of mine.slice(1)) {
      await closeAll(page);
      const open = await openDraft(page, draft.file);
      samples.openVerdict.push(open.verdict);
      samples.openTextToVerdict.push(open.verdict - open.text);
    }

    await closeAll(page);
    await openDraft(page, first.file);
    for (let i = 0; i < options.reloads; i++) {
      const reload = await reloadWorkbench(page, workbench.tmp);
      samples.reloadTree.push(reload.tree);
      samples.reloadTreeDraft.push(reload.draft);
      if (reload.activationToDraft !== undefined) samples.activationToTreeDraft.push(reload.activationToDraft);
      samples.reloadStatus.push(reload.status);
      if (reload.activationToTree !== undefined) samples.activationToTree.push(reload.activationToTree);
    }
    log(`${size}: ${summaryLine(samples)}`);
  }
  results.load.end = os.loadavg();
  printTable(results);
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, `${JSON.stringify(withStatistics(results), null, 2)}\n`);
  log(`written to ${path.relative(process.cwd(), options.out)}`);
  return 0;
}

async function runCommand(page, command, rowText = command) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT });
  await page.keyboard.insertText(command);
  await page
    .locator('.quick-input-widget .monaco-list-row.focused', { hasText: rowText })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.keyboard.press('Enter');
}

async function openActivity(page, title) {
  const entry = page.locator(`.activitybar .action-item .action-label[aria-label^=${JSON.stringify(title)}]`).first();
  await entry.waitFor({ timeout: 60_000 });
  const shown = await entry.evaluate((element) => element.closest('.action-item').classList.contains('checked'));
  if (!shown) await entry.click();
  await page.locator('.part.sidebar .pane-body .monaco-list-row').first().waitFor({ timeout: TIMEOUT });
}

async function closeAll(page) {
  await runCommand(page, 'View: Close All Editors', 'Close All Editors');
  // The keystrokes come in pairs (x, Backspace), so the text is the file's again; a save may still be pending.
  const dontSave = page.locator('.monaco-dialog-box .monaco-button', { hasText: "Don't Save" });
  if (
    await dontSave.waitFor({ timeout: 1500 }).then(
      () => true,
      () => false,
    )
  )
    await dontSave.click();
  await page
    .waitForFunction(() => document.querySelectorAll('.tabs-container .tab').length === 0, undefined, {
      timeout: TIMEOUT,
    })
    .catch(async (error) => {
      const file = path.join(os.tmpdir(), 'pillars-bench-editor-close.png');
      await page.screenshot({ path: file }).catch(() => {});
      throw new HostError(`the editors did not close (screenshot ${file}): ${error.message}`);
    });
  await page.waitForTimeout(500);
}

/** Opens a draft with Quick Open; times from Enter to the editor's text and to the status bar's verdict. */
async function openDraft(page, file) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: TIMEOUT });
  await input.fill(file);
  await page
    .locator('.quick-input-widget .monaco-list-row.focused', { hasText: file })
    .first()
    .waitFor({ timeout: TIMEOUT });
  await page.evaluate(() => {
    window.__bench.watch('open:verdict', 'pillarsStatus', 'Pillars \\d+/\\d+');
    window.__bench.watch('open:text', 'editorText', '^true$');
  });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.__bench.done(['open:verdict', 'open:text']), undefined, { timeout: 60_000 });
  const times = await page.evaluate(() => ({
    enter: window.__bench.enter,
    verdict: window.__bench.result('open:verdict').time,
    text: window.__bench.result('open:text').time,
  }));
  await page.locator('.tabs-container .tab.active', { hasText: file }).waitFor({ timeout: TIMEOUT });
  return { verdict: times.verdict - times.enter, text: times.text - times.enter };
}

/** Ctrl+G to a 1-based line and column of the active editor. */
async function goTo(page, { line, column }) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input').waitFor({ timeout: TIMEOUT });
  await page.keyboard.insertText(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(500);
}

/** Presses a key in the editor and waits for each watched reader to change; ms from the keydown to each change. */
async function keystroke(page, key, readers) {
  await page.evaluate((names) => names.forEach((name) => window.__bench.watch(`key:${name}`, name)), readers);
  await page.keyboard.press(key);
  await page
    .waitForFunction((names) => window.__bench.done(names.map((name) => `key:${name}`)), readers, { timeout: TIMEOUT })
    .catch(async () => {
      const seen = await page.evaluate(
        (names) => names.map((name) => `${name}: ${window.__bench.read(name)}`).join('; '),
        readers,
      );
      throw new HostError(
        `after ${key}, not all of ${readers.join(', ')} changed within ${TIMEOUT / 1000} s (${seen})`,
      );
    });
  const times = await page.evaluate(
    (names) =>
      Object.fromEntries(names.map((name) => [name, window.__bench.result(`key:${name}`).time - window.__bench.key])),
    readers,
  );
  // Lets the rest of the check's work (views, other extensions) finish before the next key.
  await page.waitForTimeout(700);
  return times;
}

/** Reloads the window with the draft open and the themes view shown; ms from navigation start, and after activation. */
async function reloadWorkbench(page, tmp) {
  const before = Date.now();
  const origin = await page.evaluate(() => performance.timeOrigin);
  // The workbench's own reload saves its state (the open editor, the view shown) as a user's does; page.reload() does
  // not.
  await runCommand(page, 'Developer: Reload Window', 'Reload Window');
  for (const deadline = Date.now() + 60_000; ;) {
    if (Date.now() > deadline) throw new HostError('the window did not reload within 60 s');
    const now = await page.evaluate(() => window.__bench && performance.timeOrigin).catch(() => undefined);
    if (now && now !== origin) break;
    await page.waitForTimeout(50);
  }
  await page
    .waitForFunction(() => window.__bench.done(['reload:treeVerdict', 'reload:status']), undefined, { timeout: 60_000 })
    .catch(async (error) => {
      const seen = await page.evaluate(
        () =>
          ['treeRows', 'treeVerdict', 'treeMessage', 'pillarsStatus']
            .map((name) => `${name}: ${window.__bench.read(name)}`)
            .join('; ') +
          ` rows: ${[...document.querySelectorAll('.part.sidebar .pane-body .monaco-list-row')]
            .slice(0, 4)
            .map((row) => row.textContent)
            .join(' | ')}`,
      );
      await page.screenshot({ path: path.join(tmp, 'reload-failed.png') }).catch(() => {});
      throw new HostError(
        `after a reload the tree or the status bar showed no verdict within 60 s (${seen}; screenshot in ${tmp}): ${error.message}`,
      );
    });
  const times = await page.evaluate(() => ({
    origin: performance.timeOrigin,
    tree: window.__bench.result('reload:treeVerdict').time,
    rows: window.__bench.result('reload:treeRows').time,
    draft: window.__bench.result('reload:treeDraft').time,
    noDraft: window.__bench.result('reload:noDraft').time,
    status: window.__bench.result('reload:status').time,
  }));
  const activated = activationTime(tmp, before);
  await page.waitForTimeout(1500);
  log(
    `reload: tree rows ${ms(times.rows)}, "no draft" ${ms(times.noDraft)}, draft rows ${ms(times.draft)}, verdict ${ms(times.tree)}, status ${ms(times.status)}; activated ${activated === undefined ? '–' : ms(activated - times.origin)} (from navigation)`,
  );
  return {
    draft: times.draft,
    activationToDraft: activated === undefined ? undefined : times.origin + times.draft - activated,
    tree: times.tree,
    status: times.status,
    activationToTree: activated === undefined ? undefined : times.origin + times.tree - activated,
  };
}

/**
 * The wall-clock time of the extension's latest `activated` log line after `since` (its output channel's log file).
 */
function activationTime(tmp, since) {
  const logs = path.join(tmp, 'user-data', 'logs');
  let latest;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.log') && entry.name.includes('Cooperation Pillars')) {
        for (const match of fs
          .readFileSync(file, 'utf8')
          .matchAll(/^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3}) \[info\] activated\b/gm)) {
          const time = new Date(`${match[1]}T${match[2]}`).getTime();
          if (time >= since - 1000 && (latest === undefined || time > latest)) latest = time;
        }
      }
    }
  };
  if (fs.existsSync(logs)) visit(logs);
  return latest;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

const METRICS = [
  ['keystrokeProblems', 'keystroke → Problems updated'],
  ['keystrokeStatus', 'keystroke → status bar updated'],
  ['frontMatterProblems', '(same front-matter keystroke) → Problems'],
  ['openVerdict', 'draft open → first verdict'],
  ['openTextToVerdict', 'text shown → first verdict'],
  ['reloadTreeDraft', 'reload → tree shows the draft'],
  ['activationToTreeDraft', 'activation → tree shows the draft'],
  ['reloadTree', 'reload → tree populated'],
  ['activationToTree', 'activation → tree populated'],
  ['reloadStatus', 'reload → status bar verdict'],
];

function withStatistics(results) {
  for (const samples of Object.values(results.sizes)) {
    samples.statistics = {};
    for (const [key] of METRICS) {
      if (!samples[key].length) continue;
      samples.statistics[key] = {
        n: samples[key].length,
        median: round(quantile(samples[key], 0.5)),
        p95: round(quantile(samples[key], 0.95)),
      };
    }
  }
  return results;
}

const round = (value) => (value === undefined ? undefined : Math.round(value * 10) / 10);
const ms = (value) => (value === undefined ? '–' : `${Math.round(value)} ms`);

function summaryLine(samples) {
  return METRICS.slice(0, 4)
    .map(([key, label]) => `${label} ${ms(quantile(samples[key], 0.5))}`)
    .join(', ');
}

function printTable(results) {
  const sizes = Object.keys(results.sizes);
  console.log(
    `\nEditor benchmark, ${results.host}; load average ${results.load.start.map((x) => x.toFixed(2)).join(' ')} → ${results.load.end.map((x) => x.toFixed(2)).join(' ')}`,
  );
  console.log('median / p95 (n); the first open of each size (cold worker and engine):\n');
  console.log(
    `| | ${sizes.map((size) => `${size} (${Math.round(results.sizes[size].bytes / 1000)} KB)`).join(' | ')} |`,
  );
  console.log(`| --- |${sizes.map(() => ' --- |').join('')}`);
  for (const [key, label] of METRICS) {
    const cells = sizes.map((size) => {
      const values = results.sizes[size][key];
      return values.length ? `${ms(quantile(values, 0.5))} / ${ms(quantile(values, 0.95))} (${values.length})` : '–';
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
  console.log(
    `| first open → first verdict | ${sizes.map((size) => ms(results.sizes[size].firstOpen)).join(' | ')} |\n`,
  );
}

runMain(main);
