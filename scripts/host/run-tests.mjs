// Runs test/host/suite in a real VS Code workbench (code-server + headless chromium) and exits with the
// suite's code. Unless interrupted, the last line is `host: …`, e.g. `host: 3 passed, 0 failed`.
//   node scripts/host/run-tests.mjs [--workspace DIR] [--vsix FILE] [--extension DIR] [--grep RE]
//                                   [--restricted] [--timeout SECONDS] [--keep] [--verbose]
// --restricted runs test/host/restricted instead, with workspace trust on and its workspace (by default
// test/host/restricted-workspace) not trusted: Restricted Mode.
// A suite can ask what the page showed (notifications, which the API cannot list): it logs `[host ui] ID {…}`
// and the answer is written to ID.json in $PILLARS_HOST_UI_DIR (see answerUi).
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
  makeTempDir,
  runMain,
  startWorkbench,
  withDeadline,
} from './lib.mjs';
import { hostReady } from './setup.mjs';

const RESTRICTED = {
  suite: path.join(REPO_ROOT, 'test', 'host', 'restricted', 'index.cjs'),
  workspace: path.join(REPO_ROOT, 'test', 'host', 'restricted-workspace'),
};
const UI_REQUEST = /^\[host ui\] ([\w-]+) (\{.*\})$/; // logged by test/host/restricted/workbench-ui.cjs
const UI_WAIT_MS = 25_000;
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
      restricted: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  if (values.vsix && !fs.existsSync(values.vsix)) throw new HostError(`no such .vsix: ${values.vsix}`);
  const restricted = values.restricted
    ? { workspace: values.workspace ?? RESTRICTED.workspace, suiteIndex: RESTRICTED.suite, workspaceTrust: true }
    : { suiteIndex: SUITE_INDEX };
  return { ...values, ...restricted, timeoutMs: Number(values.timeout) * 1000 };
}

// A restricted run's diagnostics do not overwrite those of the run before it.
const lastRunDir = (options) => path.join(HOST_DIR, options.restricted ? 'last-run-restricted' : 'last-run');

async function main() {
  const options = readOptions();
  if (!(await hostReady())) return EXIT.prerequisites;
  fs.rmSync(lastRunDir(options), { recursive: true, force: true });
  const cleanup = createCleanup();
  const tally = createTally();
  const run = {
    tally,
    output: createSuiteOutput(tally, options.verbose),
    page: undefined,
    workbench: undefined,
    dir: lastRunDir(options),
  };
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
  const uiDir = makeTempDir(cleanup, 'ui');
  env.PILLARS_HOST_UI_DIR = uiDir;
  run.workbench = await startWorkbench(cleanup, { ...options, tests: true, env });
  log(
    `code-server ${run.workbench.server.origin}, workspace ${run.workbench.folder}` +
      (options.vsix ? `, testing ${path.basename(options.vsix)}` : `, extension ${options.extension}`) +
      (options.workspaceTrust ? ', workspace trust on (Restricted Mode)' : ''),
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
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const request = UI_REQUEST.exec(run.output.text(args).trim());
    if (request) void answerUi(page, uiDir, request[1], request[2]);
    else run.output.write(args);
  });
  await page.addInitScript(recordAnnouncements);
  await page.goto(run.workbench.url([['extensionTestsPath', run.workbench.server.remote(options.suiteIndex)]]));
  log('workbench loaded; suite output follows');
  return Number(await exited);
}

/**
 * Runs in the page before the workbench's own scripts. With the smoke-test driver (which the test payload needs)
 * the workbench shows no toasts, but it still announces each notification it shows to screen readers (its aria
 * alert, `Info: …`): recorded here in order, so a notification shown again is listed again.
 */
function recordAnnouncements() {
  const announced = [];
  window.__pillarsAnnounced = announced;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.target.classList?.contains('monaco-alert') && record.addedNodes.length > 0)
        announced.push([...record.addedNodes].map((node) => node.textContent).join(''));
    }
  }).observe(document, { childList: true, subtree: true });
}

/** The notification center's rows, when it is shown: each notification's message and buttons. */
function notificationCenter() {
  const text = (element) => element.textContent.trim();
  return [...document.querySelectorAll('.notifications-center .notification-list-item')].map((item) => ({
    message: text(item.querySelector('.notification-list-item-message')),
    buttons: [...item.querySelectorAll('.notification-list-item-buttons-container .monaco-button')].map(text),
  }));
}

/**
 * Answers a suite's question about the page: `{"query": "announced", "until": TEXT}` gets the announcements so far
 * (once one holding TEXT has been made, waiting at most UI_WAIT_MS); `{"query": "notifications"}` the notification
 * center's rows (the suite shows the center first). Written whole (a rename), so the suite never reads half an
 * answer; a question that cannot be answered gets `{ "error": … }`.
 */
async function answerUi(page, dir, id, json) {
  let answer;
  try {
    const { query, until } = JSON.parse(json);
    if (query === 'announced') {
      if (until)
        await page.waitForFunction((text) => window.__pillarsAnnounced.some((said) => said.includes(text)), until, {
          timeout: UI_WAIT_MS,
        });
      answer = { result: await page.evaluate(() => window.__pillarsAnnounced) };
    } else if (query === 'notifications') {
      answer = { result: await page.evaluate(notificationCenter) };
    } else {
      throw new Error(`unknown query ${query}`);
    }
  } catch (error) {
    answer = { error: error.message };
  }
  const file = path.join(dir, `${id}.json`);
  fs.writeFileSync(`${file}.part`, JSON.stringify(answer));
  fs.renameSync(`${file}.part`, file);
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
    /** A console message's text. */
    text(args) {
      // mocha in the extension host colours its report whenever CI is set, whatever the suite asks for.
      return format(...(Array.isArray(args) ? args : [args])).replace(ANSI, '');
    },
    write(args) {
      const text = this.text(args);
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
  if (!run.tally.reported) log(`the suite exited with code ${code} before mocha reported a result; see ${run.dir}`);
  console.log(`host: ${run.tally.passed} passed, ${run.tally.failed} failed`);
}

function reportFailure(error, options, run) {
  const timedOut = error.exitCode === EXIT.timeout;
  console.error(error instanceof HostError ? error.message : error);
  console.error(`${timedOut ? 'raise the limit with --timeout SECONDS; ' : ''}diagnostics in ${run.dir}`);
  const soFar = `${run.tally.passed} passed, ${run.tally.failed} failed so far`;
  console.log(timedOut ? `host: timed out after ${options.timeout} s (${soFar})` : `host: runner error (${soFar})`);
  return timedOut ? EXIT.timeout : EXIT.error;
}

/** Keeps a screenshot and the server and extension-host logs of a bad run; the temp dirs themselves are removed. */
async function saveDiagnostics(run, reason) {
  try {
    fs.mkdirSync(run.dir, { recursive: true });
    fs.writeFileSync(path.join(run.dir, 'reason.txt'), `${reason}\n`);
    fs.writeFileSync(path.join(run.dir, 'workbench-console.log'), `${run.output.transcript.join('\n')}\n`);
    if (run.workbench) {
      fs.copyFileSync(run.workbench.server.logFile, path.join(run.dir, 'code-server.log'));
      const logs = path.join(run.workbench.tmp, 'user-data', 'logs');
      if (fs.existsSync(logs)) fs.cpSync(logs, path.join(run.dir, 'logs'), { recursive: true });
    }
    await run.page?.screenshot({ path: path.join(run.dir, 'workbench.png'), timeout: 5000 });
  } catch (error) {
    log(`could not save all diagnostics: ${error.message}`);
  }
}

runMain(main);
