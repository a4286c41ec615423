/**
 * Property tests of `pillars check --fix` (fixDraft): on random drafts, and on random drafts given front matter
 * with typos, each fix applied clears the finding it names, fixing stops only when no unambiguous fix is left, and
 * fixing a fixed draft changes nothing. Fixed seed, as test/unit/properties.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fixDraft, PILLAR_IDS } from '../../src/core/index.js';
import { fixingSettles } from '../support/draft-properties.js';
import { draftShape, markdownDraft, renderDraft } from '../support/markdown-arbitrary.js';
/** As test/unit/properties.test.ts: a run is repeatable. */
const SEED = 20240611;

/** A word with a writer's slip: as it is, one character dropped or doubled, or two swapped. */
function slipped(word: string): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom('none', 'drop', 'double', 'swap'), fc.nat()).map(([how, n]) => {
    const i = n % (word.length - 1);
    if (how === 'drop') return word.slice(0, i) + word.slice(i + 1);
    if (how === 'double') return word.slice(0, i) + word[i] + word.slice(i);
    if (how === 'swap') return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    return word;
  });
}

/** Front matter whose `pillars` settings may have typos, in their names and in the pillar ids of `skip`. */
const typoFrontMatter: fc.Arbitrary<string> = fc
  .tuple(
    slipped('skip'),
    fc.array(fc.constantFrom(...PILLAR_IDS).chain(slipped), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.option(slipped('reason'), { nil: undefined }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([skip, written, flow, reason, quoted, twice]) => {
    // A pillar named twice (a typo copied): its fix corrects both.
    const ids = twice ? [...written, written[0]] : written;
    const list = flow
      ? ` [${ids.map((id) => (quoted ? `"${id}"` : id)).join(', ')}]`
      : `\n${ids.map((id) => `    - ${id}`).join('\n')}`;
    return [
      '---',
      'title: A draft',
      'pillars:',
      `  ${skip}:${list}`,
      ...(reason ? [`  ${reason}: out of scope here`] : []),
      '---',
    ].join('\n');
  });

const withTypos = fc
  .tuple(draftShape, typoFrontMatter)
  .map(([shape, frontMatter]) => renderDraft({ ...shape, frontMatter, bom: false, cut: 1 }));

describe('properties of --fix on random drafts', () => {
  it('each fix clears its finding, and fixing a fixed draft changes nothing (300 drafts)', function () {
    this.timeout(120_000);
    fc.assert(fc.property(markdownDraft, fixingSettles), { seed: SEED, numRuns: 300, endOnFailure: false });
  });

  it('the same with typos in the front matter’s settings (200 drafts), every kind of fix applied', function () {
    this.timeout(120_000);
    const applied = new Set<string>();
    fc.assert(
      fc.property(withTypos, (text) => {
        fixingSettles(text);
        for (const fix of fixDraft(text).applied) applied.add(fix.title.split(' ')[0] + ' ' + fix.ruleId);
      }),
      { seed: SEED, numRuns: 200, endOnFailure: false },
    );
    // The drafts exercised every kind of fix: a property that fixed nothing would hold for nothing.
    assert.deepEqual([...applied].sort(), [
      'Rename front-matter',
      'Replace front-matter',
      'Replace misquote',
      'Replace unknown-citation',
    ]);
  });
});
