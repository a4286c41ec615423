/** The core's helpers for editors: citations at a place, keys being typed, insertions, the references section. */
import assert from 'node:assert/strict';
import {
  applyEdits,
  builtinKnowledgeBase,
  checkDraft,
  citationAt,
  citationInsertEdit,
  citationKeyAt,
  citedClaims,
  paragraphAround,
  PILLAR_IDS,
  quoteWithCitation,
  referencesEdit,
  REFERENCES_HEADING,
} from '../../src/core/index.js';

const kb = builtinKnowledgeBase();
const NS = kb.namespaces;

/** The text with `|` removed, and the offset where it stood. */
function cursor(marked: string): { text: string; offset: number } {
  const offset = marked.indexOf('|');
  return { text: marked.slice(0, offset) + marked.slice(offset + 1), offset };
}

function references(text: string): string {
  const result = checkDraft(text);
  const { analysis } = result;
  return applyEdits(text, [
    referencesEdit({ text, citations: analysis.citations, headings: analysis.headings, title: analysis.title }, kb),
  ]);
}

describe('editor helpers', () => {
  describe('paragraphAround', () => {
    it('stops at blank lines, with any line ending', () => {
      const text = 'one\r\n\r\ntwo\r\nthree\r\n  \r\nfour';
      const { start, end } = paragraphAround(text, text.indexOf('three'));
      assert.equal(text.slice(start, end), 'two\r\nthree');
    });

    it('is empty on a blank line', () => {
      const text = 'one\n\n\ntwo';
      const { start, end } = paragraphAround(text, 5);
      assert.equal(start, end);
    });
  });

  describe('citationAt', () => {
    it('finds each key of a multi-key citation, with its locator', () => {
      const text = 'Intro.\n\nAs said [see @belarus:un-gge, p. 3; -@belarus:national-cert] here.';
      const first = citationAt(text, text.indexOf('un-gge'), NS);
      assert.equal(first?.item.key, 'belarus:un-gge');
      assert.equal(first?.item.suffix, ', p. 3');
      const second = citationAt(text, text.indexOf('national-cert') + 3, NS);
      assert.equal(second?.item.key, 'belarus:national-cert');
      assert.equal(text.slice(second!.item.start, second!.item.end), 'belarus:national-cert');
      assert.equal(second?.citation.items.length, 2);
    });

    it('finds a key on its @ and at its end, not in the prefix or outside', () => {
      const text = '[see @belarus:un-gge] after';
      assert.equal(citationAt(text, text.indexOf('@'), NS)?.item.key, 'belarus:un-gge');
      assert.equal(citationAt(text, text.indexOf(']'), NS)?.item.key, 'belarus:un-gge');
      assert.equal(citationAt(text, 2, NS), undefined);
      assert.equal(citationAt(text, text.indexOf('after'), NS), undefined);
    });

    it('finds an author-in-text key of a known namespace, never an e-mail address', () => {
      const text = 'As @belarus:talent-pool notes; mail info@belarus:talent-pool.';
      assert.equal(citationAt(text, 6, NS)?.item.key, 'belarus:talent-pool');
      assert.equal(citationAt(text, text.lastIndexOf('talent'), NS), undefined);
    });
  });

  describe('citationKeyAt', () => {
    const cases: [string, string | undefined][] = [
      ['As said [@|', ''],
      ['As said [@bel|', 'bel'],
      ['As said [@belarus:un|-gge]', 'belarus:un'],
      ['[@belarus:un-gge; @|]', ''],
      ['[see @work|', 'work'],
      ['[-@CERT|', 'CERT'],
      ['mail me at info@exa|', undefined],
      ['no bracket @bel|', undefined],
      ['[closed] @bel|', undefined],
      ['[open\n\nnew paragraph @bel|', undefined],
    ];
    for (const [marked, prefix] of cases) {
      it(`${JSON.stringify(marked)} → ${prefix === undefined ? 'no key' : JSON.stringify(prefix)}`, () => {
        const { text, offset } = cursor(marked);
        const key = citationKeyAt(text, offset);
        assert.equal(key?.prefix, prefix);
        if (key) assert.equal(text[key.start - 1], '@');
      });
    }

    it('spans the whole key, also after the cursor', () => {
      const { text, offset } = cursor('[@belarus:un|-gge]');
      const key = citationKeyAt(text, offset)!;
      assert.equal(text.slice(key.start, key.end), 'belarus:un-gge');
    });
  });

  describe('citationInsertEdit', () => {
    it('inserts a bracketed citation at the cursor', () => {
      const text = 'We act.';
      const edit = citationInsertEdit(text, 6, 6, 'belarus:un-gge', NS);
      assert.equal(applyEdits(text, [edit]), 'We act[@belarus:un-gge].');
    });

    it('adds to a citation the cursor is inside', () => {
      const text = 'We act [@belarus:un-gge, p. 2].';
      const edit = citationInsertEdit(
        text,
        text.indexOf('un-gge'),
        text.indexOf('un-gge'),
        'belarus:national-cert',
        NS,
      );
      assert.equal(applyEdits(text, [edit]), 'We act [@belarus:un-gge, p. 2; @belarus:national-cert].');
    });

    it('replaces a selection', () => {
      const text = 'We act (citation here).';
      const start = text.indexOf('(');
      const edit = citationInsertEdit(text, start, text.indexOf(')') + 1, 'belarus:un-gge', NS);
      assert.equal(applyEdits(text, [edit]), 'We act [@belarus:un-gge].');
    });
  });

  it('a quotation with its citation is never a misquote', () => {
    for (const claim of kb.claims) {
      const result = checkDraft(`# Draft\n\nThe source says ${quoteWithCitation(claim)}.\n`);
      assert.deepEqual(
        result.messages.filter((message) => message.ruleId === 'misquote' || message.ruleId === 'unknown-citation'),
        [],
        claim.key,
      );
    }
  });

  describe('references section', () => {
    const draft = [
      '# Strategy',
      '',
      '## Partners',
      '',
      'We cite [@belarus:un-gge; @belarus:national-cert] and again [@belarus:un-gge], and a typo [@belarus:nope].',
      '',
      '## Conclusion',
      '',
      'Done [@belarus:four-commitments].',
      '',
    ].join('\n');

    it('lists each cited claim once, in order of first citation, with its full text', () => {
      assert.deepEqual(
        citedClaims(checkDraft(draft).analysis.citations).map((claim) => claim.key),
        ['belarus:un-gge', 'belarus:national-cert', 'belarus:four-commitments'],
      );
      const text = references(draft);
      assert.ok(text.startsWith(draft), 'the section goes at the end');
      assert.match(text, new RegExp(`\\n## ${REFERENCES_HEADING.replace(/[()]/g, '\\$&')}\\n`));
      for (const key of ['un-gge', 'national-cert', 'four-commitments']) {
        const claim = kb.claim(`belarus:${key}`)!;
        assert.ok(text.includes(claim.text), `${key}'s full text`);
      }
      assert.ok(!text.includes('belarus:nope</code>'), 'unknown keys are left out');
    });

    it('does not change coverage or findings: quoting the source there is not evidence', () => {
      const before = checkDraft(draft);
      const after = checkDraft(references(draft));
      for (const id of PILLAR_IDS) assert.equal(after.coverage[id].status, before.coverage[id].status, id);
      assert.deepEqual(
        after.messages.map((message) => message.ruleId),
        before.messages.map((message) => message.ruleId),
      );
    });

    it('is updated in place when run again, and running it twice changes nothing', () => {
      const once = references(draft);
      assert.equal(references(once), once);
      const more = once.replace(
        'Done [@belarus:four-commitments].',
        'Done [@belarus:four-commitments; @belarus:talent-pool].',
      );
      const updated = references(more);
      assert.equal(updated.split(REFERENCES_HEADING).length - 1, 1, 'one section');
      assert.ok(updated.includes(kb.claim('belarus:talent-pool')!.text));
      assert.ok(updated.endsWith('<!-- /cooperation-pillars:references -->\n'));
    });

    it('keeps CRLF line endings and says so when nothing is cited', () => {
      const text = references('# Note\r\n\r\nNo citations.\r\n');
      assert.ok(!/[^\r]\n/.test(text), 'only CRLF');
      assert.match(text, /cites no claim/);
    });

    it('goes before nothing else: new pillar sections are inserted above it', () => {
      const text = references(draft);
      const result = checkDraft(text);
      const fix = result.messages.find((message) => message.ruleId === 'missing-pillar')!.fixes[0];
      const fixed = applyEdits(text, fix.edits);
      assert.ok(fixed.indexOf(REFERENCES_HEADING) > fixed.indexOf(fix.edits[0].newText.trim().split('\n')[0]));
      assert.ok(fixed.indexOf('<!-- /cooperation-pillars:references -->') > fixed.indexOf(REFERENCES_HEADING));
    });
  });
});
