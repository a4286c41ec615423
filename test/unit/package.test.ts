/**
 * The package as a team installs it: `npm pack` on a fresh clone (no dist/: `prepack` builds it), the tarball
 * installed into an empty project, then `npx pillars check` and the remark plugin run from there. Offline: the
 * empty project's lockfile takes the package's dependencies from this repository's lockfile (their `resolved` and
 * `integrity`), so npm reads them from its cache, as CI has it after `npm ci`.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** What a clone holds that the build and the package need; dist/ is left out on purpose. */
const CLONE = [
  'package.json',
  'package-lock.json',
  'esbuild.mjs',
  'tsconfig.json',
  'src',
  'media',
  'snippets',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
];

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const result = spawnSync(command, args, {
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      FORCE_COLOR: undefined,
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    },
    ...options,
  });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
  [key: string]: unknown;
}

/** A lockfile for a project that depends on the tarball alone: its dependencies as this repository locks them. */
function appLockfile(tarball: string): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies: { 'cooperation-pillars': tarball } },
    'node_modules/cooperation-pillars': {
      version: manifest.version,
      resolved: tarball,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path && !entry.dev && !entry.devOptional && !entry.link) packages[path] = entry;
  }
  return { name: 'app', lockfileVersion: 3, requires: true, packages };
}

