/**
 * The benchmark: `npm run bench` (after `node esbuild.mjs --production`, which the npm script runs).
 *
 * For generated drafts of 10 KB to 10 MB, side by side and each in processes of its own: bare
 * remark-parse (the floor), our full check, our re-check after a one-character edit, and
 * markdownlint's default rules. Then activation of the production bundle against a stub `vscode`,
 * bundle sizes, and hover/completion lookups with 10 000 claims; last the CLI's throughput on a folder of 300
 * drafts of 20 KB against markdownlint-cli2 (bench/throughput.ts). Prints medians and ratios as tables and writes
 * them to bench/results/results.json. Figures only: it never fails on a target.
 *
 * Options: --sizes 10KB,100KB,300KB,1MB,10MB  --runs 5 (processes per figure; 1 at 10 MB unless
 * --runs-10mb)  --seed 1  --timeout-min 30 (per process)  --warmups N (untimed runs first in each process;
 * by default 60 up to 30 KB, fewer for larger drafts)  --skip-baselines-10mb (no bare parse or
 * markdownlint at 10 MB: about 3 and 5 minutes each on a quiet machine)  --skip-throughput  --throughput-only
 * (the throughput figure alone)  --throughput-drafts 300  --throughput-kb 20  --throughput-runs 3.
 */
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generateDraft, SIZES } from './generate.js';
import type { TaskResult } from './task.js';
import { throughput, throughputOptions, throughputReport, type ThroughputResult } from './throughput.js';

const ROOT = join(import.meta.dirname, '..');
const RESULTS = join(ROOT, 'bench', 'results');
const TASKS = ['parse', 'check', 'recheck', 'markdownlint'] as const;
type Task = (typeof TASKS)[number];

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write(`${readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]}*/\n`);
  process.exit(0);
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const sizes = option('sizes', Object.keys(SIZES).join(',')).split(',');
const runs = Number(option('runs', '5'));
const runs10 = Number(option('runs-10mb', '1'));
const seed = Number(option('seed', '1'));
const timeout = Number(option('timeout-min', '30')) * 60_000;
const skipBaselines10 = flag('skip-baselines-10mb');
/** Warm-up runs in each process (default: by size, see task.ts). */
const warmups = process.argv.includes('--warmups') ? Number(option('warmups', '0')) : undefined;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const log = (line: string) => process.stderr.write(`${line}\n`);

