/**
 * The checker on drafts that once made it throw, misplace a range or offer a fix that did not fix:
 * each case is what a writer would notice.
 */
import assert from 'node:assert/strict';
import { applyEdits, checkDraft, KnowledgeBase, nestingEstimate, MAX_NESTING } from '../../src/core/index.js';

const PARTNERS = 'We will sign bilateral agreements and memoranda of understanding with our partners.';

describe('checker robustness', () => {
  it('counts ranges from a byte order mark, as editors do', () => {
    const text = `\uFEFF# Title\r\n\r\n${PARTNERS}`;
    const evidence = checkDraft(text).coverage.partnerships.evidence[0];
    assert.equal(text.slice(evidence.range.start.offset, evidence.range.end.offset), PARTNERS);
    assert.deepEqual([evidence.range.start.line, evidence.range.start.column], [3, 1]);
  });

  it('reports the missing pillars of a draft of blank lines or a lone marker, as of an empty one', () => {
    for (const text of ['', '\n', '\n\n\n', '   \r\n', '#', '# ', '\uFEFF#', '- ', '>', '1.']) {
      assert.equal(
        checkDraft(text).messages.filter((m) => m.ruleId === 'missing-pillar').length,
        4,
        JSON.stringify(text),
      );
    }
  });

  it('takes a half-typed control comment for a plain comment instead of stopping the check', () => {
    const result = checkDraft(`# Draft\n\n<!-- pillars dis -->\n\n${PARTNERS}`);
    assert.equal(result.notChecked, undefined);
    assert.equal(result.coverage.partnerships.covered, true);
  });

  it('inserts a missing section before a code fence left open at the end, not inside it', () => {
    const text = `# Draft\n\n${PARTNERS}\n\n\`\`\`yaml\nkey: value`;
    const message = checkDraft(text).messages.find((m) => m.pillar === 'education')!;
    const fixed = applyEdits(text, message.fixes[0].edits);
    assert.ok(fixed.endsWith('```yaml\nkey: value'), 'the fence and its code are kept as they were');
    // Outside the fence, the skeleton is read as a section: its prompt is what the message points at.
    const after = checkDraft(fixed).messages.find((m) => m.pillar === 'education')!;
    assert.match(after.message, /still to be written/);
    assert.ok(after.range.start.offset < fixed.indexOf('```yaml'));
  });

  it('replaces a misquoted blockquote with a link in it whole, leaving no half of the link', () => {
    const text = '> Belarus has [certainly](https://example.org) engaged [@belarus:multilateral-trust]';
    const message = checkDraft(text).messages.find((m) => m.ruleId === 'misquote')!;
    const fixed = applyEdits(text, message.fixes[0].edits);
    assert.ok(!fixed.includes(']('), fixed);
    assert.equal(checkDraft(fixed).messages.filter((m) => m.ruleId === 'misquote').length, 0);
  });

  it('reports a quotation in nested blockquotes once, at the innermost', () => {
    const text = '> > Belarus has not engaged [@belarus:multilateral-trust]\n>\n> > and more';
    assert.equal(checkDraft(text).messages.filter((m) => m.ruleId === 'misquote').length, 1);
  });

  it('does not check a draft nested past the limit, and says why instead of overflowing the stack', () => {
    for (const text of ['> '.repeat(10_000) + 'partners', '- '.repeat(10_000) + 'x', '>'.repeat(10_000)]) {
      const started = Date.now();
      const result = checkDraft(text);
      assert.ok(Date.now() - started < 2000, 'refused at once');
      assert.equal(result.notChecked?.reason, 'too-deep');
      assert.match(result.notChecked!.message, /nested 10000 levels deep, over the limit of 100/);
      assert.deepEqual(result.messages, []);
    }
  });

  it('checks nesting up to the limit, and takes a lower one as an option', () => {
    const text = `${'> '.repeat(MAX_NESTING)}${PARTNERS}`;
    assert.equal(nestingEstimate(text), MAX_NESTING);
    assert.equal(checkDraft(text).notChecked, undefined);
    assert.equal(checkDraft(text, { maxNesting: 10 }).notChecked?.reason, 'too-deep');
  });

  it('estimates nesting from markers and indentation, and ignores ordinary indentation', () => {
    assert.equal(nestingEstimate('- a\n  - b\n    - c'), 3);
    assert.equal(nestingEstimate('> > 1. x'), 3);
    assert.equal(nestingEstimate(`${' '.repeat(400)}plain text`), 0);
  });

  it('turns a fault of the checker into a result that says so, instead of throwing', () => {
    const broken = new Proxy(new KnowledgeBase([]), {
      get(target, key) {
        if (key === 'namespaces') throw new Error('broken knowledge base');
        return Reflect.get(target, key);
      },
    });
    const result = checkDraft('# Draft\n\nText [@x:y].', { knowledgeBase: broken });
    assert.equal(result.notChecked?.reason, 'internal-error');
    assert.match(result.notChecked!.message, /the checker failed on this draft \(Error: broken knowledge base\)/);
    assert.match(result.notChecked!.stack ?? '', /broken knowledge base/);
  });

  it('checks a draft of NUL bytes and control characters without failing', () => {
    for (const text of ['\0'.repeat(100_000), '\u0001\u0008\u001B\u007F'.repeat(10_000), '\uFEFF\0# \0\r\0']) {
      assert.equal(checkDraft(text).notChecked, undefined);
    }
  });
});
