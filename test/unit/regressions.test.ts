/**
 * Drafts on which a property once failed (found by `npm run fuzz` or the property tests), kept as
 * they were: every property must hold on each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allProperties } from '../support/draft-properties.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'regressions');

describe('regression drafts', () => {
  const names = readdirSync(DIR)
    .filter((name) => name.endsWith('.md'))
    .sort();

  it('has the drafts the fuzzer found', () => {
    if (names.length === 0) throw new Error(`no drafts in ${DIR}`);
  });

  for (const name of names) {
    it(name, () => allProperties(readFileSync(join(DIR, name), 'utf8')));
  }
});
