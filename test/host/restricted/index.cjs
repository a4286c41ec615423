// Entry for extensionTestsPath in a Restricted Mode run (scripts/host/run-tests.mjs --restricted): the extension
// host requires this file and awaits run(). The set-up of test/host/suite/index.cjs, for this folder's *.test.cjs.
const { runFolder } = require('../suite/index.cjs');

exports.run = () => runFolder(__dirname);
