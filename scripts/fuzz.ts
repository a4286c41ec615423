/**
 * `npm run fuzz [-- --runs 100000 --seed 42 --jobs 2]`: the property tests' properties on many more
 * random drafts (one quick fix of each), spread over child processes (one per CPU). Prints how many drafts ran and, for
 * a failure, the shrunk draft, which it also saves as test/fixtures/regressions/<hash>.md (the regression test then
 * checks it on every `npm test`). Exit code 1 when a property failed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { allProperties } from '../test/support/draft-properties.js';
import { markdownDraft } from '../test/support/markdown-arbitrary.js';

interface Job {
  seed: number;
  runs: number;
}

interface Outcome {
  seed: number;
  ran: number;
  failure?: { draft: string; error: string; path: string };
}

const REGRESSIONS = join(import.meta.dirname, '..', 'test', 'fixtures', 'regressions');

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = inline ? inline.slice(name.length + 3) : at >= 0 ? process.argv[at + 1] : undefined;
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new Error(`--${name} takes a whole number, not "${value}"`);
  return number;
}

/** Runs one share of the drafts; reports progress to the main thread. */
function fuzz(job: Job, progress: (ran: number) => void): Outcome {
  let ran = 0;
  const details = fc.check(
    // One quick fix per draft (chosen at random, shrunk like the draft): every fix of every draft
    // would cost five times as much, and the unit tests try them all.
    fc.property(markdownDraft, fc.nat(), (text, fix) => {
      ran++;
      if (ran % 1000 === 0) progress(1000);
      allProperties(text, fix);
    }),
    { seed: job.seed, numRuns: job.runs, endOnFailure: false },
  );
  progress(ran % 1000);
  if (!details.failed || !details.counterexample) return { seed: job.seed, ran: details.numRuns };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return {
    seed: job.seed,
    ran: details.numRuns,
    failure: { draft: details.counterexample[0] as string, error, path: details.counterexamplePath ?? '' },
  };
}

async function main(): Promise<number> {
  const runs = option('runs', 100_000);
  const seed = option('seed', Date.now() % 2 ** 31);
  const jobs = Math.max(1, Math.min(option('jobs', availableParallelism()), runs || 1));
  const started = Date.now();
  console.log(`fuzz: ${runs} drafts, seed ${seed}, ${jobs} worker${jobs === 1 ? '' : 's'}`);
  let done = 0;
  let lastShown = 0;
  const onProgress = (count: number) => {
    done += count;
    if (done - lastShown >= 10_000) {
      lastShown = done;
      console.log(`  ${done} drafts, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  };
  const shares = Array.from({ length: jobs }, (_, i) => ({
    seed: seed + i,
    runs: Math.floor(runs / jobs) + (i < runs % jobs ? 1 : 0),
  }));
  const outcomes = await Promise.all(
    shares.map(
      (share) =>
        new Promise<Outcome>((resolve, reject) => {
          const child = fork(fileURLToPath(import.meta.url), [], {
            execArgv: ['--import', 'tsx'],
            env: { ...process.env, PILLARS_FUZZ_JOB: JSON.stringify(share) },
          });
          child.on('message', (message: { progress?: number; outcome?: Outcome }) => {
            if (message.progress) onProgress(message.progress);
            if (message.outcome) resolve(message.outcome);
          });
          child.on('error', reject);
          child.on(
            'exit',
            (code) => code !== 0 && reject(new Error(`fuzzing with seed ${share.seed} stopped with exit code ${code}`)),
          );
        }),
    ),
  );
  const ran = outcomes.reduce((sum, outcome) => sum + outcome.ran, 0);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const failures = outcomes.filter((outcome) => outcome.failure);
  console.log(
    `fuzz: ${ran} drafts ran in ${seconds} s (seed ${seed}), ${failures.length ? `${failures.length} failed` : 'every property held'}`,
  );
  for (const { seed: failedSeed, failure } of failures) {
    const draft = failure!.draft;
    const name = `${createHash('sha256').update(draft).digest('hex').slice(0, 12)}.md`;
    mkdirSync(REGRESSIONS, { recursive: true });
    writeFileSync(join(REGRESSIONS, name), draft);
    console.log(
      `\nproperty failed (seed ${failedSeed}, path ${failure!.path}); shrunk draft, saved as test/fixtures/regressions/${name}:`,
    );
    console.log(JSON.stringify(draft));
    console.log(failure!.error);
  }
  return failures.length ? 1 : 0;
}

const job = process.env.PILLARS_FUZZ_JOB;
if (job === undefined) {
  process.exitCode = await main();
} else {
  const send = (message: object) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
  const outcome = fuzz(JSON.parse(job) as Job, (progress) => void process.send!({ progress }));
  await send({ outcome });
  process.disconnect();
}
