/**
 * Generalisation: drafts labelled blind, never tuned against one by one. Every pillar a reader
 * says is covered must be found; how far the verdicts agree overall is a figure of `npm run eval`,
 * not a threshold here.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, type PillarId } from '../../src/core/index.js';

const DIR = join(import.meta.dirname, '..', 'heldout');
const drafts = readdirSync(DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .map((name) => ({
    name,
    result: checkDraft(readFileSync(join(DIR, name), 'utf8')),
    covered: (
      JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.expect.json')), 'utf8')) as { covered: PillarId[] }
    ).covered,
  }));

describe('held-out drafts (labelled blind)', () => {
  it('finds every pillar a reader labelled covered', () => {
    const missed = drafts.flatMap(({ name, result, covered }) =>
      covered.filter((id) => !result.coverage[id].covered).map((id) => `${name}: ${id}`),
    );
    assert.deepEqual(missed, []);
  });
});
