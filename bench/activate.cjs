/**
 * `node bench/activate.cjs dist/extension.cjs [extension folder]`: loads the production bundle with a stub `vscode`
 * module and runs activate(), then exits. bench/run.ts times this process against `node -e ''`.
 * Prints `activated` when activate() returned its API (not undefined after a caught failure), then
 * how long require() of the bundle and activate() took, in ms.
 */
'use strict';
const Module = require('node:module');
const { readFileSync } = require('node:fs');
const path = require('node:path');

const { vscode, context } = require('./vscode-stub.cjs');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'vscode') return vscode;
  return load.call(this, request, ...rest);
};

const bundle = path.resolve(process.argv[2]);
// The extension's folder (package.json, media): given, or the bundle's parent folder.
const root = path.resolve(process.argv[3] ?? path.join(path.dirname(bundle), '..'));
const packageJSON = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const loading = performance.now();
const extension = require(bundle);
const activating = performance.now();
Promise.resolve(extension.activate(context(root, packageJSON))).then(
  (api) => {
    const done = performance.now();
    const figures = { requireMs: activating - loading, activateMs: done - activating, sinceStartMs: done };
    process.stdout.write(`${api === undefined ? 'failed' : 'activated'} ${JSON.stringify(figures)}\n`);
    process.exit(0);
  },
  (error) => {
    process.stderr.write(`${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