async function bundleTask(): Promise<string> {
  const outfile = join(RESULTS, '.build', 'task.mjs');
  await build({
    entryPoints: [join(ROOT, 'bench', 'task.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['markdownlint', 'markdownlint/*'],
    // CommonJS dependencies call require(): give the ES module bundle one.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  return outfile;
}

function runProcess(
  args: string[],
  nodeFlags: string[] = [],
): { ok: true; result: TaskResult } | { ok: false; error: string } {
  const child = spawnSync(process.execPath, [...nodeFlags, ...args], {
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (child.error)
    return {
      ok: false,
      error: (child.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' ? 'timeout' : child.error.message,
    };
  if (child.status !== 0)
    return { ok: false, error: (child.stderr || `exit ${child.status}`).trim().split('\n').slice(-3).join(' ') };
  return { ok: true, result: JSON.parse(child.stdout.trim().split('\n').at(-1)!) as TaskResult };
}

interface Figure {
  /** Median over processes of each process's median, in ms (wall clock and CPU). */
  ms?: number;
  cpuMs?: number;
  peakMB?: number;
  runs: number;
  error?: string;
  /** Characters parsed again per re-check. */
  reparsed?: number;
  pieces?: number;
}

interface SizeRow {
  size: string;
  chars: number;
  figures: Partial<Record<Task, Figure>>;
  /** At 10 MB: the full check again with V8's heap capped, as a worker's `resourceLimits` would. */
  capped?: Figure & { heapMB: number };
}

/** The heap cap of the capped 10 MB check, in MB. */
const HEAP_CAP_MB = 288;

async function draftsAndTasks(task: string): Promise<SizeRow[]> {
  mkdirSync(join(RESULTS, 'drafts'), { recursive: true });
  const rows: SizeRow[] = [];
  for (const size of sizes) {
    if (!(size in SIZES)) throw new Error(`unknown size ${size}: use ${Object.keys(SIZES).join(', ')}`);
    const file = join(RESULTS, 'drafts', `${size}-seed${seed}.md`);
    const text = generateDraft({ size: SIZES[size], seed });
    writeFileSync(file, text);
    const big = SIZES[size] >= 10_000_000;
    const count = big ? runs10 : runs;
    const iterations = SIZES[size] <= 300_000 ? 3 : 1;
    const samples: Partial<Record<Task, TaskResult[]>> = {};
    const errors: Partial<Record<Task, string>> = {};
    for (let run = 0; run < count; run++) {
      for (const name of TASKS) {
        if (errors[name]) continue;
        if (big && skipBaselines10 && (name === 'parse' || name === 'markdownlint')) continue;
        log(`${size} ${name} run ${run + 1}/${count}…`);
        const outcome = runProcess([
          task,
          name,
          file,
          String(iterations),
          ...(warmups === undefined ? [] : [String(warmups)]),
        ]);
        if (outcome.ok) (samples[name] ??= []).push(outcome.result);
        else errors[name] = outcome.error;
      }
    }
    const figures: Partial<Record<Task, Figure>> = {};
    for (const name of TASKS) {
      const list = samples[name] ?? [];
      if (list.length === 0) {
        if (errors[name]) figures[name] = { runs: 0, error: errors[name] };
        continue;
      }
      figures[name] = {
        ms: median(list.map((r) => median(r.wall))),
        cpuMs: median(list.map((r) => median(r.cpu))),
        peakMB: median(list.map((r) => r.peakMB)),
        runs: list.length,
        error: errors[name],
        reparsed: list[0].reparsed ? median(list.flatMap((r) => r.reparsed!)) : undefined,
        pieces: list[0].pieces,
      };
    }
    const row: SizeRow = { size, chars: text.length, figures };
    if (big) {
      log(`${size} check with the heap capped at ${HEAP_CAP_MB} MB…`);
      const outcome = runProcess([task, 'check', file, '1'], [`--max-old-space-size=${HEAP_CAP_MB}`]);
      row.capped = outcome.ok
        ? {
            ms: median(outcome.result.wall),
            cpuMs: median(outcome.result.cpu),
            peakMB: outcome.result.peakMB,
            runs: 1,
            heapMB: HEAP_CAP_MB,
          }
        : { runs: 0, error: outcome.error, heapMB: HEAP_CAP_MB };
    }
    rows.push(row);
  }
  return rows;
}

interface Activation {
  bundle: string;
  /** Whole processes: `node -e ''` and the one that activates. */
  bareNodeMs: number;
  activateMs: number;
  addedMs: number;
  /** Inside the activating process: require() of the bundle, and activate(). */
  requireMs: number;
  activateCallMs: number;
  activated: boolean;
  runs: number;
}

/** Copies of dist/ taken when the run starts: a build running meanwhile cannot change what is measured. */
const SNAPSHOT = join(RESULTS, '.build', 'dist');
const BUNDLES = ['extension.cjs', 'engine.cjs', 'worker.cjs', 'cli.cjs', 'remark.mjs'];
/** When each bundle is loaded (printed with its size): activation loads extension.cjs alone. */
const LOADED: Record<string, string> = {
  'extension.cjs': 'loaded at activation',
  'engine.cjs': 'the checker: loaded on the first check, on the host thread or in the worker',
  'worker.cjs': 'started for the first check of a draft over 100,000 chars: a worker thread that loads engine.cjs',
  'cli.cjs': 'the CLI',
  'remark.mjs': 'the remark plugin',
};

function snapshotBundles(): void {
  rmSync(SNAPSHOT, { recursive: true, force: true });
  mkdirSync(SNAPSHOT, { recursive: true });
  for (const name of BUNDLES)
    if (existsSync(join(ROOT, 'dist', name))) copyFileSync(join(ROOT, 'dist', name), join(SNAPSHOT, name));
}

function activation(): Activation | { skipped: string } {
  const bundle = join(SNAPSHOT, 'extension.cjs');
  if (!existsSync(bundle))
    return { skipped: 'dist/extension.cjs does not exist: build it with node esbuild.mjs --production' };
  const time = (args: string[]) => {
    const start = process.hrtime.bigint();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
    return { ms: Number(process.hrtime.bigint() - start) / 1e6, out: child.stdout };
  };
  const bare: number[] = [];
  const active: number[] = [];
  const requires: number[] = [];
  const calls: number[] = [];
  let activated = true;
  const count = Math.max(10, runs * 2);
  for (let i = 0; i < count; i++) {
    bare.push(time(['-e', '']).ms);
    const run = time([join(ROOT, 'bench', 'activate.cjs'), bundle, ROOT]);
    active.push(run.ms);
    const [word, json] = run.out.trim().split(' ');
    activated &&= word === 'activated';
    const inside = JSON.parse(json ?? '{}') as { requireMs?: number; activateMs?: number };
    requires.push(inside.requireMs ?? NaN);
    calls.push(inside.activateMs ?? NaN);
  }
  const bareNodeMs = median(bare);
  const activateMs = median(active);
  return {
    bundle: 'dist/extension.cjs',
    bareNodeMs,
    activateMs,
    addedMs: activateMs - bareNodeMs,
    requireMs: median(requires),
    activateCallMs: median(calls),
    activated,
    runs: count,
  };
}

function bundleSizes(): { file: string; bytes: number; gzipBytes: number; minified: boolean }[] {
  return BUNDLES.map((name) => join(SNAPSHOT, name))
    .filter((file) => existsSync(file))
    .map((file) => {
      const content = readFileSync(file);
      // esbuild's minified output has very long lines.
      const lines = content.toString('utf8').split('\n').length;
      return {
        file: `dist/${file.split('/').at(-1)}`,
        bytes: statSync(file).size,
        gzipBytes: gzipSync(content).length,
        minified: content.length / lines > 500,
      };
    });
}

const fmtMs = (ms: number | undefined) =>
  ms === undefined
    ? '—'
    : ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 100
        ? `${ms.toFixed(0)} ms`
        : `${ms.toFixed(1)} ms`;
const ratio = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '—' : `${(a / b).toFixed(2)}×`;
const pct = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? '—' : `${((a / b) * 100).toFixed(1)} %`;
/** Wall-clock ratio, and in brackets the ratio of CPU times (steadier on a shared machine). */
const ratios = (a: Figure | undefined, b: Figure | undefined, format = ratio) =>
  a?.ms === undefined || b?.ms === undefined ? '—' : `${format(a.ms, b.ms)} (${format(a.cpuMs, b.cpuMs)})`;
const cell = (figure: Figure | undefined) =>
  figure?.ms !== undefined ? fmtMs(figure.ms) : figure?.error ? `(${figure.error.slice(0, 20)})` : '—';

function table(header: string[], body: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  snapshotBundles();
  const task = await bundleTask();
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((l) => Number(l.toFixed(2))),
  };
  log(
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`,
  );
  const cli = throughputOptions([...process.argv, '--cli', join(SNAPSHOT, 'cli.cjs')]);
  if (flag('throughput-only')) {
    const result = throughput(cli, log);
    writeFileSync(
      join(RESULTS, 'throughput.json'),
      `${JSON.stringify({ date: new Date().toISOString(), machine, loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))), throughput: result }, null, 2)}\n`,
    );
    process.stdout.write(
      `${throughputReport(result).join('\n')}\n\nWritten to ${join('bench', 'results', 'throughput.json')}.\n`,
    );
    return;
  }
  const rows = await draftsAndTasks(task);
  log('activation…');
  const active = activation();
  log('lookups…');
  const lookups = runProcess([task, 'lookups', '10000']);
  const bundles = bundleSizes();
  let cliThroughput: ThroughputResult | { error: string } | undefined;
  if (!flag('skip-throughput')) {
    try {
      cliThroughput = throughput(cli, log);
    } catch (error) {
      cliThroughput = { error: (error as Error).message };
    }
  }
  const results = {
    date: new Date().toISOString(),
    machine,
    loadAverageAtEnd: loadavg().map((l) => Number(l.toFixed(2))),
    seed,
    rows,
    activation: active,
    bundles,
    lookups: lookups.ok ? lookups.result : { error: lookups.error },
    throughput: cliThroughput,
  };
  writeFileSync(join(RESULTS, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const out: string[] = [];
  out.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node} (load average ${machine.loadAverageAtStart[0]} at start, ${results.loadAverageAtEnd[0]} at end)`,
  );
  out.push(
    `Medians of ${runs} processes (${runs10} at 10 MB); wall clock, ratios of CPU times in brackets. Drafts generated with seed ${seed}.`,
    '',
  );
  out.push(
    table(
      [
        'draft',
        'bare parse',
        'check',
        'check / parse',
        're-check (1 char)',
        're-check / check',
        'markdownlint',
        'check / markdownlint',
        'peak MB (parse · check · markdownlint)',
      ],
      rows.map((row) => {
        const f = row.figures;
        return [
          `${row.size} (${row.chars.toLocaleString('en')} chars)`,
          cell(f.parse),
          cell(f.check),
          ratios(f.check, f.parse),
          cell(f.recheck),
          ratios(f.recheck, f.check, pct),
          cell(f.markdownlint),
          ratios(f.check, f.markdownlint),
          [f.parse, f.check, f.markdownlint].map((x) => (x?.peakMB ? x.peakMB.toFixed(0) : '—')).join(' · '),
        ];
      }),
    ),
  );
  for (const row of rows) {
    if (!row.capped) continue;
    out.push(
      '',
      row.capped.ms === undefined
        ? `${row.size} check with V8's heap capped at ${row.capped.heapMB} MB: ${row.capped.error}.`
        : `${row.size} check with V8's heap capped at ${row.capped.heapMB} MB (--max-old-space-size, as a worker's resourceLimits would): ${fmtMs(row.capped.ms)}, peak ${row.capped.peakMB!.toFixed(0)} MB.`,
    );
  }
  const perMB = (row: SizeRow | undefined, task: Task) =>
    row?.figures[task]?.ms === undefined ? undefined : row.figures[task]!.ms! / (row.chars / 1e6);
  const small = rows.find((row) => row.size === '100KB');
  const large = rows.find((row) => row.size === '10MB') ?? rows.at(-1);
  out.push('');
  out.push(
    table(
      ['growth (time per MB)', `at ${small?.size ?? '—'}`, `at ${large?.size ?? '—'}`, 'ratio'],
      (['parse', 'check', 'markdownlint'] as const).map((name) => [
        name,
        fmtMs(perMB(small, name)),
        fmtMs(perMB(large, name)),
        ratio(perMB(large, name), perMB(small, name)),
      ]),
    ),
  );
  out.push('');
  if ('skipped' in active) out.push(`Activation: skipped (${active.skipped}).`);
  else
    out.push(
      `Activation (${active.bundle}, stub vscode, ${active.runs} processes): node -e '' ${fmtMs(active.bareNodeMs)}, with activate() ${fmtMs(active.activateMs)}: adds ${fmtMs(active.addedMs)} (require of the bundle ${fmtMs(active.requireMs)}, activate() ${fmtMs(active.activateCallMs)})${active.activated ? '' : ' (activate() did not return its API)'}.`,
    );
  out.push(
    `Bundles: ${bundles.map((b) => `${b.file} ${(b.bytes / 1024).toFixed(0)} KB (gzip ${(b.gzipBytes / 1024).toFixed(0)} KB${b.minified ? '' : ', not minified'}; ${LOADED[b.file.slice('dist/'.length)]})`).join(', ')}.`,
  );
  if (lookups.ok) {
    const l = lookups.result as unknown as { claims: number; claim: { p95: number } } & Record<
      'hover' | 'completion' | 'completionFirst',
      { p50: number; p95: number }
    >;
    out.push(
      `Lookups with ${l.claims} claims (p50 / p95): kb.claim ${l.claim.p95.toFixed(4)} ms p95; hover ${l.hover.p50.toFixed(3)} / ${l.hover.p95.toFixed(3)} ms; completion request ${l.completion.p50.toFixed(3)} / ${l.completion.p95.toFixed(3)} ms (the first for a knowledge base, which makes the items: ${l.completionFirst.p50.toFixed(1)} / ${l.completionFirst.p95.toFixed(1)} ms).`,
    );
  } else out.push(`Lookups: ${lookups.error}`);
  if (cliThroughput)
    out.push(
      '',
      ...('error' in cliThroughput ? [`Throughput: ${cliThroughput.error}`] : throughputReport(cliThroughput)),
    );
  out.push('', `Written to ${join('bench', 'results', 'results.json')}.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

await main();
