/**
 * A draft the editor does not check (over `pillars.maxFileSize`, too large for the worker's memory, nested too
 * deeply, a fault of the checker):
 * what the status bar, the tree and the notice say, decided without the host. Also the Restricted Mode line.
 */
import assert from 'node:assert/strict';
import { builtinKnowledgeBase, checkDraft } from '../../src/core/index.js';
import { SETTINGS } from '../../src/vscode/ids.js';
import {
  NOT_CHECKED_LABEL,
  notCheckedNotice,
  pillarRow,
  RESTRICTED_MODE_LINE,
  restrictedModeNotice,
  settingsNotice,
  statusBarOf,
  statusBarWithoutReport,
} from '../../src/vscode/present.js';
import {
  formatSize,
  outOfMemoryReport,
  sizeLimitHelp,
  toReport,
  tooLargeReport,
  utf8Size,
} from '../../src/vscode/report.js';

const kb = builtinKnowledgeBase();
const education = kb.sources[0].themes.find((theme) => theme.pillar === 'education')!;

describe('drafts the editor does not check', () => {
  it('a draft over the size limit: no findings, and a message naming its size, the limit and the setting', () => {
    const report = tooLargeReport(3 * 1024 * 1024 + 200_000, 2048, SETTINGS.maxFileSize, 3_000_000, 7);
    assert.deepEqual(report.messages, []);
    assert.equal(report.version, 7);
    assert.equal(report.notChecked?.reason, 'too-large');
    assert.equal(
      report.notChecked?.message,
      'the draft is 3.2 MB, over the 2.0 MB limit of pillars.maxFileSize: not checked (raise the setting to check it).',
    );
  });

  it('a draft over a limit the workspace raised, in Restricted Mode: told to trust the workspace, not to raise the setting (the check and Insert References)', () => {
    const report = tooLargeReport(5000, 1, SETTINGS.maxFileSize, 5000, 1, true);
    assert.match(
      report.notChecked!.message,
      /Restricted Mode ignores the workspace’s settings: trust the workspace to apply it/,
    );
    assert.doesNotMatch(report.notChecked!.message, /raise the setting/);
    assert.equal(
      sizeLimitHelp(SETTINGS.maxFileSize, false, 'list its citations'),
      'raise the setting to list its citations',
    );
    assert.match(
      sizeLimitHelp(SETTINGS.maxFileSize, true, 'list its citations'),
      /^the workspace sets pillars\.maxFileSize, but Restricted Mode ignores/,
    );
  });

  it('the status bar says “not checked” and why, never a coverage it does not know', () => {
    const report = tooLargeReport(5000, 1, SETTINGS.maxFileSize, 5000, 1);
    const { text, tooltip } = statusBarOf(report);
    assert.equal(text, '$(circle-slash) Pillars: not checked (too large)');
    assert.match(tooltip, /draft not checked/);
    assert.match(tooltip, /pillars\\\.maxFileSize/, 'the message, escaped for Markdown');
    assert.doesNotMatch(tooltip, /missing/);
  });

  it('a pillar row says “not checked” instead of “missing”', () => {
    const report = tooLargeReport(5000, 1, SETTINGS.maxFileSize, 5000, 1);
    const row = pillarRow(education, report.coverage.education, report);
    assert.equal(row.description, 'not checked (too large)');
    assert.equal(row.icon?.id, 'circle-slash');
  });

  it('a draft nested too deeply comes back from the checker as not checked, and says so the same way', () => {
    const report = toReport(checkDraft('> '.repeat(500) + 'partners'), 3);
    assert.equal(report.notChecked?.reason, 'too-deep');
    assert.deepEqual(report.messages, []);
    assert.equal(statusBarOf(report).text, `$(circle-slash) Pillars: not checked (${NOT_CHECKED_LABEL['too-deep']})`);
    assert.equal(toReport(checkDraft('# Fine\n'), 1).notChecked, undefined);
  });

  it('a draft too large for the worker’s memory: not checked, and said so with the limit', () => {
    const report = outOfMemoryReport(320, 12_000_000, 4);
    assert.deepEqual(report.messages, []);
    assert.equal(report.version, 4);
    assert.equal(
      report.notChecked?.message,
      'the draft is too large to check within 320 MB of memory: not checked (split it into smaller drafts to check them).',
    );
    assert.equal(statusBarOf(report).text, '$(circle-slash) Pillars: not checked (too large to check)');
    assert.equal(
      pillarRow(education, report.coverage.education, report).description,
      'not checked (too large to check)',
    );
    const notice = notCheckedNotice('big.md', report.notChecked!, SETTINGS.maxFileSize);
    assert.equal(notice.text, `Cooperation Pillars: big.md: ${report.notChecked!.message}`);
    assert.deepEqual(notice.action, { title: 'Show Log', kind: 'log' });
  });

  it('the notice names the file and offers the setting that would help, else the log', () => {
    const large = notCheckedNotice(
      'drafts/annex.md',
      tooLargeReport(5000, 1, SETTINGS.maxFileSize, 5000, 1).notChecked!,
      SETTINGS.maxFileSize,
    );
    assert.match(
      large.text,
      /^Cooperation Pillars: drafts\/annex\.md: the draft is 4\.9 KB, over the 1\.0 KB limit of pillars\.maxFileSize/,
    );
    assert.deepEqual(large.action, { title: 'Open Settings', kind: 'settings', setting: SETTINGS.maxFileSize });
    const deep = notCheckedNotice(
      'deep.md',
      { reason: 'too-deep', message: 'nested too deeply' },
      SETTINGS.maxFileSize,
    );
    assert.deepEqual(deep.action, { title: 'Show Log', kind: 'log' });
  });

  it('sizes are counted as the file saved in UTF-8, and written as the CLI writes them', () => {
    assert.equal(utf8Size('aé€😀'), 1 + 2 + 3 + 4);
    assert.equal(formatSize(300), '300 B');
    assert.equal(formatSize(1536), '1.5 KB');
    assert.equal(formatSize(10 * 1024 * 1024), '10.0 MB');
  });
});

describe('settings and Restricted Mode notices', () => {
  it('one notice for the settings that cannot be used: the first in full, the others counted', () => {
    assert.equal(
      settingsNotice(['pillars.rules in user settings: x: ignored.']).text,
      'Cooperation Pillars ignored a setting: pillars.rules in user settings: x: ignored. Other settings levels or the defaults apply.',
    );
    assert.match(settingsNotice(['a.', 'b.', 'c.']).text, /a\. \(and 2 more problems: see the log\)/);
  });

  it('in Restricted Mode the status bar’s tooltip says the workspace’s settings are ignored', () => {
    const report = toReport(checkDraft('# Note\n\nPartners.\n'), 1);
    assert.ok(statusBarOf(report, { restricted: true }).tooltip.includes(RESTRICTED_MODE_LINE));
    assert.ok(!statusBarOf(report).tooltip.includes(RESTRICTED_MODE_LINE));
    assert.ok(
      statusBarWithoutReport(false, SETTINGS.enable, { restricted: true }).tooltip.includes(RESTRICTED_MODE_LINE),
    );
    const notice = restrictedModeNotice([SETTINGS.include, SETTINGS.maxFileSize]);
    assert.match(notice.text, /pillars\.drafts\.include, pillars\.maxFileSize/);
    assert.equal(notice.action.kind, 'trust');
  });
});
