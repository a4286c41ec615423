/**
 * `pillars check --fix`: which fixes it applies, which files it writes and which it leaves alone, what it says, and
 * stdin.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'dist', 'cli.cjs');
const CLAIM = 'Belarus recognizes that no nation can combat cyber threats in isolation.';

/** A draft with one fix of each kind, and one ambiguous key (two suggestions) that must stay. */
const FIXABLE = [
  '---',
  'pillars:',
  '  skp: [education]',
  '---',
  COVERS_ALL_PILLARS,
  'As argued [@belarus:un-ggee], and [@belarus:national-cet].',
  '',
  `“Belarus knows that no nation can fight cyber threats in isolation.” [@belarus:no-nation-alone].`,
  '',
].join('\n');

describe('pillars check --fix', () => {
  let dir: string;
  const cli = (argv: string[], stdin?: string) => runCliCaptured(argv, { cwd: dir, stdin });
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'pillars-fix-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the unambiguous fixes only, writes the draft and names each fix on stderr', async () => {
    writeFileSync(join(dir, 'draft.md'), FIXABLE);
    const result = await cli(['check', '--fix', 'draft.md']);
    const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
    assert.match(fixed, /^---\npillars:\n {2}skip: \[education\]\n---\n/);
    assert.ok(fixed.includes('[@belarus:un-gge]'), fixed);
    assert.ok(fixed.includes('[@belarus:national-cet]'), 'a key with two suggestions is left for the writer');
    assert.ok(fixed.includes(`“${CLAIM}” [@belarus:no-nation-alone]`), fixed);
    assert.deepEqual(result.stderrLines, [
      'pillars: fixed draft.md:3:1 front-matter: Rename `pillars.skp` to `pillars.skip`',
      'pillars: fixed draft.md:23:12 unknown-citation: Replace with @belarus:un-gge',
      'pillars: fixed draft.md:25:2 misquote: Replace the quotation with the exact words of @belarus:no-nation-alone',
    ]);
    // The report is of the fixed draft: the ambiguous key is what is left, and it fails the run.
    assert.equal(result.code, 1);
    assert.match(result.stdout, /national-cet/);
    assert.doesNotMatch(result.stdout, /un-ggee|skp|Quotation does not match/);
  });

  it('a fixed draft is left as it is: no write, nothing to report', async () => {
    writeFileSync(join(dir, 'draft.md'), FIXABLE);
    await cli(['check', '--fix', 'draft.md']);
    const once = readFileSync(join(dir, 'draft.md'), 'utf8');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(dir, 'draft.md'), past, past);
    const again = await cli(['check', '--fix', 'draft.md']);
    assert.equal(readFileSync(join(dir, 'draft.md'), 'utf8'), once);
    assert.equal(statSync(join(dir, 'draft.md')).mtimeMs, past.getTime(), 'the file was not written');
    assert.equal(again.stderr, '');
  });

  it('never touches a file it cannot check or read back exactly, and says so', async () => {
    const deep = `${'> '.repeat(150)}x [@belarus:un-ggee]\n`;
    writeFileSync(join(dir, 'deep.md'), deep);
    // Latin-1 bytes (not UTF-8) beside a fixable key: writing the text back would change them.
    const latin1 = Buffer.concat([
      Buffer.from(`${COVERS_ALL_PILLARS}\nCaf`),
      Buffer.from([0xe9]),
      Buffer.from(' [@belarus:un-ggee].\n'),
    ]);
    writeFileSync(join(dir, 'latin1.md'), latin1);
    const result = await cli(['check', '--fix', 'deep.md', 'latin1.md']);
    assert.equal(result.code, 2);
    assert.equal(readFileSync(join(dir, 'deep.md'), 'utf8'), deep);
    assert.ok(readFileSync(join(dir, 'latin1.md')).equals(latin1));
    assert.match(result.stderr, /deep\.md: lists or blockquotes are nested/);
    assert.match(result.stderr, /latin1\.md: not fixed: it is not valid UTF-8/);
    assert.doesNotMatch(result.stderr, /pillars: fixed/);
  });

  it('honours the configuration: a rule turned off is not fixed', async () => {
    writeFileSync(join(dir, 'draft.md'), FIXABLE);
    writeFileSync(join(dir, '.pillarsrc.json'), JSON.stringify({ rules: { misquote: 'off' } }));
    await cli(['check', '--fix', 'draft.md']);
    const fixed = readFileSync(join(dir, 'draft.md'), 'utf8');
    assert.ok(fixed.includes('[@belarus:un-gge]'));
    assert.ok(fixed.includes('“Belarus knows that'), 'the misquote is left: its rule is off');
  });

  it('with -, reads stdin and writes the fixed draft to stdout byte for byte (CRLF kept), the report to stderr', async () => {
    const crlf = FIXABLE.replace(/\n/g, '\r\n');
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['check', '--fix', '-', '--format', 'json'], {
      stdout: (text) => out.push(`${text}\n`),
      write: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: () => crlf,
      cwd: dir,
      color: false,
    });
    assert.equal(code, 1);
    assert.equal(out.length, 1, 'stdout holds the draft alone');
    assert.equal(out[0], readFixed(FIXABLE).replace(/\n/g, '\r\n'));
    const report = JSON.parse(err.find((line) => line.startsWith('{'))!);
    assert.deepEqual(
      report.files[0].messages.map((m: { ruleId: string }) => m.ruleId),
      ['unknown-citation'],
    );
    assert.ok(
      err.some((line) => line.startsWith('pillars: fixed <stdin>:3:1 front-matter:')),
      err.join('\n'),
    );
  });

  it('as the bundled bin: `pillars check --fix -` in a pipe, and the files fixed in worker threads', () => {
    const piped = spawnSync(process.execPath, [BIN, 'check', '--fix', '-'], {
      input: FIXABLE,
      encoding: 'utf8',
      cwd: dir,
    });
    assert.equal(piped.status, 1, piped.stderr);
    assert.equal(piped.stdout, readFixed(FIXABLE));
    assert.match(piped.stderr, /^<stdin>$/m);
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), FIXABLE);
    const files = spawnSync(process.execPath, [BIN, 'check', '--fix', '--jobs', '2', '.'], {
      encoding: 'utf8',
      cwd: dir,
    });
    assert.equal(files.status, 1, files.stderr);
    for (const name of ['a.md', 'b.md', 'c.md'])
      assert.equal(readFileSync(join(dir, name), 'utf8'), readFixed(FIXABLE));
    assert.deepEqual(
      files.stderr
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(':')[1].trim().replace('fixed ', '')),
      ['a.md', 'a.md', 'a.md', 'b.md', 'b.md', 'b.md', 'c.md', 'c.md', 'c.md'],
    );
  });

  it('--jobs takes a whole number of at least 1', async () => {
    const result = await cli(['check', '--jobs', '0', 'x.md']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--jobs takes a whole number of at least 1, not "0"/);
  });
});

/** FIXABLE as --fix leaves it. */
function readFixed(text: string): string {
  return text
    .replace('  skp: [education]', '  skip: [education]')
    .replace('[@belarus:un-ggee]', '[@belarus:un-gge]')
    .replace('“Belarus knows that no nation can fight cyber threats in isolation.”', `“${CLAIM}”`);
}
