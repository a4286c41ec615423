/// <reference lib="dom" />
/**
 * `pillars report`'s HTML in a real browser (headless Debian chromium, through playwright-core), opened from a
 * file:// URL as a reader would open the CI artifact: its cells are `pillars check --format json`'s for the
 * examples (and a draft that cannot be checked), sorting, filtering, details and arrow keys work without a server,
 * no request leaves the page, it passes axe-core's accessibility rules in light and dark colours, and it prints
 * without its controls. The editor's variant of the page posts the cell's evidence to the extension. Skipped
 * without chromium, failed under CI.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { checkDraft, PILLAR_IDS } from '../../src/core/index.js';
import { overviewHtml, overviewOf } from '../../src/core/overview/index.js';
import { launchChromium, requireChromium } from '../support/browser.js';
import { runCliCaptured } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface JsonFile {
  path: string;
  checked: boolean;
  reason?: string;
  coverage?: Record<string, { status: string; evidence: { line: number }[] }>;
}

/** What the page shows: each row's path, reason and cells (state, count shown, lines in its details). */
function readMatrix(page: Page) {
  return page.$$eval('#matrix tbody tr', (rows) =>
    rows.map((row) => ({
      path: (row as HTMLElement).dataset.path!,
      hidden: (row as HTMLElement).hidden,
      why: row.querySelector('.why')?.textContent ?? undefined,
      cells: Array.from(row.querySelectorAll('td.cell'), (td) => ({
        state: (td as HTMLElement).dataset.state!,
        text: td.querySelector('button.cell-btn, .face')!.textContent!.trim(),
        lines: Array.from(td.querySelectorAll('.detail .ln'), (ln) => ln.textContent!),
      })),
    })),
  );
}

