/** The misquote fix restores the words quoted, not the whole claim (issue 14, defect 3). */
import assert from 'node:assert/strict';
import { builtinKnowledgeBase, checkDraft } from '../../src/core/index.js';
import { applyEdits } from '../../src/core/edits/fixes.js';
import { quotedSpan } from '../../src/core/analysis/quote-span.js';

const kb = builtinKnowledgeBase();
const robust = kb.claim('belarus:robust-policies')!.text;

describe('the words a partial quotation stands for', () => {
  it('are the run of the claim it renders, without the subject or the full stop it left out', () => {
    assert.equal(
      quotedSpan('has implementd robust cybersecurity policies', robust),
      'has implemented robust cybersecurity policies',
    );
    assert.equal(
      quotedSpan('safeguard its critical infrastructure, businesses and citizens', robust),
      'safeguard its critical infrastructure, businesses, and citizens',
    );
  });

  it('keep the full stop when the quotation ended the sentence', () => {
    assert.equal(quotedSpan('businesses and citizens.', robust), 'businesses, and citizens.');
  });

  it('end with the claim’s last words when the quotation ended the sentence in other words, never on a word such as “in”', () => {
    const alone = kb.claim('belarus:no-nation-alone')!.text;
    assert.equal(
      quotedSpan('no nation can combat cyber threats in solitude.', alone),
      'no nation can combat cyber threats in isolation.',
    );
    assert.equal(
      quotedSpan('no nation can fight cyber threats in', alone),
      'no nation can combat cyber threats in isolation',
    );
  });

  it('are the whole claim when most of it is quoted, or too little of it to tell', () => {
    assert.equal(
      quotedSpan(
        'Belarus has implemented robust cyber security policies and regulations to safeguard its critical infrastructure, businesses, and citizens.',
        robust,
      ),
      robust,
    );
    assert.equal(quotedSpan('something else entirely', robust), robust);
  });

  it('make the misquote fix restore only the quoted span, which is then no misquote', () => {
    const draft =
      '# Note\n\nWe note that Belarus “has implementd robust cybersecurity policies” [@belarus:robust-policies].\n';
    const message = checkDraft(draft).messages.find((m) => m.ruleId === 'misquote')!;
    assert.ok(message, 'the misquotation is reported');
    const fixed = applyEdits(draft, message.fixes[0].edits);
    assert.equal(
      fixed,
      '# Note\n\nWe note that Belarus “has implemented robust cybersecurity policies” [@belarus:robust-policies].\n',
    );
    assert.deepEqual(
      checkDraft(fixed).messages.filter((m) => m.ruleId === 'misquote'),
      [],
    );
  });
});
