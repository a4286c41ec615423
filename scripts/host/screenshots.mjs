// Regenerates the README's screenshots: packages the extension (npm run package), runs the UI checks of
// scripts/host/screenshots.json against that .vsix in a real workbench (scripts/host/ui.mjs), and only when every
// check passes copies the chosen screenshots to media/screenshots/ and rewrites the README between
// <!-- generated:screenshots --> and <!-- /generated:screenshots -->.
//   node scripts/host/screenshots.mjs [--vsix FILE | --dev] [--readme-only]
// --vsix uses a package built already; --dev shows the extension folder itself (the window title then says
// "[Extension Development Host]"); --readme-only rewrites the README section from the committed images.
// Exit codes: 0 done, 1 a UI check failed or an image is too large, 2 runner error, 3 prerequisites missing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, HostError, REPO_ROOT, createCleanup, launchBrowser, log, runMain } from './lib.mjs';

const SPEC = path.join(REPO_ROOT, 'scripts', 'host', 'screenshots.json');
const MEDIA = path.join(REPO_ROOT, 'media', 'screenshots');
const README = path.join(REPO_ROOT, 'README.md');
const VSIX = path.join(REPO_ROOT, 'cooperation-pillars.vsix'); // where `npm run package` writes it
const MAX_BYTES = 250 * 1024; // they are committed: keep the repository small

/** The screenshots ui.mjs saves that the README shows, with the name each gets and what it shows. */
const CHOSEN = [
  {
    shot: '4-tree',
    name: 'themes-tree.png',
    alt: 'The Cooperation Pillars view beside a briefing note',
    caption:
      '**The themes view** beside the briefing note `examples/ministerial-brief.md`: the source’s four ' +
      'pillars, each with how the draft covers it (covered, thin or missing, and where), one pillar opened on its ' +
      'claims and the evidence found in the draft.',
  },
  {
    shot: '5-hover',
    name: 'hover-card.png',
    alt: 'A hover card quoting the claim behind a citation',
    caption:
      '**A hover card** over `[@belarus:national-cert]` in `examples/national-strategy.md`: the claim in the ' +
      'source’s words, where it stands in the source, its pillar and theme, and links to reveal it or copy the citation.',
  },
  {
    shot: '6-problems',
    name: 'problems-panel.png',
    alt: 'The Problems panel listing a missing pillar',
    caption:
      '**The Problems panel** for the briefing note: a pillar it does not cover, a pillar it only mentions in ' +
      'passing and a thin one, each with its rule linked to the documentation.',
  },
  {
    shot: '7-overview',
    name: 'coverage-overview.png',
    alt: 'The Coverage Overview: drafts by pillars',
    caption:
      '**The Coverage Overview** (**Show Coverage Overview**, or the button in the themes view): every draft ' +
      'of the workspace against the four pillars, each cell covered, thin, missing, skipped or not checked in colour ' +
      'and as a symbol; sort by a column, filter by pillar or state, and select a cell to open the draft at its ' +
      'evidence. `pillars report` writes the same matrix as one HTML file.',
  },
  {
    shot: '8-report',
    name: 'coverage-report.png',
    alt: 'The HTML coverage report of pillars report',
    caption:
      '**The coverage report** (`pillars report examples --output report.html`): one self-contained HTML ' +
      'file with the same matrix, for a CI artifact or a briefing pack, here with one cell’s evidence opened; it ' +
      'works from a file, with no server and no network.',
  },
];

function readOptions() {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string' },
      dev: { type: 'boolean', default: false },
      'readme-only': { type: 'boolean', default: false },
    },
  });
  if (values.vsix && values.dev) throw new HostError('--vsix and --dev exclude each other');
  if (values.vsix && !fs.existsSync(values.vsix)) throw new HostError(`no such .vsix: ${values.vsix}`);
  return values;
}

async function main() {
  const options = readOptions();
  if (!options['readme-only']) {
    const code = await takeScreenshots(options);
    if (code !== 0) return code;
  }
  writeReadmeSection();
  return 0;
}