describe('pillars report: the HTML page in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;
  let dir: string;
  let url: string;
  let files: JsonFile[];
  let page: Page;
  const requests: string[] = [];

  before(async function () {
    requireChromium(this, 'the report’s browser tests');
    dir = mkdtempSync(join(tmpdir(), 'pillars-report-'));
    for (const name of readdirSync(join(ROOT, 'examples')).filter((entry) => entry.endsWith('.md')))
      copyFileSync(join(ROOT, 'examples', name), join(dir, name));
    writeFileSync(join(dir, 'scanned.md'), 'a\0b');
    const check = await runCliCaptured(['check', '.', '--format', 'json'], { cwd: dir });
    files = (JSON.parse(check.stdout) as { files: JsonFile[] }).files;
    const report = await runCliCaptured(['report', '.', '--output', 'out/report.html'], { cwd: dir });
    assert.equal(report.stdout, '', 'the page goes to --output only');
    assert.match(report.stderr, /scanned\.md: looks like a binary file/);
    url = pathToFileURL(join(dir, 'out', 'report.html')).href;
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    page = await browser.newPage();
    requests.length = 0;
    page.on('request', (request) => requests.push(request.url()));
    await page.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]');
  });
  afterEach(async () => {
    await page?.close();
  });

  it('shows every draft of pillars check --format json, each cell in its state with its evidence lines', async () => {
    const rows = await readMatrix(page);
    assert.deepEqual(
      rows.map((row) => row.path),
      files.map((file) => file.path).sort(),
    );
    assert.ok(
      files.some((file) => !file.checked) && files.some((file) => file.coverage?.dialogue.status === 'missing'),
      'the examples hold each kind of row',
    );
    for (const file of files) {
      const row = rows.find((candidate) => candidate.path === file.path)!;
      if (!file.checked) {
        assert.deepEqual(
          row.cells.map((cell) => cell.state),
          PILLAR_IDS.map(() => 'not-checked'),
          file.path,
        );
        assert.equal(row.why, `not checked: ${file.reason}`);
        continue;
      }
      PILLAR_IDS.forEach((id, c) => {
        const { status, evidence } = file.coverage![id];
        const cell = row.cells[c];
        assert.equal(cell.state, status, `${file.path} ${id}`);
        if (status === 'covered' || status === 'thin') {
          assert.match(cell.text, new RegExp(`^[✓◐] ${status} · ${evidence.length}$`));
          assert.deepEqual(
            cell.lines.map((text) => Number(/\d+/.exec(text)![0])),
            evidence.map((item) => item.line),
            `${file.path} ${id} lines`,
          );
        }
      });
    }
    assert.equal(
      await page.textContent('#summary'),
      '4 drafts: 2 cover every pillar in scope, 1 has gaps, 1 not checked.',
    );
  });

  it('opens a missing pillar’s details: the nearest mention in passing and what would cover it', async () => {
    const brief = page.locator('tr[data-path="ministerial-brief.md"]');
    const dialogue = brief.locator('td[data-c="2"] button.cell-btn');
    assert.equal(await dialogue.getAttribute('aria-expanded'), 'false');
    assert.equal(await brief.locator('td[data-c="2"] .detail').isVisible(), false);
    await dialogue.click();
    assert.equal(await dialogue.getAttribute('aria-expanded'), 'true');
    const detail = await brief.locator('td[data-c="2"] .detail').innerText();
    assert.match(detail, /Nearest mention, in passing:\s+line 9 \S+ “summit”/);
    assert.match(detail, /To cover it: add a section or paragraph on dialogue and expertise/);
    await dialogue.click();
    assert.equal(await brief.locator('td[data-c="2"] .detail').isVisible(), false);
  });

  it('sorts by a pillar (gaps first, then the other way) and by draft, saying so in aria-sort', async () => {
    const order = async () => (await readMatrix(page)).map((row) => row.path);
    assert.deepEqual(await order(), [
      'citing-the-source.md',
      'ministerial-brief.md',
      'national-strategy.md',
      'scanned.md',
    ]);
    await page.click('button[data-sort="3"]');
    assert.deepEqual(
      await order(),
      ['scanned.md', 'ministerial-brief.md', 'citing-the-source.md', 'national-strategy.md'],
      'not checked, missing, thin, covered',
    );
    assert.equal(await page.getAttribute('th[data-c="3"]', 'aria-sort'), 'ascending');
    await page.click('button[data-sort="3"]');
    assert.deepEqual(await order(), [
      'national-strategy.md',
      'citing-the-source.md',
      'ministerial-brief.md',
      'scanned.md',
    ]);
    assert.equal(await page.getAttribute('th[data-c="3"]', 'aria-sort'), 'descending');
    await page.click('button[data-sort="path"]');
    await page.click('button[data-sort="path"]');
    assert.deepEqual(await order(), [
      'scanned.md',
      'national-strategy.md',
      'ministerial-brief.md',
      'citing-the-source.md',
    ]);
    assert.equal(await page.getAttribute('th[data-c="3"]', 'aria-sort'), null);
  });

  it('filters by state, by pillar and state (showing that pillar alone), and by path; totals follow', async () => {
    const shown = async () => (await readMatrix(page)).filter((row) => !row.hidden).map((row) => row.path);
    await page.selectOption('#f-state', 'thin');
    assert.deepEqual(await shown(), ['citing-the-source.md', 'ministerial-brief.md']);
    assert.equal(await page.textContent('#shown'), 'Showing 2 of 4 drafts');
    await page.selectOption('#f-pillar', '1');
    assert.deepEqual(await shown(), ['ministerial-brief.md'], 'thin on policy');
    assert.equal(
      await page.locator('tr[data-path="ministerial-brief.md"] td[data-c="0"]').isVisible(),
      false,
      'other pillars hidden',
    );
    assert.equal(await page.locator('tr[data-path="ministerial-brief.md"] td[data-c="1"]').isVisible(), true);
    const policyTotals = await page.locator('tfoot td[data-c="1"]').innerText();
    assert.match(policyTotals, /◐ 1/);
    assert.doesNotMatch(policyTotals, /✓/, 'the totals count the drafts shown');
    await page.click('#f-reset');
    await page.fill('#f-text', 'STRATEGY');
    assert.deepEqual(await shown(), ['national-strategy.md']);
    assert.equal(await page.textContent('#complete'), '1/1 complete');
  });

  it('moves between cells with the arrow keys', async () => {
    await page.focus('tr[data-path="citing-the-source.md"] td[data-c="0"] button');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => {
      const td = document.activeElement!.closest('td') as HTMLElement;
      return { path: (td.parentElement as HTMLElement).dataset.path, c: td.dataset.c };
    });
    assert.deepEqual(focused, { path: 'ministerial-brief.md', c: '1' });
    await page.keyboard.press('Enter');
    assert.equal(
      await page.getAttribute('tr[data-path="ministerial-brief.md"] td[data-c="1"] button', 'aria-expanded'),
      'true',
    );
  });

  it('makes no request beyond the file itself, and holds no external reference', async () => {
    await page.click('button[data-sort="0"]');
    await page.click('tr[data-path="national-strategy.md"] td[data-c="0"] button');
    assert.deepEqual(requests, [url]);
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    assert.doesNotMatch(html, /\b(?:src|href)=|url\(|@import|https?:\/\//i);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });

  it('passes axe-core’s accessibility rules, in light and dark colours, with details open', async () => {
    await page.click('tr[data-path="ministerial-brief.md"] td[data-c="2"] button');
    await page.click('tr[data-path="citing-the-source.md"] td[data-c="0"] button');
    await page.evaluate(AXE);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe;
        const result = await axe.run({ resultTypes: ['violations'] });
        return result.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
      });
      assert.deepEqual(violations, [], colorScheme);
    }
  });

  it('prints the matrix without its controls, hints or details', async () => {
    await page.click('tr[data-path="ministerial-brief.md"] td[data-c="2"] button');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.controls').isVisible(), false);
    assert.equal(await page.locator('#table-hint').isVisible(), false);
    assert.equal(await page.locator('tr[data-path="ministerial-brief.md"] td[data-c="2"] .detail').isVisible(), false);
    assert.equal(await page.locator('#matrix').isVisible(), true);
    assert.equal(await page.locator('#summary').isVisible(), true);
    assert.equal(await page.locator('.print-note').isVisible(), false, 'a short matrix prints whole');
  });

  it('prints a long matrix as its totals on one page, saying so', async () => {
    const result = checkDraft(readFileSync(join(ROOT, 'examples', 'national-strategy.md'), 'utf8'));
    const drafts = Array.from({ length: 60 }, (_, i) => ({
      path: `chapter-${String(i).padStart(2, '0')}.md`,
      coverage: result.coverage,
    }));
    const long = await browser.newPage();
    const html = overviewHtml(overviewOf(drafts), { mode: 'file', nonce: 'test-nonce-0123456789' });
    await long.route('**/*', (route) =>
      route.request().url() === 'http://report.invalid/'
        ? route.fulfill({ body: html, contentType: 'text/html' })
        : route.abort(),
    );
    await long.goto('http://report.invalid/');
    await long.emulateMedia({ media: 'print' });
    assert.equal(await long.locator('tr[data-path="chapter-00.md"]').isVisible(), false);
    assert.equal(await long.locator('#matrix tfoot').isVisible(), true);
    assert.match(
      (await long.locator('.print-note').textContent()) ?? '',
      /^60 drafts: the totals per pillar are printed/,
    );
    const pdf = await long.pdf({ format: 'A4', landscape: true });
    assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length, 1, 'one printed page');
    await long.close();
  });
});

