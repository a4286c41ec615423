/**
 * A stand-in for the `vscode` module, enough to run an extension's activate() outside VS Code:
 * every property is a callable, constructible stub that remembers what is assigned to it and
 * iterates as empty; classes can be extended. Used by bench/activate.cjs to time activation
 * (no UI, no editor, no documents open).
 */
'use strict';

/** What reading `key` of a stub named `name` gives, when nothing was assigned to it. */
function missing(name, key, assigned) {
  if (key === 'then') return undefined; // not a promise
  if (key === Symbol.iterator) return function* () {};
  if (key === Symbol.toPrimitive) return (hint) => (hint === 'number' ? 0 : '');
  if (typeof key === 'symbol') return undefined;
  if (key === 'toString' || key === 'toJSON') return () => `stub:${name}`;
  if (key === 'fsPath' || key === 'path') return `/stub/${name}`;
  const child = stub(`${name}.${key}`);
  assigned.set(key, child);
  return child;
}

/** An instance: a real object of the (sub)class, with stubs for whatever it does not have. */
function instance(name, prototype) {
  const assigned = new Map();
  return new Proxy(Object.create(prototype), {
    get(target, key, receiver) {
      if (key in target) return Reflect.get(target, key, receiver);
      if (assigned.has(key)) return assigned.get(key);
      return missing(name, key, assigned);
    },
  });
}

function stub(name) {
  const assigned = new Map();
  const get = (key) => (assigned.has(key) ? assigned.get(key) : missing(name, key, assigned));
  // Bundlers copy a module's own properties (none here) and read the rest through its prototype.
  const lookup = new Proxy({}, { get: (_target, key) => get(key) });
  return new Proxy(function () {}, {
    get(_target, key) {
      if (key === 'prototype') return Object.prototype;
      if (key === 'length') return 0;
      return get(key);
    },
    set(_target, key, value) {
      assigned.set(key, value);
      return true;
    },
    getPrototypeOf: () => lookup,
    apply: (_target, _this, args) => {
      // What VS Code answers with a promise; errors shown to the user also go to stderr.
      if (/\.show\w*Message$/.test(name) && /Error/.test(name)) process.stderr.write(`${name}: ${args[0]}\n`);
      if (
        /\.(?:show\w*|executeCommand|openTextDocument|findFiles|withProgress|readFile|writeFile|stat|readDirectory)$/.test(
          name,
        )
      ) {
        return Promise.resolve(undefined);
      }
      return stub(`${name}()`);
    },
    construct: (_target, _args, newTarget) => instance(`new ${name}`, newTarget.prototype ?? Object.prototype),
  });
}

const vscode = stub('vscode');

/** An ExtensionContext whose subscriptions are real, for the extension in `root`. */
function context(root, packageJSON) {
  const path = require('node:path');
  const uri = { scheme: 'file', fsPath: root, path: root, toString: () => `file://${root}` };
  uri.with = () => uri;
  return {
    subscriptions: [],
    extensionUri: uri,
    extensionPath: root,
    extension: {
      id: `${packageJSON.publisher}.${packageJSON.name}`,
      packageJSON,
      extensionUri: uri,
      extensionPath: root,
    },
    asAbsolutePath: (relative) => path.join(root, relative),
    globalState: stub('globalState'),
    workspaceState: stub('workspaceState'),
    secrets: stub('secrets'),
    environmentVariableCollection: stub('environmentVariableCollection'),
    storageUri: undefined,
    globalStorageUri: uri,
    logUri: uri,
    extensionMode: 1,
  };
}

module.exports = { vscode, context };
