/** Exit codes chosen by the team: `--fail-on`, `--max-warnings`, and the same in the configuration file. */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COVERS_ALL_PILLARS, runCliCaptured } from '../support/cli.js';

/** Three missing pillars (warnings) and nothing else. */
const GAP =
  '# Gap\n\nWe will sign bilateral agreements and memoranda of understanding with our neighbours.\n\n## Partnerships\n\nMore partnerships.\n';
const THIN = COVERS_ALL_PILLARS.replace(/## Education[\s\S]*/, 'Education: see [@belarus:talent-pool].\n');
const ERROR = `${COVERS_ALL_PILLARS}\nAs argued [@belarus:un-ggee].\n`;

describe('pillars check: exit codes', () => {
  let dir: string;
  const code = async (argv: string[]) => {
    const result = await runCliCaptured(['check', ...argv], { cwd: dir });
    assert.equal(result.stderr, '');
    return result.code;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'pillars-exit-'));
    writeFileSync(join(dir, 'gap.md'), GAP);
    writeFileSync(join(dir, 'thin.md'), THIN);
    writeFileSync(join(dir, 'error.md'), ERROR);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--fail-on warning (the default) fails on warnings and errors, not on info', async () => {
    assert.equal(await code(['gap.md']), 1);
    assert.equal(await code(['gap.md', '--fail-on', 'warning']), 1);
    assert.equal(await code(['thin.md']), 0);
    assert.equal(await code(['error.md']), 1);
  });

  it('--fail-on error lets warnings pass; info fails on anything; never passes everything', async () => {
    assert.equal(await code(['gap.md', '--fail-on', 'error']), 0);
    assert.equal(await code(['error.md', '--fail-on=error']), 1);
    assert.equal(await code(['thin.md', '--fail-on', 'info']), 1);
    assert.equal(await code(['error.md', '--fail-on', 'never']), 0);
  });

  it('--max-warnings N fails on more than N warnings, whatever --fail-on says', async () => {
    const warnings = (
      JSON.parse((await runCliCaptured(['check', 'gap.md', '--format', 'json'], { cwd: dir })).stdout).files[0]
        .messages as { severity: string }[]
    ).filter((m) => m.severity === 'warning').length;
    assert.ok(warnings >= 2);
    assert.equal(await code(['gap.md', '--fail-on', 'never', '--max-warnings', String(warnings)]), 0);
    assert.equal(await code(['gap.md', '--fail-on', 'never', '--max-warnings', String(warnings - 1)]), 1);
    assert.equal(await code(['gap.md', '--fail-on', 'error', '--max-warnings', '0']), 1);
  });

  it('takes failOn and maxWarnings from the configuration file; the flags win', async () => {
    const sub = mkdtempSync(join(dir, 'configured-'));
    writeFileSync(join(sub, '.pillarsrc.json'), JSON.stringify({ failOn: 'error', maxWarnings: 10 }));
    writeFileSync(join(sub, 'gap.md'), GAP);
    const run = async (argv: string[]) => (await runCliCaptured(['check', 'gap.md', ...argv], { cwd: sub })).code;
    assert.equal(await run([]), 0);
    assert.equal(await run(['--fail-on', 'warning']), 1);
    assert.equal(await run(['--max-warnings', '0']), 1);
  });

  it('a bad --fail-on or --max-warnings is a usage error, exit 2', async () => {
    const bad = await runCliCaptured(['check', 'gap.md', '--fail-on', 'warnings'], { cwd: dir });
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'pillars: --fail-on takes error, warning, info, never, not "warnings"');
    const count = await runCliCaptured(['check', 'gap.md', '--max-warnings', 'ten'], { cwd: dir });
    assert.equal(count.code, 2);
    assert.match(count.stderr, /--max-warnings takes a whole number/);
  });
});
