/**
 * `npm run bench:adversarial`: the CLI on adversarial files at full size (50 MB of prose, a 5 MB
 * line, 10 000-level nesting, 100 000 citations, NUL bytes), each in a process of its own so that
 * its time and peak memory are its own; then signal, citation and quote matching on the worst
 * inputs tried, at 1 MB and 5 MB, to show they stay linear. Prints a table; the README's
 * Reliability section quotes it. `--only NAME` runs one case; `--timeout S` (default 300) stops one.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/main.js';
import { findCitations } from '../src/core/analysis/citations.js';
import { findSignals } from '../src/core/judgement/signals.js';
import { normalizeQuote } from '../src/core/analysis/text.js';

const MB = 1024 * 1024;
const PROSE = 'Our partners and the national CSIRT will train experts for the annual forum on best practices.\n\n';

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Each case: the file's content and the CLI flags. */
const CASES: Record<string, { make: () => string | Buffer; flags?: string[]; note: string }> = {
  'prose-50MB': { make: () => repeatTo(PROSE, 50 * MB), note: '50 MB of prose, default limit (10 MB)' },
  'prose-9MB': { make: () => repeatTo(PROSE, 9 * MB), note: '9 MB of prose, just under the limit' },
  'comma-run-1MB': {
    make: () => repeatTo('education, training, partners and the forum, legislation, ', MB),
    note: 'a 1 MB paragraph of signal words and commas, no full stop',
  },
  'line-5MB': {
    make: () => repeatTo('Our partners and the national CSIRT train experts. ', 5 * MB),
    note: 'a single 5 MB line',
  },
  'blockquotes-10000': { make: () => '> '.repeat(10_000) + 'partners', note: '10 000 nested blockquotes' },
  'lists-10000': { make: () => '- '.repeat(10_000) + 'partners', note: '10 000 nested lists' },
  'indented-lists-3000': {
    make: () => Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n'),
    note: '3 000 lists nested by indentation (9 MB)',
  },
  'citations-100000-paragraphs': {
    make: () =>
      Array.from({ length: 100_000 }, (_, i) => `Point ${i} [@belarus:${i % 10 ? 'un-gge' : 'un-gg'}].`).join('\n\n'),
    note: '100 000 citations, one per paragraph',
  },
  'citations-100000-one-paragraph': {
    make: () => Array.from({ length: 100_000 }, (_, i) => `[@belarus:${i % 10 ? 'un-gge' : 'un-gg'}]`).join(' '),
    note: '100 000 citations in one paragraph',
  },
  'nul-10MB': { make: () => Buffer.alloc(10 * MB - 1), note: 'a file of NUL bytes' },
};

interface Outcome {
  code: number;
  ms: number;
  peakMB: number;
  stderr: string;
  messages: number;
}

/** In the child: writes the case's file and runs the CLI on it and a small draft. */
async function runCase(name: string): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'pillars-bench-'));
  try {
    writeFileSync(join(dir, `${name}.md`), CASES[name].make());
    writeFileSync(join(dir, 'small.md'), `# Small\n\n${PROSE}`);
    const out: string[] = [];
    const err: string[] = [];
    const started = performance.now();
    const code = await runCli(['check', `${name}.md`, 'small.md', '--format', 'json', ...(CASES[name].flags ?? [])], {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: () => '',
      cwd: dir,
      color: false,
    });
    const ms = performance.now() - started;
    const report = JSON.parse(out.join('\n')) as { files: { path: string; messages: unknown[] }[] };
    if (!report.files.some((file) => file.path === 'small.md')) throw new Error('the other file was not checked');
    const messages = report.files.find((file) => file.path === `${name}.md`)?.messages.length ?? -1;
    return { code, ms, peakMB: process.resourceUsage().maxRSS / 1024, stderr: err.join(' '), messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Matching on worst-case inputs: milliseconds at 1 MB and 5 MB (linear: about five times as long). */
function matching(): { input: string; ms1: number; ms5: number }[] {
  const inputs: Record<string, (size: number) => string> = {
    'one signal prefix repeated ("memorandum of ")': (size) => repeatTo('memorandum of ', size),
    'a phrase one word short, repeated ("capacity ")': (size) => repeatTo('capacity ', size),
    'one 5 MB word': (size) => 'a'.repeat(size),
    '"R&D&R&D…" (the & joiner)': (size) => repeatTo('R&', size),
    'brackets "[[[["': (size) => '['.repeat(size),
    'at signs "@@@@"': (size) => '@'.repeat(size),
    '"[@" repeated': (size) => repeatTo('[@', size),
    '"[@a;" repeated': (size) => repeatTo('[@a;', size),
    'straight quotes': (size) => '"'.repeat(size),
    'curly quotes "“"': (size) => '\u201C'.repeat(size),
    'combining marks': (size) => repeatTo('e\u0301\u0323', size),
  };
  const time = (text: string) => {
    const started = performance.now();
    findSignals(text);
    findCitations(text, ['belarus']);
    normalizeQuote(text);
    return performance.now() - started;
  };
  return Object.entries(inputs).map(([input, make]) => ({ input, ms1: time(make(MB)), ms5: time(make(5 * MB)) }));
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<void> {
  const only = option('only');
  const timeout = Number(option('timeout') ?? 300) * 1000;
  console.log('case                              result                                     time      peak memory');
  for (const name of Object.keys(CASES)) {
    if (only && name !== only) continue;
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--case', name], {
      encoding: 'utf8',
      timeout,
      maxBuffer: 16 * MB,
    });
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.error || child.status !== 0 || !line.startsWith('{')) {
      const why = child.error
        ? `stopped after ${timeout / 1000} s`
        : `crashed (${child.signal ?? `exit ${child.status}`}): ${child.stderr.trim().split('\n').at(-1)}`;
      console.log(`${name.padEnd(34)}${why}`);
      continue;
    }
    const outcome = JSON.parse(line) as Outcome;
    const result =
      outcome.code === 2
        ? `exit 2: ${outcome.stderr.replace(/^pillars: [^:]+: /, '').slice(0, 36)}…`
        : `exit ${outcome.code}, checked (${outcome.messages} messages)`;
    console.log(
      `${name.padEnd(34)}${result.padEnd(43)}${`${(outcome.ms / 1000).toFixed(2)} s`.padEnd(10)}${outcome.peakMB.toFixed(0)} MB`,
    );
  }
  if (only) return;
  console.log('\nmatching (signals, citations, quote normalising) on the worst inputs tried:');
  const rows = matching();
  for (const row of rows)
    console.log(
      `  ${row.input.padEnd(48)} 1 MB ${row.ms1.toFixed(0).padStart(5)} ms   5 MB ${row.ms5.toFixed(0).padStart(5)} ms`,
    );
  const worst = rows.reduce((a, b) => (b.ms5 > a.ms5 ? b : a));
  console.log(
    `worst case tried: ${worst.input}, ${(worst.ms5 / 1000).toFixed(2)} s for 5 MB (${(worst.ms5 / worst.ms1).toFixed(1)}× the time of 1 MB)`,
  );
}

const caseName = option('case');
if (caseName) console.log(JSON.stringify(await runCase(caseName)));
else await main();
