import { fstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { CheckerPool, serveChecks, TimedChecker } from './check-worker.js';
import { runCli } from './main.js';

if (isMainThread) {
  // The judgement's patterns are long alternations, each matched on many sentences of a draft. V8 first interprets a
  // pattern and compiles it to machine code on its second use: compiling once, at the first use, spares the process
  // the interpreted compile of every pattern, a third of the wall time of checking one 20 KB draft (README,
  // Performance). The flag is the process's, so the worker threads have it too; the extension host is left alone.
  setFlagsFromString('--no-regexp-tier-up');
  // The same bundle, started again as worker threads, checks the drafts (one per core at once): each can be
  // stopped at the time limit. A worker starts only when a draft is waiting for one.
  const script = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const jobs = availableParallelism();
  const checker = new CheckerPool(() => new TimedChecker(script), jobs);
  const argv = process.argv.slice(2);
  // A check needs a worker: it loads while the CLI reads its configuration and expands the file set.
  if (argv[0] === 'check' || argv[0] === 'report') checker.warm();
  // FORCE_COLOR (as chalk and Node read it: any value but 0 or false) wins over NO_COLOR and the terminal check.
  const force = process.env.FORCE_COLOR;
  const color =
    force !== undefined && force !== ''
      ? force !== '0' && force !== 'false'
      : process.stdout.isTTY === true && !('NO_COLOR' in process.env);
  const stdinPiped = (() => {
    try {
      const stats = fstatSync(0);
      return stats.isFIFO() || stats.isSocket() || stats.isFile();
    } catch {
      return false;
    }
  })();
  runCli(argv, {
    stdout: (text) => process.stdout.write(`${text}\n`),
    write: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: () => readFileSync(0, 'utf8'),
    stdinPiped,
    cwd: process.cwd(),
    color,
    columns: process.stdout.isTTY && process.stdout.columns ? process.stdout.columns : 100,
    check: (request, timeoutMs, workers) => {
      checker.size = workers;
      return checker.check(request, timeoutMs);
    },
    jobs,
  }).then((code) => {
    checker.dispose();
    process.exitCode = code;
  });
} else {
  serveChecks();
}
