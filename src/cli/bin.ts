import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { serveChecks, TimedChecker } from './check-worker.js';
import { runCli } from './main.js';

if (isMainThread) {
  // The same bundle, started again as a worker thread, checks each draft: it can be stopped at the time limit.
  const checker = new TimedChecker(typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url));
  const color = process.stdout.isTTY === true && !('NO_COLOR' in process.env);
  runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    readStdin: () => readFileSync(0, 'utf8'),
    cwd: process.cwd(),
    color,
    check: (text, path, timeoutMs) => checker.check(text, path, timeoutMs),
  }).then((code) => {
    checker.dispose();
    process.exitCode = code;
  });
} else {
  serveChecks();
}
