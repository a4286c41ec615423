/**
 * Broken front matter: each problem is one `front-matter` message naming the key at its place,
 * and the defaults keep working (the rest of the draft is still checked).
 */
import assert from 'node:assert/strict';
import { checkDraft, PILLAR_IDS, type CheckResult } from '../../src/core/index.js';

const BODY = '# Strategy\n\nWe will sign bilateral agreements and memoranda of understanding with our partners.\n';

const frontMatterMessages = (result: CheckResult) => result.messages.filter((m) => m.ruleId === 'front-matter');
const statuses = (result: CheckResult) => PILLAR_IDS.map((id) => result.coverage[id].status);

describe('front matter that cannot be used', () => {
  const defaults = statuses(checkDraft(BODY));

  it('reports YAML that does not parse, on the whole block, and checks the draft with the defaults', () => {
    const result = checkDraft(`---\npillars: [unclosed\n---\n${BODY}`);
    const [message, ...rest] = frontMatterMessages(result);
    assert.equal(rest.length, 0);
    assert.match(message.message, /not valid YAML/);
    assert.deepEqual([message.range.start.line, message.range.end.line], [1, 3]);
    assert.deepEqual(statuses(result), defaults);
  });

  const cases: { yaml: string; message: RegExp; line: number }[] = [
    { yaml: 'pillars: 5', message: /`pillars` must be a mapping/, line: 2 },
    { yaml: 'pillars: [education]', message: /`pillars` must be a mapping/, line: 2 },
    { yaml: 'pillars:\n  skip: {a: 1}', message: /`pillars.skip` must be a list/, line: 3 },
    { yaml: 'pillars:\n  skip: [nope]', message: /unknown pillar `nope`/, line: 3 },
    { yaml: 'pillars:\n  reason: [1, 2]', message: /`pillars.reason` must be text/, line: 3 },
    { yaml: 'title: x\npillars:\n  skp: [education]', message: /`pillars.skp` is not a known setting/, line: 4 },
  ];
  for (const { yaml, message, line } of cases) {
    it(`names the key at its line: ${JSON.stringify(yaml)}`, () => {
      const result = checkDraft(`---\n${yaml}\n---\n${BODY}`);
      const found = frontMatterMessages(result);
      assert.equal(found.length, 1, found.map((m) => m.message).join('\n'));
      assert.match(found[0].message, message);
      assert.equal(found[0].range.start.line, line);
      assert.deepEqual(statuses(result), defaults, 'the defaults apply: nothing is skipped');
    });
  }

  it('keeps the valid settings beside an unknown pillar id', () => {
    const result = checkDraft(`---\npillars:\n  skip: [nope, education]\n---\n${BODY}`);
    assert.equal(result.coverage.education.status, 'skipped');
    assert.equal(frontMatterMessages(result).length, 1);
  });

  it('reads front matter after a byte order mark, with places counted from the BOM', () => {
    const text = `\uFEFF---\npillars:\n  skip: [education]\n  extra: 1\n---\n${BODY}`;
    const result = checkDraft(text);
    assert.equal(result.coverage.education.status, 'skipped');
    const [message] = frontMatterMessages(result);
    assert.equal(message.range.start.line, 4);
    assert.equal(text.slice(message.range.start.offset, message.range.end.offset).trim(), 'extra:');
  });

  it('reads front matter with lone CR line breaks', () => {
    const result = checkDraft(`---\rpillars:\r  skip: [education]\r---\r${BODY.replace(/\n/g, '\r')}`);
    assert.equal(result.coverage.education.status, 'skipped');
    assert.equal(frontMatterMessages(result).length, 0);
  });

  it('treats an unclosed --- as no front matter: nothing skipped, nothing reported, the draft still checked', () => {
    const result = checkDraft(`---\npillars:\n  skip: [education]\n\n${BODY}`);
    assert.equal(result.notChecked, undefined);
    assert.equal(result.coverage.education.status, 'missing');
    assert.equal(frontMatterMessages(result).length, 0);
    assert.equal(result.coverage.partnerships.covered, true);
  });

  it('fills empty front matter with the settings of the out-of-scope quick fix, on lines of their own', () => {
    const text = `---\n---\n${BODY}`;
    const message = checkDraft(text).messages.find((m) => m.ruleId === 'missing-pillar' && m.pillar === 'education')!;
    const fix = message.fixes.find((f) => /out of scope/.test(f.title))!;
    const fixed = fix.edits.reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
    assert.match(fixed, /^---\npillars:\n {2}skip: \[ ?education ?\]\n {2}reason: .*\n---\n# Strategy/);
    assert.equal(checkDraft(fixed).coverage.education.status, 'skipped');
  });
});
