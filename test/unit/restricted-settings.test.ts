/**
 * Restricted Mode (issue 14, defect 4): what the workspace sets is read from its files, and the notices say what helps.
 */
import assert from 'node:assert/strict';
import { notCheckedNotice } from '../../src/vscode/present.js';
import { tooLargeReport } from '../../src/vscode/report.js';
import { restrictedSettingsIn, stripJsonComments } from '../../src/vscode/restricted-settings.js';

describe('Restricted Mode', () => {
  it('finds the restricted settings a workspace’s settings.json sets, comments and trailing commas included', () => {
    const text =
      '{\n  // bigger drafts\n  "pillars.maxFileSize": 8192, /* and */\n  "pillars.drafts.include": ["docs/**/*.md",],\n  "editor.wordWrap": "on",\n}\n';
    assert.deepEqual(restrictedSettingsIn(text).sort(), ['pillars.drafts.include', 'pillars.maxFileSize']);
    assert.deepEqual(restrictedSettingsIn('{ "pillars": { "drafts": { "exclude": [] } } }'), [
      'pillars.drafts.exclude',
    ]);
    assert.deepEqual(restrictedSettingsIn('{ "pillars.enable": false, "url": "http://x//y" }'), []);
    assert.deepEqual(restrictedSettingsIn('{ "settings": { "pillars.maxFileSize": 1 } }', true), [
      'pillars.maxFileSize',
    ]);
    assert.deepEqual(restrictedSettingsIn('not json'), []);
    assert.equal(JSON.parse(stripJsonComments('{"a": "// not a comment", /* c */ "b": [1,],}')).a, '// not a comment');
  });

  it('tells a too-large draft to trust the workspace, not to raise a setting the workspace already raised', () => {
    const ignored = tooLargeReport(3 * 1024 * 1024, 2048, 'pillars.maxFileSize', 10, 1, true).notChecked!;
    assert.match(ignored.message, /Restricted Mode ignores the workspace’s settings: trust the workspace/);
    assert.doesNotMatch(ignored.message, /raise the setting/);
    assert.equal(notCheckedNotice('big.md', ignored, 'pillars.maxFileSize', true).action.kind, 'trust');
    const plain = tooLargeReport(3 * 1024 * 1024, 2048, 'pillars.maxFileSize', 10, 1).notChecked!;
    assert.match(plain.message, /raise the setting/);
    assert.equal(notCheckedNotice('big.md', plain, 'pillars.maxFileSize').action.kind, 'settings');
  });
});
