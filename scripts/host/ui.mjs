// Playwright UI checks on a workbench opened without a test payload: the activity-bar entry, its tree rows,
// a hover over a citation in a draft, the Problems panel. What to expect is passed in (flags or a JSON file),
// so the checks follow the extension as it grows. Prints PASS/FAIL/SKIP per check, saves screenshots.
//   node scripts/host/ui.mjs [--url URL] [--out DIR] [--checks FILE.json]
//     [--open PATH] [--activity TITLE] [--row TEXT]... [--expand TEXT]...
//     [--hover-file PATH --hover-text TEXT [--hover-expect TEXT]] [--problems-file PATH] [--problem TEXT]...
//     [--viewport WIDTHxHEIGHT] [--sidebar-width PX] [--wait SECONDS] [--timeout SECONDS]
//     [--workspace DIR] [--extension DIR | --vsix FILE] [--keep]
// Without --url it starts its own workbench (temp copy of examples/, extension from the repo or a .vsix).
// JSON keys: { "open", "activity", "rows": [], "expand": [], "hover": { "file", "text", "expect" },
//   "problems": [] or { "file", "expect": [] }, "overview": { "command", "expect": [] }, "viewport": "1280x800",
//   "sidebarWidth", "settings": {} }. `overview` runs the command and expects the webview's rows to hold each text.
// `expand` opens tree rows before the tree's screenshot; `problems.file` is made the active editor before the
// Problems panel's; `settings` are user settings for the workbench it starts (e.g. no minimap for screenshots).
// PATHs are relative to the workspace; --open defaults to the hover file, since views may fill only for an open draft.
// Exit codes: 0 all checks passed, 1 a check failed, 2 runner error, 3 prerequisites missing, 4 timed out.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  EXIT,
  HOST_DIR,
  HostError,
  REPO_ROOT,
  createCleanup,
  launchBrowser,
  log,
  runMain,
  startWorkbench,
  withDeadline,
} from './lib.mjs';
import { ensureHost } from './setup.mjs';

