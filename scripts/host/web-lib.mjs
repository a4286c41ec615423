// Shared by the web host scripts (web-run-tests.mjs, web-bench.mjs): a harness extension holding a suite bundled
// for the browser, and one run of it in code-server's workbench, with the extension in the host of `kind`: `web`
// (the web worker extension host: the browser build) or `workspace` (the Node extension host: the Node build).
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { build } from 'esbuild';
import {
  REPO_ROOT,
  HostError,
  copyWorkspace,
  installVsix,
  launchBrowser,
  log,
  makeTempDir,
  startServer,
} from './lib.mjs';

export const EXTENSION_ID = 'cooperation-pillars.cooperation-pillars';
const HARNESS = { publisher: 'pillars-host', name: 'web-test-harness' };
const SHIMS = path.join(REPO_ROOT, 'test', 'web', 'shims');
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * The harness: a web extension with an empty activate() that holds the suite, bundled for the browser (the
 * tests must lie inside the development extension's folder, or they run in the Node host).
 */
export async function writeHarness(dir, entry, grep) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      ...HARNESS,
      version: '0.0.0',
      engines: { vscode: '^1.85.0' },
      main: './extension.js',
      browser: './extension.js',
      activationEvents: ['*'],
    }),
  );
  fs.writeFileSync(path.join(dir, 'extension.js'), 'exports.activate = () => {};\nexports.deactivate = () => {};\n');
  await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: [entry],
    outfile: path.join(dir, 'suite.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    logLevel: 'warning',
    alias: {
      'node:assert/strict': path.join(SHIMS, 'assert.cjs'),
      'node:path': path.join(REPO_ROOT, 'src', 'vscode', 'web', 'path.ts'),
      'node:worker_threads': path.join(SHIMS, 'worker_threads.cjs'),
    },
    inject: [path.join(SHIMS, 'buffer.mjs'), path.join(SHIMS, 'process-events.mjs')],
    define: {
      global: 'globalThis',
      // The suite reads these from the environment in the Node host; here they are known when it is bundled.
      'process.env.PILLARS_HOST_VSIX': JSON.stringify('web'),
      'process.env.PILLARS_HOST_GREP': JSON.stringify(grep ?? ''),
      'process.on': '__webProcessEvents.on',
      'process.off': '__webProcessEvents.off',
    },
  });
}

/**
 * Runs the harness's suite once: a fresh code-server with the .vsix installed (or, with `extension`, that folder as
 * a second development extension), both extensions put in the host of `kind`. Resolves with the workbench's exit code;
 * `onLine` gets the suite's console, line by line.
 */
export async function runInWebHost(
  cleanup,
  { entry, kind, vsix, extension, grep, keep = false, verbose = false, onLine },
) {
  const tmp = makeTempDir(cleanup, 'web-host', { keep });
  const folder = copyWorkspace(cleanup, undefined, { keep });
  const harness = path.join(tmp, 'web-test-harness');
  await writeHarness(harness, entry, grep);
  if (vsix) await installVsix(tmp, vsix);
  const hostOf = { [EXTENSION_ID]: [kind], [`${HARNESS.publisher}.${HARNESS.name}`]: [kind] };
  const server = await startServer({ cleanup, tmp, settings: { 'remote.extensionKind': hostOf }, verbose });
  log(
    `code-server ${server.origin}, workspace ${folder}, ${vsix ? path.basename(vsix) : extension} in the ${kind === 'web' ? 'web worker' : 'Node'} extension host`,
  );
  const { browser, page } = await launchBrowser(cleanup);
  let settle;
  const exited = new Promise((resolve, reject) => (settle = { resolve, reject }));
  exited.catch(() => {});
  browser.once('disconnected', () => settle.reject(new HostError('chromium went away before the suite finished')));
  server.child.once('exit', (code) => settle.reject(new HostError(`code-server exited (${code}) mid-run`)));
  await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = format(...(Array.isArray(args) ? args : [args])).replace(ANSI, '');
    for (const line of text.split('\n')) onLine(line);
  });
  const development = [...(extension ? [extension] : []), harness].map((dir) => [
    'extensionDevelopmentPath',
    server.remote(dir),
  ]);
  await page.goto(
    server.url({
      folder,
      payload: [
        ...development,
        ['extensionTestsPath', server.remote(path.join(harness, 'suite.js'))],
        ['skipWelcome', 'true'],
      ],
    }),
  );
  log('workbench loaded; suite output follows');
  return Number(await exited);
}
