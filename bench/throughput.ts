/**
 * Throughput of the CLI on a folder of drafts, against markdownlint-cli2 with its default rules on the same folder:
 * wall time of whole processes, as a CI job sees them. `npm run bench` runs it after the per-draft figures
 * (`--skip-throughput` leaves it out); `tsx bench/throughput.ts` runs it alone. Figures only: it never fails on a
 * target (≤ 0.3× markdownlint-cli2's time, issue 13).
 *
 * Options: --throughput-drafts 300  --throughput-kb 20  --throughput-runs 3 (processes per figure, alternated)
 * --cli FILE (default dist/cli.cjs).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateDraft } from './generate.js';

const ROOT = join(import.meta.dirname, '..');
const MARKDOWNLINT_CLI2 = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');

export interface ThroughputOptions {
  drafts: number;
  /** Size of each draft, in KB of characters (1 KB = 1000). */
  kb: number;
  runs: number;
  /** The CLI bundle to run. */
  cli: string;
}

export interface ThroughputFigure {
  name: string;
  command: string;
  /** Median wall time of the processes, in ms, and each process's. */
  ms: number;
  samples: number[];
  /**
   * Median CPU time (user and system, all threads) of the processes, in ms, and each process's: less swayed by
   * other work on a shared machine than the wall time. Linux only (/proc); undefined elsewhere.
   */
  cpuMs?: number;
  cpuSamples?: number[];
  /** The exit code of the last process (pillars: 1, the generated drafts have findings). */
  status: number | null;
}

export interface ThroughputResult {
  drafts: number;
  kb: number;
  cores: number;
  figures: ThroughputFigure[];
  /** pillars check (one worker per core) / markdownlint-cli2. */
  ratio: number;
  /** pillars check with one worker / markdownlint-cli2: the CLI before the pool. */
  ratioOneWorker: number;
  /** The 1-minute load average before the first process and after the last: other work on the machine. */
  load: [number, number];
}

/** CPU time of this process's children that have ended (Linux: /proc/self/stat's cutime and cstime), in ms. */
function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name, which is in brackets and may hold spaces: cutime and cstime are fields 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Runs each command `runs` times, alternating them so that a change of load falls on all alike. */
export function throughput(options: ThroughputOptions, log: (line: string) => void = () => {}): ThroughputResult {
  // Outside the repository: its .gitignore (bench/results/) would leave the drafts out of pillars check.
  const dir = mkdtempSync(join(tmpdir(), 'pillars-throughput-'));
  try {
    const folder = join(dir, 'drafts');
    mkdirSync(folder);
    for (let i = 1; i <= options.drafts; i++)
      writeFileSync(
        join(folder, `draft-${String(i).padStart(4, '0')}.md`),
        generateDraft({ size: options.kb * 1000, seed: i }),
      );
    const commands = [
      {
        name: 'pillars check',
        args: [options.cli, 'check', 'drafts', '--format', 'json', '--output', join(dir, 'report.json')],
      },
      {
        name: 'pillars check --jobs 1',
        args: [options.cli, 'check', 'drafts', '--jobs', '1', '--format', 'json', '--output', join(dir, 'report.json')],
      },
      // Its default rules: no configuration file in the folder or above it (the temporary folder).
      { name: 'markdownlint-cli2', args: [MARKDOWNLINT_CLI2, 'drafts/**/*.md'] },
    ];
    const samples = commands.map(() => [] as number[]);
    const cpuSamples = commands.map(() => [] as number[]);
    const loadBefore = loadavg()[0];
    const statuses: (number | null)[] = commands.map(() => null);
    for (let run = 0; run < options.runs; run++) {
      commands.forEach((command, i) => {
        log(`throughput: ${command.name}, run ${run + 1}/${options.runs}…`);
        const cpuBefore = childrenCpuMs();
        const start = process.hrtime.bigint();
        const child = spawnSync(process.execPath, command.args, {
          cwd: dir,
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
          maxBuffer: 512 * 1024 * 1024,
          env: { ...process.env, NO_COLOR: '1' },
        });
        samples[i].push(Number(process.hrtime.bigint() - start) / 1e6);
        const cpuAfter = childrenCpuMs();
        if (cpuBefore !== undefined && cpuAfter !== undefined) cpuSamples[i].push(cpuAfter - cpuBefore);
        statuses[i] = child.status;
        if (child.status === null || child.status > 1)
          throw new Error(
            `${command.name} failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-3).join(' ')}`,
          );
      });
    }
    const figures = commands.map((command, i) => ({
      name: command.name,
      command: `node ${command.args.map((arg) => arg.replace(dir, '$TMP').replace(ROOT, '.')).join(' ')}`,
      ms: median(samples[i]),
      samples: samples[i],
      ...(cpuSamples[i].length === samples[i].length
        ? { cpuMs: median(cpuSamples[i]), cpuSamples: cpuSamples[i] }
        : {}),
      status: statuses[i],
    }));
    const [pooled, single, markdownlint] = figures;
    const load: [number, number] = [Number(loadBefore.toFixed(2)), Number(loadavg()[0].toFixed(2))];
    return {
      drafts: options.drafts,
      kb: options.kb,
      cores: availableParallelism(),
      figures,
      ratio: pooled.ms / markdownlint.ms,
      ratioOneWorker: single.ms / markdownlint.ms,
      load,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The figures as lines for the benchmark's report. */
export function throughputReport(result: ThroughputResult): string[] {
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const cpu = (figure: ThroughputFigure) =>
    figure.cpuMs === undefined ? '' : `  CPU ${fmt(figure.cpuMs)} (${figure.cpuSamples!.map(fmt).join(', ')})`;
  return [
    `Throughput: ${result.drafts} generated drafts of ${result.kb} KB in one folder, whole processes, medians of ${result.figures[0].samples.length} (${result.cores} cores; load average ${result.load[0]} before, ${result.load[1]} after):`,
    ...result.figures.map(
      (figure) =>
        `  ${figure.name.padEnd(24)} ${fmt(figure.ms).padStart(8)}  (${figure.samples.map(fmt).join(', ')})${cpu(figure)}`,
    ),
    `  pillars check / markdownlint-cli2: ${result.ratio.toFixed(2)}× (target ≤ 0.30×); with one worker ${result.ratioOneWorker.toFixed(2)}×.`,
  ];
}

/** The options from the command line (shared with bench/run.ts). */
export function throughputOptions(argv: readonly string[]): ThroughputOptions {
  const option = (name: string, fallback: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 && at + 1 < argv.length ? argv[at + 1] : fallback;
  };
  return {
    drafts: Number(option('throughput-drafts', '300')),
    kb: Number(option('throughput-kb', '20')),
    runs: Number(option('throughput-runs', '3')),
    cli: option('cli', join(ROOT, 'dist', 'cli.cjs')),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = throughput(throughputOptions(process.argv), (line) => process.stderr.write(`${line}\n`));
  process.stdout.write(`${throughputReport(result).join('\n')}\n`);
}