describe('the npm package', function () {
  this.timeout(180_000);
  let dir: string;
  let app: string;
  let files: string[];
  let clone: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-package-'));
    clone = join(dir, 'clone');
    mkdirSync(clone);
    for (const entry of [...CLONE, '.vscodeignore'].filter((entry) => existsSync(join(ROOT, entry))))
      cpSync(join(ROOT, entry), join(clone, entry), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(clone, 'node_modules'), 'dir');
    assert.ok(!existsSync(join(clone, 'dist')));
    const packed = run(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: clone });
    assert.equal(packed.status, 0, packed.stderr);
    const [report] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as {
      filename: string;
      files: { path: string }[];
    }[];
    files = report.files.map((file) => file.path).sort();
    app = join(dir, 'app');
    mkdirSync(app);
    const tarball = `file:../${report.filename}`;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { 'cooperation-pillars': tarball } }),
    );
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(appLockfile(tarball)));
    const installed = run(NPM, ['ci', '--offline', '--ignore-scripts'], { cwd: app });
    assert.equal(installed.status, 0, installed.stderr);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ships only what runs: the bundles, media, snippets and the docs', () => {
    const outside = files.filter(
      (file) =>
        !/^(?:dist\/[^/]+\.(?:cjs|mjs|js)|media\/.+|snippets\/.+|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/.test(
          file,
        ),
    );
    assert.deepEqual(outside, []);
    for (const needed of [
      'dist/cli.cjs',
      'dist/remark.mjs',
      'dist/extension.cjs',
      'dist/engine.cjs',
      'dist/worker.cjs',
      'dist/web.cjs',
      'dist/web-worker.js',
      'snippets/markdown.code-snippets',
      'media/icon.png',
      'media/pillars.svg',
    ]) {
      assert.ok(files.includes(needed), `${needed} is missing from the tarball`);
    }
    assert.ok(
      !files.some((file) => file.startsWith('media/screenshots/') || file.endsWith('.map')),
      'no screenshots or source maps',
    );
    // Every file the extension's manifest names is in the package.
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const named = [
      manifest.main,
      manifest.browser,
      manifest.icon,
      ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
      ...manifest.contributes.walkthroughs.flatMap((w: { steps: { media: { markdown: string } }[] }) =>
        w.steps.map((step) => step.media.markdown),
      ),
    ];
    for (const path of named)
      assert.ok(
        files.includes(path.replace(/^\.\//, '')),
        `${path} (named by package.json) is missing from the tarball`,
      );
  });

  it('the .vsix holds the same files (vsce reads the same `files` list; it refuses a .vscodeignore beside it)', () => {
    const listed = run(NPX, ['--offline', 'vsce', 'ls', '--no-dependencies'], { cwd: clone });
    assert.equal(listed.status, 0, listed.stderr + listed.stdout);
    assert.deepEqual(listed.stdout.trim().split('\n').sort(), files);
  });

  it('npx pillars check runs the installed bin, with its exit codes', () => {
    writeFileSync(join(app, 'gap.md'), '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding.\n');
    writeFileSync(join(app, 'good.md'), COVERS_ALL_PILLARS);
    const gap = run(NPX, ['--offline', 'pillars', 'check', 'gap.md'], { cwd: app });
    assert.equal(gap.status, 1, gap.stderr);
    assert.match(gap.stdout, /^gap\.md\n/);
    assert.match(gap.stdout, /warning +Draft does not cover the pillar “Effective policy implementation”/);
    const good = run(NPX, ['--offline', 'pillars', 'check', 'good.md', '--format', 'json'], { cwd: app });
    assert.equal(good.status, 0, good.stderr);
    assert.equal(JSON.parse(good.stdout).files[0].coverage.education.covered, true);
    // The installed package reads the project's configuration file.
    writeFileSync(join(app, '.pillarsrc.json'), JSON.stringify({ failOn: 'never' }));
    const configured = run(NPX, ['--offline', 'pillars', 'check', 'gap.md'], { cwd: app });
    rmSync(join(app, '.pillarsrc.json'));
    assert.equal(configured.status, 0, configured.stderr);
    const version = run(NPX, ['--offline', '--package=cooperation-pillars', 'pillars', '--version'], { cwd: app });
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('the remark plugin loads from cooperation-pillars/remark, as the README’s .remarkrc.mjs does', () => {
    writeFileSync(
      join(app, 'lint.mjs'),
      [
        "import { unified } from 'unified';",
        "import remarkParse from 'remark-parse';",
        "import { VFile } from 'vfile';",
        "import remarkPillars from 'cooperation-pillars/remark';",
        "const file = new VFile({ path: 'gap.md', value: '# Gap\\n\\nAs argued [@belarus:un-ggee].\\n' });",
        'const processor = unified().use(remarkParse).use(remarkPillars);',
        'await processor.run(processor.parse(file), file);',
        'console.log(JSON.stringify(file.messages.map((m) => [m.ruleId, m.fatal ?? null])));',
      ].join('\n'),
    );
    const result = run(process.execPath, ['lint.mjs'], { cwd: app });
    assert.equal(result.status, 0, result.stderr);
    const messages = JSON.parse(result.stdout) as [string, boolean | null][];
    assert.ok(
      messages.some(([rule, fatal]) => rule === 'unknown-citation' && fatal === true),
      result.stdout,
    );
    assert.ok(
      messages.some(([rule, fatal]) => rule === 'missing-pillar' && fatal === false),
      result.stdout,
    );
  });

  it('npx pillars check --fix fixes drafts with the installed package, several workers at once', () => {
    const typo = `${COVERS_ALL_PILLARS}\nAs argued [@belarus:un-ggee].\n`;
    for (const name of ['typo-a.md', 'typo-b.md']) writeFileSync(join(app, name), typo);
    const fixed = run(NPX, ['--offline', 'pillars', 'check', '--fix', '--jobs', '2', 'typo-a.md', 'typo-b.md'], {
      cwd: app,
    });
    assert.equal(fixed.status, 0, fixed.stderr);
    assert.deepEqual(
      fixed.stderr
        .trim()
        .split('\n')
        .map((line) => line.replace(/:\d+:\d+ /, ' ')),
      [
        'pillars: fixed typo-a.md unknown-citation: Replace with @belarus:un-gge',
        'pillars: fixed typo-b.md unknown-citation: Replace with @belarus:un-gge',
      ],
    );
    for (const name of ['typo-a.md', 'typo-b.md'])
      assert.ok(readFileSync(join(app, name), 'utf8').includes('[@belarus:un-gge]'), name);
  });

  it('the README’s commands never run `npx pillars` bare, which would fetch the unrelated package named pillars', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const code = [...readme.matchAll(/^```[a-z]*\n([\s\S]*?)^```/gm)].flatMap((block) => block[1].split('\n'));
    const commands = code.filter((line) => /\bnpx\s/.test(line) && /\bpillars\b/.test(line));
    assert.ok(commands.length > 0, 'the README shows how to run it in CI');
    assert.deepEqual(
      commands.filter((line) => !line.includes('--package=cooperation-pillars')),
      [],
    );
  });
});
