// Runs the host suite in the web worker extension host of a real workbench (code-server + headless chromium),
// against the packaged .vsix's browser build (dist/web.cjs): the suite (test/web/index.cjs, which takes the host
// suite's files that apply in a browser) is bundled for the browser into a small harness extension, also a web
// one, and the user setting `remote.extensionKind` puts both in the web worker (code-server otherwise runs a dual
// package's Node build). ../shared/WEB-HOST.md has why each step is as it is. The last line is `host: …`.
//   node scripts/host/web-run-tests.mjs [--vsix FILE] [--grep RE] [--timeout SECONDS] [--keep] [--verbose]
// Exit codes: 0 passed, 1 tests failed, 2 runner error, 3 prerequisites missing (not run), 4 timed out.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXIT, REPO_ROOT, HostError, createCleanup, log, runMain, withDeadline } from './lib.mjs';
import { hostReady } from './setup.mjs';
import { runInWebHost } from './web-lib.mjs';

const SUITE_ENTRY = path.join(REPO_ROOT, 'test', 'web', 'index.cjs');
const SUITE_START = '[host suite] start';

function readOptions() {
  const { values } = parseArgs({
    options: {
      vsix: { type: 'string', default: path.join(REPO_ROOT, 'cooperation-pillars.vsix') },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '300' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (!fs.existsSync(values.vsix)) throw new HostError(`no such .vsix: ${values.vsix} (npm run package writes it)`);
  return { ...values, timeoutMs: Number(values.timeout) * 1000 };
}

async function main() {
  const options = readOptions();
  if (!(await hostReady())) return EXIT.prerequisites;
  const cleanup = createCleanup();
  const tally = { passed: 0, failed: 0, reported: false };
  try {
    const code = await withDeadline(runSuite(options, cleanup, tally), options.timeoutMs, 'the web host suite');
    if (!tally.reported) log(`the suite exited with code ${code} before mocha reported a result`);
    console.log(`host: ${tally.passed} passed, ${tally.failed} failed`);
    return code === 0 && tally.failed > 0 ? EXIT.failed : code;
  } catch (error) {
    if (cleanup.interrupted) return EXIT.error;
    console.error(error instanceof HostError ? error.message : error);
    const soFar = `${tally.passed} passed, ${tally.failed} failed so far`;
    console.log(
      error.exitCode === EXIT.timeout
        ? `host: timed out after ${options.timeout} s (${soFar})`
        : `host: runner error (${soFar})`,
    );
    return error.exitCode === EXIT.timeout ? EXIT.timeout : EXIT.error;
  } finally {
    await cleanup.run();
  }
}

async function runSuite(options, cleanup, tally) {
  let started = false;
  return runInWebHost(cleanup, {
    ...options,
    entry: SUITE_ENTRY,
    kind: 'web',
    onLine(line) {
      if (line.includes(SUITE_START)) started = true;
      else if (started || options.verbose) console.log(line);
      const match = started && /^\s*(\d+) (passing|failing)\b/.exec(line);
      if (match) {
        tally.reported = true;
        tally[match[2] === 'passing' ? 'passed' : 'failed'] = Number(match[1]);
      }
    },
  });
}

runMain(main);
