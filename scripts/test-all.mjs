// `npm test` after the build: the unit tests (mocha), the extension-host suite in a real VS Code with the
// extension folder (scripts/host/run-tests.mjs), the Restricted Mode suite (test/host/restricted: workspace trust
// on, its workspace not trusted; run-tests.mjs --restricted), then `npm run package` and the activation suite
// against that .vsix installed into the host, and the host suite in the browser's web worker extension host against
// the same .vsix's browser build (scripts/host/web-run-tests.mjs). Each stage prints its count; the last line is `N
// passed, N failed` over all. When the host's prerequisites are missing (chromium, libkrb5-dev…) it says what to
// install and which tests it could not run; that passes locally but fails when CI is set, so CI never passes on unit
// tests alone. A stage that ran fewer tests than it declares (a renamed suite, an inherited --grep, a file that failed
// to load) counts as failed: unit at least the `it(` calls in test/unit, host at least the `test(` calls in
// test/host/suite, Restricted Mode those in test/host/restricted, the .vsix stage at least those of the suites its
// --grep selects (and at least one).
// Exit code: 0 when nothing failed (and, under CI, nothing was skipped), 1 otherwise.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST_SUITE = path.join(ROOT, 'test', 'host', 'suite');
const RESTRICTED_SUITE = path.join(ROOT, 'test', 'host', 'restricted');
const WEB_SUITE = path.join(ROOT, 'test', 'web'); // its own tests; test/web/index.cjs adds the host suite's but activation's
const UNIT_TESTS = path.join(ROOT, 'test', 'unit');
const VSIX = 'cooperation-pillars.vsix'; // where `npm run package` writes it
const VSIX_GREP = '^activation '; // the suite that checks the installed package activates and is complete
const PREREQUISITES_MISSING = 3; // run-tests.mjs's exit code when it could not run at all
const CI = Boolean(process.env.CI) && process.env.CI !== 'false';
const MINUTE = 60_000;

const ANSI = /\u001b\[[0-9;]*m/g;

// Ctrl-C reaches the running stage too (same process group); it cleans up and exits, then so do we. Dying at
// once instead would close the pipes the stage is still writing its cleanup messages to.
let interrupted = false;
function waitForStagesOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      interrupted = true;
      console.error(`\n${signal}: waiting for the running stage to clean up`);
    });
  }
}
class Interrupted extends Error {}

