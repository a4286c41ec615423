import assert from 'node:assert/strict';
import { citationItemAt, findCitations, LineIndex, quoteMatches } from '../../src/core/index.js';
import { splitSentences } from '../../src/core/sentences.js';
import { findSignals, stem } from '../../src/core/signals.js';

const sentences = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('sentence splitting', () => {
  it('keeps abbreviations, initials and parenthesised acronyms inside a sentence', () => {
    assert.deepEqual(sentences('The U.N. group (GGE) met, e.g. in New York. Dr. Smith spoke. It ended.'), [
      'The U.N. group (GGE) met, e.g. in New York.',
      'Dr. Smith spoke.',
      'It ended.',
    ]);
  });
  it('ends a sentence after a closing quote or bracket', () => {
    assert.deepEqual(sentences('He said “no.” Then (later.) She left!'), ['He said “no.”', 'Then (later.)', 'She left!']);
  });
  it('keeps a trailing fragment', () => {
    assert.deepEqual(sentences('One. Two without stop'), ['One.', 'Two without stop']);
  });
});

describe('citations', () => {
  it('reads single, multi-key, suppressed-author and braced citations with locators', () => {
    const text = 'A [@belarus:un-gge]. B [see @belarus:national-cert, p. 3; -@belarus:talent-pool]. C [@{odd key}].';
    const found = findCitations(text);
    assert.deepEqual(
      found.map((c) => c.items.map((i) => [i.key, i.prefix, i.suffix, i.suppressAuthor])),
      [[['belarus:un-gge', '', '', false]], [['belarus:national-cert', 'see', ', p. 3', false], ['belarus:talent-pool', '', '', true]], [['odd key', '', '', false]]],
    );
    const item = found[1].items[1];
    assert.equal(text.slice(item.start, item.end), 'belarus:talent-pool');
  });
  it('ignores e-mail addresses, links and footnote-like brackets', () => {
    assert.deepEqual(findCitations('Mail me@example.org, see [a link](http://x.org/@user) and [^1].', ['belarus']), []);
  });
  it('reads author-in-text keys only in a known namespace', () => {
    const found = findCitations('As @belarus:un-gge says, and @someone else.', ['belarus']);
    assert.deepEqual(found.map((c) => c.items[0].key), ['belarus:un-gge']);
  });
  it('drops a citation key that ends in punctuation from its key', () => {
    assert.equal(findCitations('[@belarus:un-gge.]')[0].items[0].key, 'belarus:un-gge');
  });
  it('finds the item under an offset', () => {
    const text = '[@a:b; @c:d, p. 3]';
    const found = findCitations(text);
    assert.equal(citationItemAt(found, text.indexOf('c:d'))?.key, 'c:d');
    assert.equal(citationItemAt(found, 0), undefined);
  });
});

describe('quotation matching', () => {
  const claim = 'Belarus recognizes that no nation can combat cyber threats in isolation.';
  it('accepts the exact words, a part of them, other quote marks and spacing, and marked omissions', () => {
    assert.ok(quoteMatches('Belarus recognizes that no nation can combat cyber threats in isolation.', claim));
    assert.ok(quoteMatches('no nation can combat  cyber\nthreats', claim));
    assert.ok(quoteMatches('Belarus recognizes … cyber threats in isolation', claim));
    assert.ok(quoteMatches('Belarus recognizes [...] in isolation', claim));
  });
  it('rejects changed words', () => {
    assert.ok(!quoteMatches('no nation can fight cyber threats alone', claim));
  });
});

describe('positions', () => {
  it('maps offsets to lines and columns with LF, CRLF and lone CR', () => {
    const lines = new LineIndex('a\r\nbc\rd\ne');
    assert.deepEqual(lines.point(3), { line: 2, column: 1, offset: 3 });
    assert.deepEqual(lines.point(6), { line: 3, column: 1, offset: 6 });
    assert.deepEqual(lines.point(8), { line: 4, column: 1, offset: 8 });
    assert.equal(lines.offset(3, 1), 6);
  });
});

describe('signal words', () => {
  it('match any inflection but do not over-stem', () => {
    assert.equal(stem('trained'), stem('training'));
    assert.equal(stem('universities'), stem('university'));
    assert.notEqual(stem('deliberately'), stem('deliberation'));
  });
  it('find multi-word phrases in the vocabulary of real strategies', () => {
    const found = findSignals('We will sign memoranda of understanding and expand the CSIRT, curricula and confidence-building measures.');
    assert.deepEqual(
      found.map((m) => [m.pillar, m.signal.id]),
      [['partnerships', 'memorandum of understanding'], ['policy', 'cert'], ['education', 'curriculum'], ['dialogue', 'confidence-building']],
    );
  });
  it('know false friends, which never count as coverage', () => {
    const found = findSignals('The model training data came from a law firm.');
    assert.ok(found.every((m) => m.signal.weight === 0));
  });
});
