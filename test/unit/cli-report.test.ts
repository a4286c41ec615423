/** `pillars report` on the command line: where each format goes, the exit codes of check, and formats refused. */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

describe('pillars report', () => {
  let dir: string;
  const cli = (argv: string[]) => runCliCaptured(argv, { cwd: dir });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-report-cli-'));
    writeFileSync(join(dir, 'all.md'), COVERS_ALL_PILLARS);
    writeFileSync(join(dir, 'gap.md'), '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding.\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the Markdown table to stdout, exiting as pillars check does', async () => {
    const result = await cli(['report', '--format', 'markdown']);
    assert.equal(result.code, 1, 'gap.md has warnings');
    assert.match(result.stdout, /^## Pillar coverage\n\n2 drafts: 1 covers every pillar in scope, 1 has gaps\.\n/);
    assert.match(result.stdout, /^\| `gap\.md` \| [✓◐] \S+ \(\d\) \| ✗ missing \| ✗ missing \| ✗ missing \| 1\/4 \|$/m);
    assert.equal((await cli(['report', 'all.md', '--format=markdown'])).code, 0);
  });

  it('writes the HTML page to --output, and nothing to stdout', async () => {
    const result = await cli(['report', '--output', 'out/report.html']);
    assert.equal(result.stdout, '');
    const html = readFileSync(join(dir, 'out', 'report.html'), 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /<p class="subtitle">Made by pillars \d+\.\d+\.\d+ on \d{4}-\d\d-\d\d \d\d:\d\d UTC<\/p>/);
    assert.match(html, /data-path="gap\.md"/);
  });

  it('shows a draft it cannot check as a row not checked, and exits 2', async () => {
    writeFileSync(join(dir, 'scan.md'), 'a\0b');
    const result = await cli(['report', '--format', 'markdown']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /scan\.md: looks like a binary file/);
    assert.match(
      result.stdout,
      /^\| `scan\.md` \| \? not checked \| \? not checked \| \? not checked \| \? not checked \| — \|$/m,
    );
    assert.match(result.stdout, /- `scan\.md`: looks like a binary file/);
  });

  it('refuses the check formats and --quiet, and check refuses the report formats, saying what to run', async () => {
    const json = await cli(['report', '--format', 'json']);
    assert.equal(json.code, 2);
    assert.match(
      json.stderr,
      /pillars report writes html or markdown, not "json" \(pillars check --format json gives that report\)/,
    );
    const human = await cli(['report', '--format', 'human']);
    assert.equal(human.code, 2, 'human is no report format, even though it is check’s default');
    assert.equal((await cli(['report', '--quiet'])).code, 2);
    // The report only reads: --fix would rewrite the drafts it draws.
    writeFileSync(join(dir, 'typo.md'), '# Typo\n\nSee [@belarus:un-ggee].\n');
    const fix = await cli(['report', '--fix']);
    assert.equal(fix.code, 2);
    assert.match(fix.stderr, /pillars report takes no --fix/);
    assert.equal(readFileSync(join(dir, 'typo.md'), 'utf8'), '# Typo\n\nSee [@belarus:un-ggee].\n');
    const html = await cli(['check', '--format', 'html']);
    assert.equal(html.code, 2);
    assert.match(html.stderr, /--format html is for pillars report/);
    assert.match(
      (await cli(['check', '--format', 'pdf'])).stderr,
      /unknown format "pdf": use human, json, sarif, github, junit \(check\) or html, markdown \(report\)/,
    );
  });
});