async function main() {
  const startedAt = Date.now();
  const results = [];
  const record = (stage, counts, extra = '', expected = 0) => {
    const checked = expectRan(counts, expected);
    results.push(checked);
    const retried = counts.retried
      ? `, ${counts.retried} run again after a failure (see "retried after a failure")`
      : '';
    console.log(`\n=== ${stage}: ${checked.passed} passed, ${checked.failed} failed${retried}${extra} ===\n`);
    if (checked.short)
      console.log(`=== ${stage}: ran ${ran(counts)} tests (expected ≥ ${Math.max(expected, 1)}): failed ===\n`);
  };

  // 1. Unit tests.
  const colour = process.stdout.isTTY ? ['--color'] : ['--no-color']; // mocha colours under CI=true even into a pipe
  const unit = await runStage(
    'unit tests',
    process.execPath,
    [path.join(ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'), ...colour],
    10 * MINUTE,
  );
  record('unit', mochaCounts(unit), unit.note, declaredUnitTests());

  // 2. The host suite, with the extension folder as the extension under development.
  const host = await runStage(
    'host suite',
    process.execPath,
    [path.join(ROOT, 'scripts', 'host', 'run-tests.mjs')],
    30 * MINUTE,
  );
  let skipped = 0;
  if (host.code === PREREQUISITES_MISSING) {
    const suite = readHostSuite();
    const restricted = readHostSuite(RESTRICTED_SUITE);
    skipped = suite.tests + restricted.tests;
    console.log(`\n=== host suite NOT run (${skipped} tests skipped): ${prerequisiteHint(host.output)} ===`);
    const names = (list) => list.map((name) => `"${name}"`).join(', ');
    console.log(
      `not run: ${names(suite.names)} (test/host/suite/), ${names(restricted.names)} (test/host/restricted/), ` +
        'and the .vsix check\n',
    );
    // Under CI the tests that could not run count as failed, so the summary line agrees with the exit code.
    if (CI) results.push({ passed: 0, failed: skipped });
  } else {
    record('host', hostCounts(host), host.note, readHostSuite().tests);

    // 2b. Restricted Mode: workspace trust on, its own workspace not trusted.
    const restricted = await runStage(
      'host suite in Restricted Mode',
      process.execPath,
      [path.join(ROOT, 'scripts', 'host', 'run-tests.mjs'), '--restricted'],
      10 * MINUTE,
    );
    record('host (restricted)', hostCounts(restricted), restricted.note, readHostSuite(RESTRICTED_SUITE).tests);

    // 3. The package users install, then 4. the activation suite against it, installed into the host.
    const pack = await runStage('npm run package', 'npm', ['run', 'package'], 5 * MINUTE);
    const vsix = path.join(ROOT, VSIX);
    if (pack.code !== 0 || !fs.existsSync(vsix)) {
      record('package', { passed: 0, failed: 1 }, ` (npm run package exited ${pack.code}${pack.note})`);
    } else {
      console.log(`\n=== package: ${VSIX}, ${(fs.statSync(vsix).size / 1024).toFixed(0)} KB ===\n`);
      const installed = await runStage(
        'host suite against the .vsix',
        process.execPath,
        [path.join(ROOT, 'scripts', 'host', 'run-tests.mjs'), '--vsix', vsix, '--grep', VSIX_GREP],
        10 * MINUTE,
      );
      record('host (.vsix)', hostCounts(installed), installed.note, readHostSuite().testsMatching(VSIX_GREP));

      // 5. The host suite in the web worker extension host (no Node), against the .vsix's browser build.
      const web = await runStage(
        'host suite in the web worker extension host (.vsix)',
        process.execPath,
        [path.join(ROOT, 'scripts', 'host', 'web-run-tests.mjs'), '--vsix', vsix],
        10 * MINUTE,
      );
      const host = readHostSuite();
      record(
        'host (web)',
        hostCounts(web),
        web.note,
        readHostSuite(WEB_SUITE).tests + host.tests - host.testsMatching(VSIX_GREP),
      );
    }
  }

  const passed = results.reduce((sum, counts) => sum + counts.passed, 0);
  const failed = results.reduce((sum, counts) => sum + counts.failed, 0);
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
  console.log(`all tests: ${seconds} s${skipped ? `; host suite NOT run, ${skipped} tests skipped` : ''}`);
  if (skipped && CI) console.log(`CI is set: a skipped host suite is a failure (its ${skipped} tests count as failed)`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}

/**
 * Runs one stage with its output shown as it comes and kept for the counts. A stage that outlives `limitMs`
 * gets SIGTERM (the host runner then removes its server, browser and temp folders) and counts as failed.
 */
function runStage(label, command, args, limitMs) {
  console.log(
    `\n=== ${label}: ${[path.basename(command), ...args.map((arg) => path.relative(ROOT, arg) || arg)].join(' ')} ===\n`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
      process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`\n${label} did not finish within ${limitMs / MINUTE} min: stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
    }, limitMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const note = timedOut ? `, stopped after ${limitMs / MINUTE} min` : signal ? `, killed by ${signal}` : '';
      if (interrupted) reject(new Interrupted(label));
      else resolve({ code: code ?? 128, output: output.replace(ANSI, ''), note, timedOut });
    });
  });
}

/** The last of mocha's closing lines for `word`: "  300 passing (13s)", "  2 failing", "  2 pending"; 0 without one. */
function mochaCount(output, word) {
  return Number([...output.matchAll(new RegExp(`^\\s*(\\d+) ${word}\\b`, 'gm'))].at(-1)?.[1] ?? 0);
}

/** mocha's closing lines. A run that ends otherwise counts one failure. */
export function mochaCounts({ code, output }) {
  const counts = {
    passed: mochaCount(output, 'passing'),
    failed: mochaCount(output, 'failing'),
    pending: mochaCount(output, 'pending'),
  };
  return withExitCode(counts, code);
}

/**
 * run-tests.mjs ends with `host: N passed, N failed`, or `host: timed out … (N passed, N failed so far)`; the
 * suite's own mocha report above it says how many were pending (skipped by the test itself, e.g. --vsix only).
 */
export function hostCounts({ code, output }) {
  const match = [...output.matchAll(/^host: .*?(\d+) passed, (\d+) failed/gm)].at(-1);
  const counts = {
    passed: Number(match?.[1] ?? 0),
    failed: Number(match?.[2] ?? 0),
    pending: mochaCount(output, 'pending'),
    // A test that failed once and was run again (the host suites' `retries`): counted once, by its last run.
    retried: output.match(/\[host suite\] retried after a failure/g)?.length ?? 0,
  };
  return withExitCode(counts, code);
}

/** The tests a stage ran: passed, failed, or skipped by the test itself (mocha's pending). */
function ran(counts) {
  return counts.passed + counts.failed + (counts.pending ?? 0);
}

/**
 * A stage that ran no test, or fewer than `expected`, failed (at least one failure), whatever its exit code said:
 * a stray --grep, a renamed suite or a file that failed to load must not pass. `short` says it did.
 */
export function expectRan(counts, expected) {
  const short = ran(counts) === 0 || ran(counts) < expected;
  return { ...counts, failed: short ? Math.max(counts.failed, 1) : counts.failed, short };
}

/** The `it(` calls in test/unit/**\/*.test.ts: a lower bound on the unit tests (one in a loop runs many times). */
export function declaredUnitTests(dir = UNIT_TESTS) {
  return fs
    .readdirSync(dir, { recursive: true })
    .filter((file) => String(file).endsWith('.test.ts'))
    .reduce(
      (sum, file) => sum + (fs.readFileSync(path.join(dir, String(file)), 'utf8').match(/^\s*it\(/gm) ?? []).length,
      0,
    );
}

/** A non-zero exit with no failing test (a crash, a timeout, a runner error) is still one failure. */
function withExitCode(counts, code) {
  return code !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

/**
 * The host suite's tests and suites, read from its files: for the message when it cannot run, and how many tests
 * each host stage must run (`testsMatching(grep)`: those of the files whose first suite's title the grep selects).
 */
export function readHostSuite(dir = HOST_SUITE) {
  const files = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.test.cjs'))
    .sort()
    .map((file) => {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      return {
        tests: (source.match(/^\s*test\(/gm) ?? []).length,
        names: [...source.matchAll(/^\s*suite\((['"`])(.*?)\1/gm)].map((match) => match[2]),
      };
    });
  return {
    tests: files.reduce((sum, file) => sum + file.tests, 0),
    names: files.flatMap((file) => file.names),
    testsMatching: (grep) =>
      files
        .filter((file) => file.names.length > 0 && new RegExp(grep).test(`${file.names[0]} `))
        .reduce((sum, file) => sum + file.tests, 0),
  };
}

/** setup.mjs names the missing packages and the apt-get line; repeat that in the stage's summary. */
function prerequisiteHint(output) {
  const install = /apt-get[^\n]*install[^\n]*/.exec(output)?.[0].trim();
  const missing = /host prerequisites missing: ([^\n]*)/.exec(output)?.[1].trim();
  return install ? `missing ${missing}; install with: ${install}` : 'prerequisites missing (see above)';
}

// Run when executed (`node scripts/test-all.mjs`); imported (test/unit/harness.test.ts), it only exports.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  waitForStagesOnSignals();
  try {
    process.exitCode = await main();
  } catch (error) {
    if (!(error instanceof Interrupted)) throw error;
    console.error(`interrupted during ${error.message}`);
    process.exitCode = 130;
  }
}
