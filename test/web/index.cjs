// Entry of the host suite in the web worker extension host (scripts/host/web-run-tests.mjs bundles it into one
// browser bundle with esbuild: a worker cannot glob files or load Node's modules). web.test.cjs first: it fails
// the run unless it runs in a worker without Node. Then the host suite's files that apply in a browser.
require('mocha/mocha'); // mocha's browser build: sets globalThis.mocha

// Not applicable in the browser, each with why (matched against the full test title).
const NOT_IN_THE_BROWSER = [
  // It asserts the package's files with node:fs; web.test.cjs checks the browser build's files instead.
  /^activation /,
];

// Not yet passing in the browser, each shown as pending with why (matched against the test's title), so that it is
// seen and not silently dropped.
const NOT_YET_PASSING = [];

// As the desktop host suite (test/host/suite/index.cjs): a test that fails once runs once more, and says so.
mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000, forbidOnly: true });
mocha.retries(1);

require('./web.test.cjs');
require('../host/suite/pillars-config-file.test.cjs');
require('../host/suite/pillars-diagnostics.test.cjs');
require('../host/suite/pillars-editing.test.cjs');
require('../host/suite/pillars-incremental.test.cjs');
require('../host/suite/pillars-link-check.test.cjs');
require('../host/suite/pillars-overview.test.cjs');
require('../host/suite/pillars-symbols.test.cjs');
require('../host/suite/pillars-tree.test.cjs');
require('../host/suite/pillars-ui.test.cjs');
require('../host/suite/reliability.test.cjs');

function markNotYetPassing(suite) {
  for (const test of suite.tests) {
    if (NOT_YET_PASSING.includes(test.title)) {
      test.pending = true;
      console.log(`[web suite] pending, not yet passing in the browser: ${test.fullTitle()}`);
    }
  }
  for (const child of suite.suites) markNotYetPassing(child);
}

function run() {
  // --grep of web-run-tests.mjs (set when the suite is bundled), else everything that applies.
  const grep = process.env.PILLARS_HOST_GREP;
  if (grep) mocha.grep(new RegExp(grep));
  else if (NOT_IN_THE_BROWSER.length > 0)
    mocha.grep(new RegExp(NOT_IN_THE_BROWSER.map((re) => re.source).join('|'))).invert();
  console.log('[host suite] start');
  markNotYetPassing(mocha.suite);
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) =>
      failures ? reject(new Error(`${failures} host test(s) failed`)) : resolve(),
    );
    runner.on('retry', (test, error) => {
      console.log(`[host suite] retried after a failure: ${test.fullTitle()}: ${error?.message ?? error}`);
    });
  });
}

// Last: mocha's UMD build assigns module.exports when it loads.
module.exports = { run };
