// Entry for extensionTestsPath in a Restricted Mode run (scripts/host/run-tests.mjs --restricted): the extension
// host requires this file and awaits run(). As test/host/suite/index.cjs, for this folder's *.test.cjs.
const fs = require('node:fs');
const path = require('node:path');

const mochaModule = require('mocha');
const Mocha = mochaModule.default ?? mochaModule;

exports.run = function run() {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: 60_000,
    grep: process.env.PILLARS_HOST_GREP || undefined,
    forbidOnly: true,
  });
  for (const file of fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.test.cjs'))
    .sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  // scripts/host/run-tests.mjs shows the workbench's console only from this marker on.
  console.log('[host suite] start');
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} host test(s) failed`)) : resolve()));
  });
};
