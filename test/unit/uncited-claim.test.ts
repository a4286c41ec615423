/** The uncited-claim rule (issue 14): a sentence restating a claim without citing it, and its quick fix. */
import assert from 'node:assert/strict';
import { checkDraft } from '../../src/core/index.js';
import { applyEdits } from '../../src/core/edits/fixes.js';

const uncited = (text: string) => checkDraft(text).messages.filter((m) => m.ruleId === 'uncited-claim');

describe('uncited-claim', () => {
  it('names the claim a sentence restates in other order and words, as information', () => {
    const text =
      '# Note\n\nIn its universities the country has set up research centers and cybersecurity programs, which offer specialized training so that professionals gain the skills they need.\n';
    const [message] = uncited(text);
    assert.ok(message, 'the paraphrase is found');
    assert.equal(message.claim, 'belarus:university-programs');
    assert.equal(message.severity, 'info');
    assert.match(message.message, /restates the claim @belarus:university-programs/);
  });

  it('offers a quick fix that cites the claim before the full stop, after which nothing is reported', () => {
    const text =
      '# Note\n\nThe country hosts the annual International Forum on Information Security, which draws participants from across the globe.\n';
    const [message] = uncited(text);
    assert.equal(message.claim, 'belarus:security-forum');
    const fixed = applyEdits(text, message.fixes[0].edits);
    assert.ok(fixed.includes('across the globe [@belarus:security-forum].'));
    assert.deepEqual(uncited(fixed), []);
  });

  it('keeps quiet on a sentence on the same topic, a cited or quoted one, code and the references list', () => {
    assert.deepEqual(
      uncited('# Note\n\nWe will invest in cybersecurity education and host an international forum.\n'),
      [],
    );
    assert.deepEqual(
      uncited(
        '# Note\n\nThe country hosts the annual International Forum on Information Security, attracting participants [@belarus:dialogue-events].\n',
      ),
      [],
    );
    assert.deepEqual(
      uncited(
        '# Note\n\n```\nThe country hosts the annual International Forum on Information Security, attracting participants from across the globe.\n```\n',
      ),
      [],
    );
    assert.deepEqual(
      uncited(
        '# Note\n\n<dl><dd>The country hosts the annual International Forum on Information Security, attracting participants from across the globe.</dd></dl>\n',
      ),
      [],
    );
  });

  it('finds the same restatements when its sentences were read before (remembered), and none inside a citation among many', () => {
    const sentence =
      'The country hosts the annual International Forum on Information Security, which draws participants from across the globe.';
    const cited = Array.from({ length: 50 }, (_, i) => `Point ${i} [@belarus:dialogue-events].`).join(' ');
    const text = `# Note\n\n${sentence}\n\n${cited}\n\n${sentence}\n\nThe country hosts the annual International Forum on Information Security [@belarus:security-forum], which draws participants from across the globe.\n`;
    const first = uncited(text).map((m) => [m.claim, m.range.start.line]);
    assert.deepEqual(first, [
      ['belarus:security-forum', 3],
      ['belarus:security-forum', 7],
    ]);
    assert.deepEqual(
      uncited(text).map((m) => [m.claim, m.range.start.line]),
      first,
    );
    assert.deepEqual(
      uncited(text.replace(`${sentence}\n\n${cited}`, cited)).map((m) => [m.claim, m.range.start.line]),
      [['belarus:security-forum', 5]],
    );
  });
});
