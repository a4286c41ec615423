/**
 * The browser build (`browser`: dist/web.cjs, and dist/web-worker.js for large drafts) holds nothing of Node: no
 * Node module among its inputs (node:fs and node:path are the web host's own, web/fs.ts and web/path.ts), no
 * Node global in its code, no module required but `vscode`; and it loads where only a browser's globals exist.
 */
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { bundleInputs, bundleOptions } from '../support/bundles.js';

const ROOT = join(import.meta.dirname, '..', '..');
const WEB_BUNDLES = ['web.cjs', 'web-worker.js'];

/** Modules of the Node build that must stay out of the browser's: they start worker threads or require bundles. */
const NODE_BUILD_MODULES = [
  'src/vscode/main.ts',
  'src/vscode/host-node.ts',
  'src/vscode/runner-node.ts',
  'src/vscode/load-engine.ts',
  'src/vscode/worker.ts',
];

/** Node's globals, which a browser has none of. */
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'setImmediate',
  'clearImmediate',
  '__dirname',
  '__filename',
  'global',
  'require',
];
const MARK = '__NODE_GLOBAL__';

/**
 * The bundle as `npm run package` builds it; with `markGlobals`, every use of a Node global as a free variable
 * (not a property, a string or a local of that name: esbuild's `define` replaces only those) is marked.
 */
async function productionCode(name: string, { markGlobals = false } = {}): Promise<string> {
  const options = await bundleOptions(name, { production: true });
  const define = markGlobals ? Object.fromEntries(NODE_GLOBALS.map((global) => [global, `${MARK}${global}`])) : {};
  const { outputFiles } = await build({
    ...options,
    define: { ...options.define, ...define },
    write: false,
    logLevel: 'error',
  });
  const output = outputFiles.find((file) => file.path.endsWith(name));
  assert.ok(output, `no ${name} among esbuild's outputs`);
  return output.text;
}

describe('the browser build', function () {
  this.timeout(60_000);

  for (const name of WEB_BUNDLES) {
    it(`dist/${name} has no Node module among its inputs, nor a module of the Node build`, async () => {
      const inputs = await bundleInputs(name);
      assert.ok(
        inputs.some((file) => file.startsWith('src/vscode/web/')),
        'the metafile names the inputs as expected',
      );
      const builtins = new Set(builtinModules.flatMap((module) => [module, `node:${module}`]));
      const node = inputs.filter(
        (file) => builtins.has(file) || file.startsWith('node:') || file.startsWith('(disabled)'),
      );
      assert.deepEqual(node, [], `Node modules in dist/${name}`);
      assert.deepEqual(
        inputs.filter((file) => NODE_BUILD_MODULES.includes(file)),
        [],
        `Node build modules in dist/${name}`,
      );
    });

    it(`dist/${name} uses no Node global and requires nothing but vscode`, async () => {
      const marked = await productionCode(name, { markGlobals: true });
      const globals = [...new Set([...marked.matchAll(new RegExp(`${MARK}(\\w+)`, 'g'))].map((match) => match[1]))];
      // `require` is how the web extension host hands an extension `vscode` (a CommonJS bundle); nothing else.
      assert.deepEqual(
        globals.filter((global) => global !== 'require' || name !== 'web.cjs'),
        [],
        `Node globals in dist/${name}`,
      );
      const code = await productionCode(name);
      const required = [
        ...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1])),
      ];
      assert.deepEqual(required, name === 'web.cjs' ? ['vscode'] : [], `modules required by dist/${name}`);
    });
  }

  it('dist/web.cjs loads with a browser’s globals only, and exports activate and deactivate', async () => {
    const code = await productionCode('web.cjs');
    // What the bundle takes from `vscode` at load time (classes it extends, enums): each name of the API (as
    // @types/vscode declares it) is a stand-in that is a class and has every property.
    const any: object = new Proxy(class {}, { get: (target, key) => (key in target ? Reflect.get(target, key) : any) });
    const api = readFileSync(join(ROOT, 'node_modules', '@types', 'vscode', 'index.d.ts'), 'utf8');
    const stub = Object.fromEntries(
      [...api.matchAll(/^\s*export (?:class|namespace|enum|function|const|let) (\w+)/gm)].map((match) => [
        match[1],
        any,
      ]),
    );
    const module = { exports: {} as Record<string, unknown> };
    const { TextDecoder, TextEncoder, URL, console, setTimeout, clearTimeout, queueMicrotask } = globalThis;
    const context = vm.createContext({
      TextDecoder,
      TextEncoder,
      URL,
      console,
      setTimeout,
      clearTimeout,
      queueMicrotask,
      module,
      exports: module.exports,
    });
    context.self = context;
    context.require = (id: string) => {
      if (id !== 'vscode') throw new Error(`dist/web.cjs requires ${id}`);
      return stub;
    };
    vm.runInContext(code, context, { filename: 'web.cjs' });
    assert.equal(typeof module.exports.activate, 'function');
    assert.equal(typeof module.exports.deactivate, 'function');
  });

  it('is the manifest’s browser entry, packaged beside main', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.equal(pkg.browser, './dist/web.cjs');
    assert.ok((pkg.files as string[]).includes('dist/*.js'), 'package.json files includes dist/*.js (web-worker.js)');
    assert.equal(
      pkg.extensionKind,
      undefined,
      'no extensionKind: vsce refuses "web", and ["ui"] would move the Node build in remote setups',
    );
  });
});