function readOptions() {
  const { values } = parseArgs({
    options: {
      url: { type: 'string' },
      out: { type: 'string', default: path.join(HOST_DIR, 'screenshots') },
      checks: { type: 'string' },
      open: { type: 'string' },
      activity: { type: 'string' },
      row: { type: 'string', multiple: true },
      expand: { type: 'string', multiple: true },
      'hover-file': { type: 'string' },
      'hover-text': { type: 'string' },
      'hover-expect': { type: 'string' },
      'problems-file': { type: 'string' },
      problem: { type: 'string', multiple: true },
      viewport: { type: 'string' },
      'sidebar-width': { type: 'string' },
      wait: { type: 'string', default: '30' },
      timeout: { type: 'string', default: '240' },
      workspace: { type: 'string' },
      extension: { type: 'string', default: REPO_ROOT },
      vsix: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  return {
    ...values,
    spec: readSpec(values),
    waitMs: Number(values.wait) * 1000,
    timeoutMs: Number(values.timeout) * 1000,
  };
}

/** Flags override the JSON file, which overrides the defaults. */
function readSpec(values) {
  const file = values.checks ? JSON.parse(fs.readFileSync(values.checks, 'utf8')) : {};
  const hover = { ...file.hover };
  if (values['hover-file']) hover.file = values['hover-file'];
  if (values['hover-text']) hover.text = values['hover-text'];
  if (values['hover-expect']) hover.expect = values['hover-expect'];
  const problems = Array.isArray(file.problems) ? { expect: file.problems } : { expect: [], ...file.problems };
  if (values['problems-file']) problems.file = values['problems-file'];
  if (values.problem) problems.expect = values.problem;
  const viewport = values.viewport ?? file.viewport ?? '1280x800';
  const size = /^(\d+)x(\d+)$/.exec(viewport);
  if (!size) throw new HostError(`--viewport must look like 1280x800, not ${viewport}`);
  const sidebarWidth = values['sidebar-width'] ?? file.sidebarWidth;
  return {
    open: values.open ?? file.open ?? hover.file,
    activity: values.activity ?? file.activity ?? 'Cooperation Pillars',
    rows: values.row ?? file.rows ?? [],
    expand: values.expand ?? file.expand ?? [],
    hover: hover.file && hover.text ? hover : undefined,
    problems,
    viewport: { width: Number(size[1]), height: Number(size[2]) },
    sidebarWidth: sidebarWidth === undefined ? undefined : Number(sidebarWidth),
    settings: file.settings ?? {},
    overview: file.overview?.command ? { expect: [], ...file.overview } : undefined,
  };
}

async function main() {
  const options = readOptions();
  await ensureHost({ browser: true });
  const cleanup = createCleanup();
  try {
    return await withDeadline(checkWorkbench(options, cleanup), options.timeoutMs, 'the UI checks');
  } finally {
    await cleanup.run();
  }
}

async function checkWorkbench(options, cleanup) {
  const { spec } = options;
  const url = options.url ?? (await startWorkbench(cleanup, { ...options, copy: true, settings: spec.settings })).url();
  const { page } = await launchBrowser(cleanup, { viewport: spec.viewport });
  fs.mkdirSync(options.out, { recursive: true });
  log(`checking ${url}\n  screenshots in ${options.out}`);
  await page.goto(url);
  const results = await runChecks(page, options);
  const count = (status) => results.filter((result) => result === status).length;
  console.log(`ui: ${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped`);
  return count('FAIL') > 0 ? EXIT.failed : 0;
}

async function runChecks(page, { spec, out, waitMs }) {
  const results = [];
  const check = async (name, shot, action) => {
    let status = 'PASS';
    let detail;
    try {
      detail = await action();
    } catch (error) {
      status = 'FAIL';
      detail = error.message.split('\n')[0];
    }
    await settle(page);
    await page.screenshot({ path: path.join(out, `${shot}.png`) }).catch(() => {});
    console.log(`${status} ${name}${detail ? `: ${detail}` : ''}`);
    results.push(status);
    return status;
  };
  const skip = (name, why) => {
    console.log(`SKIP ${name}: ${why}`);
    results.push('SKIP');
  };
  if ((await check('workbench loads', '1-workbench', () => waitForWorkbench(page, waitMs))) === 'FAIL') return results;
  if (spec.open) await check(`open ${spec.open}`, '2-open', () => openFile(page, spec.open, waitMs));
  else skip('open', 'no --open/--hover-file given');
  await check(`activity bar entry "${spec.activity}"`, '3-activity', async () => {
    const shown = await openActivity(page, spec.activity, waitMs);
    return spec.sidebarWidth ? `${shown}, ${await resizeSideBar(page, spec.sidebarWidth)}` : shown;
  });
  await check('tree rows', '4-tree', async () => {
    const rows = await expectRows(page, spec.rows, waitMs);
    return spec.expand.length ? expandRows(page, spec.expand, waitMs) : rows;
  });
  if (spec.hover)
    await check(`hover over "${spec.hover.text}"`, '5-hover', () => expectHover(page, spec.hover, waitMs));
  else skip('hover', 'no --hover-file/--hover-text given');
  await check('problems panel', '6-problems', async () => {
    await page.mouse.move(5, 5); // away from any hover
    if (spec.problems.file) await openFile(page, spec.problems.file, waitMs);
    return expectProblems(page, spec.problems.expect, waitMs);
  });
  if (spec.overview) await check('coverage overview', '7-overview', () => expectOverview(page, spec.overview, waitMs));
  return results;
}

async function waitForWorkbench(page, timeout) {
  await page.locator('.monaco-workbench .part.activitybar').waitFor({ timeout: timeout * 2 });
  return page.title();
}

async function openActivity(page, title, timeout) {
  const entry = page.locator(`.activitybar .action-item .action-label[aria-label^=${JSON.stringify(title)}]`).first();
  await entry.waitFor({ timeout });
  // Clicking the entry of the container already shown would close the side bar.
  const shown = await entry.evaluate((element) => element.closest('.action-item').classList.contains('checked'));
  if (!shown) await entry.click();
  const sideBarTitle = page.locator('.part.sidebar .composite.title');
  await sideBarTitle.waitFor({ timeout });
  return `side bar shows "${(await sideBarTitle.innerText()).trim().replace(/\s+/g, ' ')}"`;
}

/**
 * Lets views catch up before a screenshot: a tree refreshing for the draft just made active shows a progress
 * bar and, until it is done, the previous draft's rows.
 */
async function settle(page) {
  await page
    .locator('.part.sidebar .monaco-progress-container.active')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => {});
  await page.waitForTimeout(500);
}

/** Drags the sash between the side bar and the editor so tree rows are not cut short. */
async function resizeSideBar(page, width) {
  const sideBar = page.locator('.part.sidebar');
  const box = await sideBar.boundingBox();
  if (!box) throw new Error('no side bar to resize');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 8 });
  await page.mouse.up();
  return `side bar ${Math.round((await sideBar.boundingBox()).width)} px wide`;
}

