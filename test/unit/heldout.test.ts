/**
 * Generalisation: drafts labelled blind, never tuned against one by one. Every pillar a reader
 * says is covered must be found, and overall agreement must stay at 90 % or more.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, PILLAR_IDS, type PillarId } from '../../src/core/index.js';

const DIR = join(import.meta.dirname, '..', 'heldout');
const drafts = readdirSync(DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => ({
    name,
    result: checkDraft(readFileSync(join(DIR, name), 'utf8')),
    covered: (JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.expect.json')), 'utf8')) as { covered: PillarId[] }).covered,
  }));

describe('held-out drafts (labelled blind)', () => {
  it('finds every pillar a reader labelled covered', () => {
    const missed = drafts.flatMap(({ name, result, covered }) => covered.filter((id) => !result.coverage[id].covered).map((id) => `${name}: ${id}`));
    assert.deepEqual(missed, []);
  });

  it('agrees with the labels on at least 90 % of verdicts', () => {
    let agree = 0;
    for (const { result, covered } of drafts) for (const id of PILLAR_IDS) if (result.coverage[id].covered === covered.includes(id)) agree++;
    const total = drafts.length * PILLAR_IDS.length;
    assert.ok(drafts.length >= 20, `${drafts.length} drafts`);
    assert.ok(agree / total >= 0.9, `agreement ${agree}/${total}`);
  });
});
