import assert from 'node:assert/strict';
import { citationItemAt, findCitations, LineIndex, quoteMatches } from '../../src/core/index.js';
import { splitSentences } from '../../src/core/analysis/sentences.js';
import fc from 'fast-check';
import { PILLARS } from '../../src/core/framework/pillars.js';
import { stem as porter2 } from 'porter2';
import { findSignals, stem } from '../../src/core/judgement/signals.js';

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
    assert.deepEqual(sentences('He said “no.” Then (later.) She left!'), [
      'He said “no.”',
      'Then (later.)',
      'She left!',
    ]);
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
      [
        [['belarus:un-gge', '', '', false]],
        [
          ['belarus:national-cert', 'see', ', p. 3', false],
          ['belarus:talent-pool', '', '', true],
        ],
        [['odd key', '', '', false]],
      ],
    );
    const item = found[1].items[1];
    assert.equal(text.slice(item.start, item.end), 'belarus:talent-pool');
  });
  it('ignores e-mail addresses, links and footnote-like brackets', () => {
    assert.deepEqual(findCitations('Mail me@example.org, see [a link](http://x.org/@user) and [^1].', ['belarus']), []);
  });
  it('reads author-in-text keys only in a known namespace', () => {
    const found = findCitations('As @belarus:un-gge says, and @someone else.', ['belarus']);
    assert.deepEqual(
      found.map((c) => c.items[0].key),
      ['belarus:un-gge'],
    );
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
  it('match any inflection and derivation but do not over-stem', () => {
    assert.equal(stem('trained'), stem('training'));
    assert.equal(stem('universities'), stem('university'));
    assert.equal(stem('collaboratively'), stem('collaboration'));
    assert.notEqual(stem('deliberately'), stem('deliberation'));
    assert.notEqual(stem('internal'), stem('international'));
    assert.notEqual(stem('universal'), stem('university'));
  });
  it('find multi-word phrases in the vocabulary of real strategies', () => {
    const found = findSignals(
      'We will sign memoranda of understanding and expand the CSIRT, curricula and confidence-building measures.',
    );
    assert.deepEqual(
      found.map((m) => [m.pillar, m.signal.id]),
      [
        ['partnerships', 'memorandum of understanding'],
        ['policy', 'cert'],
        ['education', 'curriculum'],
        ['dialogue', 'confidence-building'],
      ],
    );
  });
  it('stem with Porter2 (the porter2 package), American spellings made British first', () => {
    // Words with no American spelling to change and no stem of their own: exactly Porter2's stem,
    // or the word itself where Porter2 would change its first three letters.
    const american =
      /(?:iz|yz)(?:e|es|ed|ing|er|ers|ation|ations|ational)$|^(?:behavio|neighbo|labo|favo|hono|colo|harbo|rumo|endeavo|vigo|humo|armo|rigo)r|^center|^(?:defen|licen|offen|preten)se|^programs?$|^(?:dialo|catalo|analo)gs?$|^(?:enrol|fulfil)l/;
    const own = new Set([
      'internal',
      'internally',
      'universal',
      'universally',
      'universe',
      'universes',
      'deliberately',
      'deliberate',
      'generally',
      'assistant',
      'assistants',
      'consultant',
      'consultants',
      'consultancy',
      'consultancies',
      'dying',
      'lying',
      'tying',
    ]);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{4,12}$/), (word) => {
        fc.pre(!american.test(word) && !own.has(word));
        const expected = porter2(word);
        assert.equal(
          stem(word),
          expected.length >= 3 && expected.slice(0, 3) === word.slice(0, 3) ? expected : word,
          word,
        );
      }),
      { numRuns: 20000, seed: 12 },
    );
    assert.equal(stem('Organizations'), stem('organisation'));
    assert.equal(stem('analyze'), stem('analyse'));
    assert.equal(stem('neighboring'), stem('neighbouring'));
    assert.equal(stem('centers'), stem('centres'));
    assert.equal(stem('cooperation’s'), stem('cooperation'));
    assert.equal(stem('UN'), 'un');
  });
  it('are found alike by the fast reading of words and by the plain one (every word stemmed)', () => {
    const forms = PILLARS.flatMap((pillar) => pillar.signals.flatMap((signal) => signal.forms));
    const words = [
      ...forms.flatMap((form) => form.split(/\s+/)),
      'flies',
      'spied',
      'Ties',
      'the',
      'of',
      'R&D',
      'R&',
      '&D',
      'Übung',
      'naïve',
      'İstanbul',
      'straße',
      '𝐀𝐁𝐂',
      '²',
      '2025',
      'a',
      'EU',
      'un',
      'ppp',
      'İ',
    ];
    const inflect = fc.constantFrom('', 's', 'es', 'ies', 'ied', 'ed', 'ing', 'e', "'s");
    const word = fc.oneof(
      fc.tuple(fc.constantFrom(...words), inflect).map(([w, end]) => w + end),
      fc.stringMatching(/^[a-zA-Z]{1,9}$/),
    );
    const casing = fc.constantFrom(
      (w: string) => w,
      (w: string) => w.toUpperCase(),
      (w: string) => w[0]?.toUpperCase() + w.slice(1),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            word,
            casing,
            fc.constantFrom(' ', ', ', '-', '\n', ' (', '. ', '&', '', '\u{1F600}', '\uD800', '’s '),
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          const text = parts.map(([w, c, sep]) => c(w) + sep).join('');
          assert.deepEqual(findSignals(text, 3), findSignals(text, 3, false), text);
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });
  it('know false friends, which never count as coverage', () => {
    const found = findSignals('The model training data came from a law firm.');
    assert.ok(found.every((m) => m.signal.weight === 0));
  });
});
