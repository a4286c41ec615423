/// <reference lib="dom" />
/**
 * The coverage report of a large workspace in a browser: `npm run bench:overview` (`tsx bench/overview.ts`).
 *
 * Builds the matrix of N drafts (default 500: the examples' real check results under other names, and one draft in
 * fifty not checked), writes the HTML page `pillars report` writes, opens it from a file:// URL in headless Debian
 * chromium and reads, per run, the time from the start of navigation to the page being ready (its script has
 * sorted, filtered and totalled the rows: `performance.mark('pillars-ready')`) and to the first contentful paint,
 * then the time a sort by a pillar and a filter by state take. Prints medians; a figure, never a pass or fail.
 *
 * Options: --drafts 500  --runs 5
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkDraft } from '../src/core/index.js';
import { overviewHtml, overviewOf, type CheckedDraft, type UncheckedDraft } from '../src/core/overview/index.js';
import { CHROMIUM, hasChromium, launchChromium } from '../test/support/browser.js';

const ROOT = join(import.meta.dirname, '..');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${name} takes a whole number, not "${process.argv[at + 1]}"`);
  return value;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  if (!hasChromium) {
    console.error(`bench:overview needs chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    process.exitCode = 2;
    return;
  }
  const count = option('drafts', 500);
  const runs = option('runs', 5);
  const examples = readdirSync(join(ROOT, 'examples'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => checkDraft(readFileSync(join(ROOT, 'examples', name), 'utf8'), { path: name }));
  const checked: CheckedDraft[] = [];
  const unchecked: UncheckedDraft[] = [];
  for (let i = 0; i < count; i++) {
    const path = `chapters/${String(Math.floor(i / 50)).padStart(2, '0')}/draft-${String(i).padStart(4, '0')}.md`;
    if (i % 50 === 49)
      unchecked.push({
        path,
        reason: 'file is 12.0 MB, over the 10.0 MB limit: not checked (raise it with --max-size)',
      });
    else checked.push({ path, coverage: examples[i % examples.length].coverage });
  }
  const started = performance.now();
  const html = overviewHtml(overviewOf(checked, unchecked), { mode: 'file', nonce: 'benchmark-nonce-0123456789' });
  const renderMs = performance.now() - started;
  const dir = join(tmpdir(), 'pillars-bench-overview');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `overview-${count}.html`);
  writeFileSync(file, html);

  const browser = await launchChromium();
  const ready: number[] = [];
  const paint: number[] = [];
  const sort: number[] = [];
  const filter: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      await page.waitForSelector('body[data-ready="true"]');
      const times = await page.evaluate(() => ({
        ready: performance.getEntriesByName('pillars-ready')[0].startTime,
        paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      ready.push(times.ready);
      paint.push(times.paint);
      // A sort and a filter, each timed to the next layout.
      sort.push(
        await page.evaluate(() => {
          const t = performance.now();
          (document.querySelector('button[data-sort="2"]') as HTMLButtonElement).click();
          void document.body.offsetHeight;
          return performance.now() - t;
        }),
      );
      filter.push(
        await page.evaluate(() => {
          const t = performance.now();
          const select = document.getElementById('f-state') as HTMLSelectElement;
          select.value = 'missing';
          select.dispatchEvent(new Event('change'));
          void document.body.offsetHeight;
          return performance.now() - t;
        }),
      );
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const kb = (Buffer.byteLength(html) / 1024).toFixed(0);
  console.log(
    `Coverage report of ${count} drafts (${unchecked.length} not checked): ${kb} KB of HTML, rendered in ${renderMs.toFixed(0)} ms (Node)`,
  );
  console.log(`In chromium, median of ${runs} runs from a file:// URL:`);
  console.log(
    `  ready to use (navigation start → script done): ${median(ready).toFixed(0)} ms   [${ready.map((ms) => ms.toFixed(0)).join(', ')}]`,
  );
  console.log(`  first contentful paint:                        ${median(paint).toFixed(0)} ms`);
  console.log(`  sort by a pillar:                              ${median(sort).toFixed(0)} ms`);
  console.log(`  filter by state:                               ${median(filter).toFixed(0)} ms`);
  console.log(`Page: ${file}`);
}

await main();