/** Expands the tree rows containing each text, in order (so a child of an expanded row can follow it). */
async function expandRows(page, texts, timeout) {
  const rows = page.locator('.part.sidebar .pane-body .monaco-list-row');
  for (const text of texts) {
    const row = rows.filter({ hasText: text }).first();
    await row.waitFor({ timeout });
    if ((await row.getAttribute('aria-expanded')) === 'false') await row.locator('.monaco-tl-twistie').click();
    await page
      .locator('.part.sidebar .pane-body .monaco-list-row[aria-expanded="true"]', { hasText: text })
      .first()
      .waitFor({ timeout });
  }
  const seen = (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
  return `expanded ${JSON.stringify(texts)}; ${seen.length} rows: ${seen.join(' | ').slice(0, 200)}`;
}

async function expectRows(page, expected, timeout) {
  const rows = page.locator('.part.sidebar .pane-body .monaco-list-row');
  await rows.first().waitFor({ timeout });
  return expectTexts(rows, expected, timeout);
}

/** Waits for a row containing each expected text; the result lists what is there, to compare by eye. */
async function expectTexts(rows, expected, timeout) {
  const missing = [];
  for (const text of expected) {
    const found = await rows
      .filter({ hasText: text })
      .first()
      .waitFor({ timeout })
      .then(
        () => true,
        () => false,
      );
    if (!found) missing.push(text);
  }
  const seen = (await rows.allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
  if (missing.length) throw new Error(`missing ${JSON.stringify(missing)}; rows: ${JSON.stringify(seen)}`);
  return `${seen.length} rows: ${seen.join(' | ').slice(0, 200)}`;
}

async function expectHover(page, { file, text, expect }, timeout) {
  await openFile(page, file, timeout);
  await revealText(page, text);
  const point = await locateText(page, text);
  if (!point) throw new Error(`"${text}" is not visible in ${file}`);
  const hover = page
    .locator('.monaco-hover')
    .filter(expect ? { hasText: expect } : { hasText: /\S/ })
    .first();
  // Hovers need the pointer to arrive and settle; a second nudge helps when the first move is swallowed.
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.mouse.move(point.x - 2, point.y);
    await page.mouse.move(point.x, point.y);
    if (
      await hover.waitFor({ timeout: timeout / 3 }).then(
        () => true,
        () => false,
      )
    ) {
      return (await hover.innerText()).replace(/\s+/g, ' ').trim().slice(0, 160);
    }
  }
  throw new Error(`no hover${expect ? ` containing "${expect}"` : ''} over "${text}"`);
}

async function openFile(page, file, timeout) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout });
  await input.fill(file);
  // Enter opens the focused row: wait until the list has filtered down to the file, not merely shows it
  // among recently opened ones (then Enter would reopen whichever was focused first).
  await page
    .locator('.quick-input-widget .monaco-list-row.focused', { hasText: path.basename(file) })
    .first()
    .waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: path.basename(file) }).waitFor({ timeout });
  await page.locator('.editor-group-container.active .monaco-editor .view-line').first().waitFor({ timeout });
  return `editor shows ${path.basename(file)}`;
}

/** Find scrolls the editor to the text so its line is rendered; Escape then closes the find widget. */
async function revealText(page, text) {
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+F');
  await page.keyboard.insertText(text);
  await page.keyboard.press('Escape');
}

/** Screen point at the middle of `text` in the active editor; Monaco splits lines into token spans. */
function locateText(page, text) {
  return page.evaluate((wanted) => {
    const selector = '.editor-group-container.active .monaco-editor .view-lines .view-line';
    // Monaco reuses line elements, so DOM order is not line order.
    const lines = [...document.querySelectorAll(selector)].sort(
      (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
    );
    for (const line of lines) {
      const at = line.textContent.replace(/\u00a0/g, ' ').indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let offset = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const end = offset + node.textContent.length;
        if (at >= offset && at < end) range.setStart(node, at - offset);
        if (at + wanted.length <= end) {
          range.setEnd(node, at + wanted.length - offset);
          break;
        }
        offset = end;
      }
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text);
}

/** Runs the overview's command and waits for its webview (an iframe in an iframe) to show a row for each draft. */
async function expectOverview(page, { command, expect }, timeout) {
  await page.keyboard.press('Escape');
  // Gives the editor area to the overview: the Problems panel below would cut the matrix short.
  if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout });
  await page.keyboard.insertText(command);
  await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: command }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe');
  const rows = frame.locator('#matrix tbody tr');
  await rows.first().waitFor({ timeout: timeout * 2 });
  return expectTexts(rows, expect, timeout);
}

async function expectProblems(page, expected, timeout) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget input').waitFor({ timeout });
  await page.keyboard.insertText('View: Focus Problems');
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Problems' }).first().waitFor({ timeout });
  await page.keyboard.press('Enter');
  await page.locator('.markers-panel').waitFor({ timeout });
  return expectTexts(page.locator('.markers-panel .monaco-list-row'), expected, timeout);
}

runMain(main);