async function takeScreenshots(options) {
  let vsix = options.vsix;
  if (!options.dev && !vsix) {
    log('packaging the extension: npm run package');
    const code = await run('npm', ['run', 'package']);
    if (code !== 0) throw new HostError(`npm run package failed (exit ${code})`, EXIT.failed);
    vsix = VSIX;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'pillars-screenshots-'));
  try {
    const args = [path.join(REPO_ROOT, 'scripts', 'host', 'ui.mjs'), '--checks', SPEC, '--out', out];
    if (vsix) args.push('--vsix', vsix);
    else args.push('--extension', REPO_ROOT);
    const code = await run(process.execPath, args);
    if (code !== 0) {
      console.error(`the UI checks did not all pass (exit ${code}): ${MEDIA} is left as it was`);
      return code;
    }
    await shootReport(out);
    return copyChosen(out);
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

/**
 * `pillars report` on examples/, opened from its file in Chromium (one cell's details shown), saved as `8-report.png`.
 */
async function shootReport(out) {
  const html = path.join(out, 'report.html');
  const code = await run(process.execPath, [
    path.join(REPO_ROOT, 'dist', 'cli.cjs'),
    'report',
    'examples',
    '--output',
    html,
  ]);
  if (code > 1 || !fs.existsSync(html))
    throw new HostError(`pillars report examples failed (exit ${code})`, EXIT.failed);
  const cleanup = createCleanup();
  try {
    const { page } = await launchBrowser(cleanup, { viewport: { width: 1100, height: 640 } });
    await page.goto(`file://${html}`);
    await page.locator('table').first().waitFor();
    // Open one cell's evidence, as a reader would.
    const cell = page.locator('td .cell-btn').nth(1);
    if (await cell.count()) await cell.click();
    await page.screenshot({ path: path.join(out, '8-report.png') });
  } finally {
    await cleanup.run();
  }
}

function copyChosen(out) {
  const tooLarge = [];
  fs.mkdirSync(MEDIA, { recursive: true });
  for (const { shot, name } of CHOSEN) {
    const from = path.join(out, `${shot}.png`);
    if (!fs.existsSync(from)) throw new HostError(`ui.mjs saved no ${shot}.png`);
    const { size } = fs.statSync(from);
    if (size > MAX_BYTES) tooLarge.push(`${name}: ${(size / 1024).toFixed(0)} KB`);
    fs.copyFileSync(from, path.join(MEDIA, name));
    log(`media/screenshots/${name}: ${(size / 1024).toFixed(0)} KB`);
  }
  if (tooLarge.length) {
    console.error(`over the ${MAX_BYTES / 1024} KB budget for committed images: ${tooLarge.join(', ')}`);
    return EXIT.failed;
  }
  return 0;
}

function writeReadmeSection() {
  const missing = CHOSEN.filter(({ name }) => !fs.existsSync(path.join(MEDIA, name)));
  if (missing.length)
    throw new HostError(`missing ${missing.map(({ name }) => name).join(', ')}: run npm run screenshots`);
  const intro =
    'The extension in a real VS Code workbench (served by code-server) with `examples/` open, taken by ' +
    '`npm run screenshots` from the packaged `.vsix` after its UI checks pass. Do not edit this section or the ' +
    'images by hand: run the script again.';
  const body = [
    wrap(intro),
    '',
    ...CHOSEN.flatMap(({ name, alt, caption }) => [wrap(caption), '', `![${alt}](media/screenshots/${name})`, '']),
  ]
    .join('\n')
    .trimEnd();
  const text = fs.readFileSync(README, 'utf8');
  const open = '<!-- generated:screenshots -->';
  const close = '<!-- /generated:screenshots -->';
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new HostError(`README.md has no ${open} … ${close} section`);
  const updated = `${text.slice(0, start + open.length)}\n${body}\n${text.slice(end)}`;
  if (updated === text) log('README.md: screenshots section unchanged');
  else {
    fs.writeFileSync(README, updated);
    log('README.md: screenshots section rewritten');
  }
}

/** Breaks prose into lines of at most `width` characters, as the rest of the README is written; never in `code`. */
function wrap(text, width = 116) {
  const lines = [];
  let line = '';
  for (const word of text.match(/(?:`[^`]*`|\S)+/g)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join('\n');
}

/** Runs a command with inherited output; resolves to its exit code. */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

runMain(main);
