/** Which files `pillars check` checks: one glob over all arguments, ignore files and the extension's default excludes. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

describe('pillars check: file sets', () => {
  let dir: string;
  const write = (path: string, text = COVERS_ALL_PILLARS) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  const checked = async (argv: string[], options: { stdin?: string } = {}) => {
    const result = await runCliCaptured(['check', ...argv, '--format', 'json'], { cwd: dir, ...options });
    return { ...result, files: result.stdout ? (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path.split('\\').join('/')) : [] };
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
    for (const name of ['README.md', 'readme.md', 'CHANGELOG.md', 'LICENSE.md', 'CONTRIBUTING.md', 'docs/README.md', 'node_modules/pkg/x.md', '.github/ISSUE_TEMPLATE/bug.md', '.notes/n.md']) write(name);
    write('docs/strategy.md');
    const result = await checked([]);
    assert.equal(result.code, 0, result.stderr);
    assert.deepEqual(result.files, ['docs/strategy.md']);
    // A file named on its own is checked all the same.
    assert.deepEqual((await checked(['README.md'])).files, ['README.md']);
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
    const run = (argv: string[]) => runCliCaptured(['check', ...argv, '--format', 'json'], { cwd }).then((result) => (JSON.parse(result.stdout).files as { path: string }[]).map((file) => file.path.split('\\').join('/')));
    assert.deepEqual(await run([]), ['draft.md']);
    assert.deepEqual(await run(['--no-ignore']), ['archive/2019.md', 'build/out.md', 'draft.md', 'notes.tmp.md']);
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
    assert.deepEqual(result.stderrLines, ['pillars: nothing/**/*.md: no Markdown files match', 'pillars: empty: no Markdown files in this folder']);
  });
});
