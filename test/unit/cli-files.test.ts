/**
 * Which files `pillars check` checks: one glob over all arguments, ignore files and the extension's default excludes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

const BIN = join(import.meta.dirname, '..', '..', 'dist', 'cli.cjs');

describe('pillars check: file sets', () => {
  let dir: string;
  const write = (path: string, text = COVERS_ALL_PILLARS) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const checked = async (argv: string[], options: { stdin?: string } = {}) => {
    const result = await runCliCaptured(['check', ...argv, '--format', 'json'], { cwd: dir, ...options });
    return {
      ...result,
      files: result.stdout
        ? (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path.split('\\').join('/'))
        : [],
    };
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-files-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('globs all arguments together, so a ! pattern excludes what the others match', async () => {
    write('drafts/a.md');
    write('drafts/sub/b.md');
    write('drafts/sub/c.md');
    const result = await checked(['drafts/**/*.md', '!drafts/sub/**']);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.files, ['drafts/a.md']);
    const folder = await checked(['drafts', '!**/c.md']);
    assert.deepEqual(folder.files, ['drafts/a.md', 'drafts/sub/b.md']);
  });

  it('matches .md and .markdown whatever their case', async () => {
    write('A.MD');
    write('b.Markdown');
    write('c.md');
    write('notes.txt', 'not a draft');
    assert.deepEqual((await checked(['**/*.MD'])).files, ['A.MD', 'c.md']);
    assert.deepEqual((await checked(['.'])).files, ['A.MD', 'b.Markdown', 'c.md']);
  });

  it('with no path, leaves out what the extension does by default: README, CHANGELOG, LICENSE, CONTRIBUTING, node_modules, dot-folders', async () => {
    for (const name of [
      'README.md',
      'readme.md',
      'CHANGELOG.md',
      'LICENSE.md',
      'CONTRIBUTING.md',
      'docs/README.md',
      'node_modules/pkg/x.md',
      '.github/ISSUE_TEMPLATE/bug.md',
      '.notes/n.md',
    ])
      write(name);
    write('docs/strategy.md');
    const result = await checked([]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.files, ['docs/strategy.md']);
  });

  it('skips a file named on its own that a default exclude leaves out, with a note; --no-ignore checks it', async () => {
    for (const name of ['README.md', 'node_modules/pkg/x.md', '.github/bug.md', '.notes.md']) write(name);
    write('docs/strategy.md');
    const result = await checked([
      'README.md',
      'node_modules/pkg/x.md',
      '.github/bug.md',
      '.notes.md',
      'docs/strategy.md',
    ]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.files, ['docs/strategy.md']);
    assert.deepEqual(result.stderrLines, [
      'pillars: README.md: skipped: ignored by default ("**/README.md") (use --no-ignore to check it)',
      'pillars: node_modules/pkg/x.md: skipped: ignored by default ("**/node_modules/**") (use --no-ignore to check it)',
      'pillars: .github/bug.md: skipped: ignored by default (a dot-file or a file in a dot-folder) (use --no-ignore to check it)',
      'pillars: .notes.md: skipped: ignored by default (a dot-file or a file in a dot-folder) (use --no-ignore to check it)',
    ]);
    const all = await checked(['README.md', '.notes.md', '--no-ignore']);
    assert.deepEqual(all.files, ['.notes.md', 'README.md']);
    assert.equal(all.stderr, '');
  });

  it('honours .gitignore and .pillarsignore, also from the folders above up to the repository root; --no-ignore turns them off', async () => {
    mkdirSync(join(dir, '.git'));
    write('.gitignore', 'build/\n*.tmp.md\n');
    write('project/.pillarsignore', '# old drafts\narchive/**\n');
    write('project/draft.md');
    write('project/notes.tmp.md');
    write('project/build/out.md');
    write('project/archive/2019.md');
    const cwd = join(dir, 'project');
    const run = (argv: string[]) =>
      runCliCaptured(['check', ...argv, '--format', 'json'], { cwd }).then((result) =>
        (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path.split('\\').join('/')),
      );
    assert.deepEqual(await run([]), ['draft.md']);
    assert.deepEqual(await run(['--no-ignore']), ['archive/2019.md', 'build/out.md', 'draft.md', 'notes.tmp.md']);
  });

  it('skips files named on their own that .gitignore, .pillarsignore or the configuration ignore, saying which pattern of which file; exit 0', async () => {
    mkdirSync(join(dir, '.git'));
    write('.gitignore', 'build/\n*.tmp.md\n');
    write('project/.pillarsignore', '# old drafts\narchive/**\n!archive/keep.md\n');
    write('project/.pillarsrc.json', JSON.stringify({ ignore: ['policy/old/**'] }));
    for (const name of [
      'draft.md',
      'notes.tmp.md',
      'build/out.md',
      'archive/2019.md',
      'archive/keep.md',
      'policy/old/2018.md',
    ])
      write(`project/${name}`);
    const cwd = join(dir, 'project');
    const named = [
      'draft.md',
      'notes.tmp.md',
      'build/out.md',
      'archive/2019.md',
      'archive/keep.md',
      'policy/old/2018.md',
    ];
    const result = await runCliCaptured(['check', ...named, '--format', 'json'], { cwd });
    assert.equal(result.code, 0, result.stderr);
    // A `!` line of an ignore file takes a file back, as in git.
    assert.deepEqual(
      (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path.split('\\').join('/')),
      ['archive/keep.md', 'draft.md'],
    );
    assert.deepEqual(result.stderrLines, [
      'pillars: notes.tmp.md: skipped: ignored because of "*.tmp.md" in ../.gitignore (use --no-ignore to check it)',
      'pillars: build/out.md: skipped: ignored because of "build/" in ../.gitignore (use --no-ignore to check it)',
      'pillars: archive/2019.md: skipped: ignored because of "archive/**" in .pillarsignore (use --no-ignore to check it)',
      'pillars: policy/old/2018.md: skipped: ignored because of "policy/old/**" in the configuration\'s ignore (.pillarsrc.json) (use --no-ignore to check it)',
    ]);
    // --quiet keeps the notes back; --no-ignore checks every named file.
    const quiet = await runCliCaptured(['check', ...named, '--format', 'json', '--quiet'], { cwd });
    assert.equal(quiet.stderr, '');
    const all = await runCliCaptured(['check', ...named, '--format', 'json', '--no-ignore'], { cwd });
    assert.equal(all.stderr, '');
    assert.equal((JSON.parse(all.stdout).files as unknown[]).length, named.length);
  });

  it('a folder or glob whose every draft is ignored is an error that says so, exit 2', async () => {
    write('.pillarsignore', 'archive/\n');
    write('archive/2019.md');
    write('draft.md');
    const folder = await checked(['archive', 'draft.md']);
    assert.equal(folder.code, 2);
    assert.deepEqual(folder.files, ['draft.md']);
    assert.deepEqual(folder.stderrLines, [
      "pillars: archive: every Markdown file it holds is ignored (default excludes, .gitignore, .pillarsignore or the configuration's ignore): use --no-ignore to check them",
    ]);
    const pattern = await checked(['archive/*.md']);
    assert.equal(pattern.code, 2);
    assert.match(
      pattern.stderr,
      /^pillars: archive\/\*\.md: every Markdown file it matches is ignored .*use --no-ignore to check them$/,
    );
    assert.deepEqual((await checked(['archive', '--no-ignore'])).files, ['archive/2019.md']);
  });

  it('end to end (dist/cli.cjs, as a pre-commit hook runs it on the staged files): an ignored file is skipped with a note, exit 0', function () {
    this.timeout(60_000);
    mkdirSync(join(dir, '.git'));
    write('.pillarsignore', 'archive/**\n');
    write('archive/2019.md', '# Old\n\nNothing about any pillar.\n');
    write('draft.md');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [BIN, 'check', ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      });
    const hook = run(['draft.md', 'archive/2019.md', '--format', 'json']);
    assert.equal(hook.status, 0, hook.stderr);
    assert.deepEqual(
      (JSON.parse(hook.stdout).files as { path: string }[]).map((file) => file.path),
      ['draft.md'],
    );
    assert.equal(
      hook.stderr,
      'pillars: archive/2019.md: skipped: ignored because of "archive/**" in .pillarsignore (use --no-ignore to check it)\n',
    );
    // Named with --no-ignore it is checked: its missing pillars fail the run.
    const forced = run(['archive/2019.md', '--no-ignore']);
    assert.equal(forced.status, 1, forced.stderr);
    assert.match(forced.stdout, /archive\/2019\.md/);
  });

  it('leaves out the configuration’s ignore globs and checks its include globs when no path is given', async () => {
    write('.pillarsrc.json', JSON.stringify({ include: ['policy/**/*.md'], ignore: ['policy/drafts-old/**'] }));
    write('policy/now.md');
    write('policy/drafts-old/then.md');
    write('elsewhere/other.md');
    assert.deepEqual((await checked([])).files, ['policy/now.md']);
    assert.deepEqual((await checked(['.'])).files, ['elsewhere/other.md', 'policy/now.md']);
  });

  it('a glob that matches nothing and a folder without drafts are errors, exit 2', async () => {
    mkdirSync(join(dir, 'empty'));
    const result = await checked(['nothing/**/*.md', 'empty']);
    assert.equal(result.code, 2);
    assert.deepEqual(result.stderrLines, [
      'pillars: nothing/**/*.md: no Markdown files match',
      'pillars: empty: no Markdown files in this folder',
    ]);
  });
});
