// Entry for extensionTestsPath: the extension host requires this file and awaits run(). Shared by the
// code-server runner (scripts/host/run-tests.mjs) and @vscode/test-electron (scripts/host/electron.mjs).
const fs = require('node:fs');
const path = require('node:path');

// mocha 12 is an ES module; require() of it yields the namespace, older versions the class itself.
const mochaModule = require('mocha');
const Mocha = mochaModule.default ?? mochaModule;

/** Runs the *.test.cjs files of `folder` (this suite's, or another host suite's that shares this set-up). */
function runFolder(folder) {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false, // the output is parsed and shown outside a terminal
    timeout: 60_000, // first activation in the host can take several seconds on 2 cores
    grep: process.env.PILLARS_HOST_GREP || undefined,
    forbidOnly: true, // a stray .only would run one test and report success
    // A test that fails once is run once more (a workbench on 2 loaded cores drops a UI event now and then); each
    // retry is printed with its first failure, so that a flaky test is seen, and one that fails twice fails.
    retries: 1,
  });
  for (const file of fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.test.cjs'))
    .sort()) {
    mocha.addFile(path.join(folder, file));
  }
  // scripts/host/run-tests.mjs shows the workbench's console only from this marker on.
  console.log('[host suite] start');
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) =>
      failures ? reject(new Error(`${failures} host test(s) failed`)) : resolve(),
    );
    reportRetries(runner);
  });
}

/** Prints each test run again after a failure (`retries`), with what failed the first time. */
function reportRetries(runner) {
  runner.on('retry', (test, error) => {
    console.log(`[host suite] retried after a failure: ${test.fullTitle()}: ${error?.message ?? error}`);
  });
}

exports.runFolder = runFolder;
exports.run = () => runFolder(__dirname);
