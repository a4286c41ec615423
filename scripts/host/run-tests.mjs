// Runs test/host/suite in a real VS Code workbench (code-server + headless chromium) and exits with the
// suite's code. Unless interrupted, the last line is `host: …`, e.g. `host: 3 passed, 0 failed`.
//   node scripts/host/run-tests.mjs [--workspace DIR] [--vsix FILE] [--extension DIR] [--grep RE]
//                                   [--timeout SECONDS] [--keep] [--verbose]
// Exit codes: 0 passed, 1 tests failed, 2 runner error, 3 prerequisites missing (not run), 4 timed out.
import fs from 'node:fs';
import path from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  EXIT,
  HOST_DIR,
  REPO_ROOT,
  SUITE_INDEX,
  HostError,
  createCleanup,
  launchBrowser,
  log,
  runMain,
  startWorkbench,
  withDeadline,
} from './lib.mjs';
import { hostReady } from './setup.mjs';

const LAST_RUN_DIR = path.join(HOST_DIR, 'last-run');
const SUITE_START = '[host suite] start'; // printed by test/host/suite/index.cjs
const ANSI = /\u001b\[[0-9;]*m/g;

function readOptions() {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      vsix: { type: 'string' },
      extension: { type: 'string', default: REPO_ROOT },
      grep: { type: 'string' },
      timeout: { type: 'string', default: '240' },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (values.vsix && !fs.existsSync(values.vsix)) throw new HostError(`no such .vsix: ${values.vsix}`);
  return { ...values, timeoutMs: Number(values.timeout) * 1000 };
}

async function main() {
  const options = readOptions();
  if (!(await hostReady())) return EXIT.prerequisites;
  fs.rmSync(LAST_RUN_DIR, { recursive: true, force: true });
  const cleanup = createCleanup();
  const tally = createTally();
  const run = { tally, output: createSuiteOutput(tally, options.verbose), page: undefined, workbench: undefined };
  try {
    const code = await withDeadline(runSuite(options, cleanup, run), options.timeoutMs, 'the host suite');
    if (code !== 0) await saveDiagnostics(run, `suite exited with code ${code}`);
    printSummary(run, code);
    return code === 0 && run.tally.failed > 0 ? EXIT.failed : code;
  } catch (error) {
    if (cleanup.interrupted) return EXIT.error;
    await saveDiagnostics(run, error.message);
    return reportFailure(error, options, run);
  } finally {
    await cleanup.run();
  }
}

async function runSuite(options, cleanup, run) {
  // The extension host inherits code-server's environment; that is how these reach the suite.
  const env = {};
  if (options.grep) env.PILLARS_HOST_GREP = options.grep;
  if (options.vsix) env.PILLARS_HOST_VSIX = path.resolve(options.vsix);
  run.workbench = await startWorkbench(cleanup, { ...options, tests: true, env });
  log(
    `code-server ${run.workbench.server.origin}, workspace ${run.workbench.folder}` +
      (options.vsix ? `, testing ${path.basename(options.vsix)}` : `, extension ${options.extension}`),
  );
  const { browser, page } = await launchBrowser(cleanup);
  run.page = page;
  let settle;
  const exited = new Promise((resolve, reject) => (settle = { resolve, reject }));
  exited.catch(() => {}); // awaited below; this only keeps an early failure from being an unhandled rejection
  browser.once('disconnected', () => settle.reject(new HostError('chromium went away before the suite finished')));
  run.workbench.server.child.once('exit', (code) =>
    settle.reject(new HostError(`code-server exited (${code}) mid-run`)),
  );
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => run.output.write(args));
  await page.goto(run.workbench.url([['extensionTestsPath', run.workbench.server.remote(SUITE_INDEX)]]));
  log('workbench loaded; suite output follows');
  return Number(await exited);
}

/**
 * The workbench forwards its whole console, startup chatter included. Lines before the suite's start marker
 * are only kept (shown with --verbose, or when the suite never starts); everything after is shown.
 */
function createSuiteOutput(tally, verbose) {
  const transcript = [];
  let started = false;
  return {
    transcript,
    get started() {
      return started;
    },
    write(args) {
      // mocha in the extension host colours its report whenever CI is set, whatever the suite asks for.
      const text = format(...(Array.isArray(args) ? args : [args])).replace(ANSI, '');
      for (const line of text.split('\n')) {
        transcript.push(line);
        if (line.includes(SUITE_START)) started = true;
        else if (started || verbose) console.log(line);
        if (started) tally.feed(line);
      }
    },
  };
}

/** Counts from mocha's closing lines ("  3 passing (25ms)", "  1 failing"). */
function createTally() {
  return {
    passed: 0,
    failed: 0,
    reported: false,
    feed(line) {
      const match = /^\s*(\d+) (passing|failing)\b/.exec(line);
      if (!match) return;
      this.reported = true;
      if (match[2] === 'passing') this.passed = Number(match[1]);
      else this.failed = Number(match[1]);
    },
  };
}

function printSummary(run, code) {
  if (!run.output.started) console.log(run.output.transcript.slice(-40).join('\n'));
  if (!run.tally.reported)
    log(`the suite exited with code ${code} before mocha reported a result; see ${LAST_RUN_DIR}`);
  console.log(`host: ${run.tally.passed} passed, ${run.tally.failed} failed`);
}

function reportFailure(error, options, run) {
  const timedOut = error.exitCode === EXIT.timeout;
  console.error(error instanceof HostError ? error.message : error);
  console.error(`${timedOut ? 'raise the limit with --timeout SECONDS; ' : ''}diagnostics in ${LAST_RUN_DIR}`);
  const soFar = `${run.tally.passed} passed, ${run.tally.failed} failed so far`;
  console.log(timedOut ? `host: timed out after ${options.timeout} s (${soFar})` : `host: runner error (${soFar})`);
  return timedOut ? EXIT.timeout : EXIT.error;
}

/** Keeps a screenshot and the server and extension-host logs of a bad run; the temp dirs themselves are removed. */
async function saveDiagnostics(run, reason) {
  try {
    fs.mkdirSync(LAST_RUN_DIR, { recursive: true });
    fs.writeFileSync(path.join(LAST_RUN_DIR, 'reason.txt'), `${reason}\n`);
    fs.writeFileSync(path.join(LAST_RUN_DIR, 'workbench-console.log'), `${run.output.transcript.join('\n')}\n`);
    if (run.workbench) {
      fs.copyFileSync(run.workbench.server.logFile, path.join(LAST_RUN_DIR, 'code-server.log'));
      const logs = path.join(run.workbench.tmp, 'user-data', 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(LAST_RUN_DIR, 'logs'), { recursive: true });
    }
    await run.page?.screenshot({ path: path.join(LAST_RUN_DIR, 'workbench.png'), timeout: 5000 });
  } catch (error) {
    log(`could not save all diagnostics: ${error.message}`);
  }
}

runMain(main);