describe('the Coverage Overview page (the editor’s variant) in a browser', function () {
  this.timeout(60_000);
  let browser: Browser;

  before(async function () {
    requireChromium(this, 'the overview’s browser tests');
    browser = await launchChromium();
  });
  after(async () => browser?.close());

  it('posts the cell’s first evidence, or a line of its details, to the extension, and keeps its state', async () => {
    const text = readFileSync(join(ROOT, 'examples', 'national-strategy.md'), 'utf8');
    const result = checkDraft(text, { path: 'national-strategy.md' });
    const overview = overviewOf([{ path: 'national-strategy.md', coverage: result.coverage }]);
    const page = await browser.newPage();
    // VS Code's webview API, as the page sees it.
    // (A string: the test's compiled functions carry helpers that the page does not have.)
    await page.addInitScript(
      'window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.posted.push(m), setState: (s) => (window.state = s), getState: () => window.state });',
    );
    // Served as a page of its own (the stub above runs on navigation; the network stays out of it).
    const html = overviewHtml(overview, { mode: 'webview', nonce: 'test-nonce-0123456789' });
    await page.route('**/*', (route) =>
      route.request().url() === 'http://webview.invalid/'
        ? route.fulfill({ body: html, contentType: 'text/html' })
        : route.abort(),
    );
    await page.goto('http://webview.invalid/');
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('td[data-c="1"] button.cell-btn');
    const first = result.coverage.policy.evidence[0].range;
    const second = result.coverage.policy.evidence[1].range;
    await page.click('td[data-c="1"] .detail li:nth-child(2) button.go');
    const posted = await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);
    assert.deepEqual(posted, [
      {
        type: 'open',
        row: 0,
        line: first.start.line,
        column: first.start.column,
        endLine: first.end.line,
        endColumn: first.end.column,
      },
      {
        type: 'open',
        row: 0,
        line: second.start.line,
        column: second.start.column,
        endLine: second.end.line,
        endColumn: second.end.column,
      },
    ]);
    await page.selectOption('#f-state', 'covered');
    const state = await page.evaluate(() => (window as unknown as { state: { state: string; open: string[] } }).state);
    assert.equal(state.state, 'covered');
    assert.deepEqual(state.open, ['national-strategy.md#policy']);
    await page.close();

    // The view updated with a draft before it: the details stay open on the same draft's pillar, not on row 0.
    const other = checkDraft('# Other\n\nNothing yet.\n', { path: 'a-first.md' });
    const updated = overviewOf([
      { path: 'a-first.md', coverage: other.coverage },
      { path: 'national-strategy.md', coverage: result.coverage },
    ]);
    const again = await browser.newPage();
    await again.addInitScript(
      `window.state = ${JSON.stringify({ ...state, state: '' })}; window.acquireVsCodeApi = () => ({ postMessage: () => {}, setState: (s) => (window.state = s), getState: () => window.state });`,
    );
    const html2 = overviewHtml(updated, { mode: 'webview', nonce: 'test-nonce-0123456789' });
    await again.route('**/*', (route) =>
      route.request().url() === 'http://webview.invalid/'
        ? route.fulfill({ body: html2, contentType: 'text/html' })
        : route.abort(),
    );
    await again.goto('http://webview.invalid/');
    await again.waitForSelector('body[data-ready="true"]');
    const expanded = await again.evaluate(() =>
      Array.from(
        document.querySelectorAll('button.cell-btn[aria-expanded="true"]'),
        (b) => `${(b.closest('tr') as HTMLElement).dataset.path}/${(b.closest('td') as HTMLElement).dataset.p}`,
      ),
    );
    assert.deepEqual(expanded, ['national-strategy.md/policy']);
    await again.close();
  });
});
