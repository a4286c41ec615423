/**
 * Property tests: random drafts from a grammar of what writers really leave in a file (half-written,
 * pasted, broken) must never make the checker throw, report outside the draft, change its mind,
 * offer a quick fix that does not fix, change a verdict for a blank line, or differ from a check of
 * the whole document (as remark-cli would run it) when checked in pieces. Fixed seed, so a run
 * is repeatable; `npm run fuzz` runs the same properties on far more drafts.
 */
import fc from 'fast-check';
import {
  blankLineAtEnd,
  checks,
  deterministic,
  fixesClear,
  rangesInside,
  sameAsWhole,
} from '../support/draft-properties.js';
import { markdownDraft } from '../support/markdown-arbitrary.js';

export const SEED = 20240611;

function holds(name: string, runs: number, property: (text: string) => void): void {
  it(`${name} (${runs} drafts)`, function () {
    this.timeout(120_000);
    // On failure fast-check prints the seed, the path and the shrunk draft.
    fc.assert(fc.property(markdownDraft, property), { seed: SEED, numRuns: runs, endOnFailure: false });
  });
}

describe('properties of the checker on random drafts', () => {
  holds('never throws and always checks the draft', 1000, (text) => void checks(text));
  holds('reports ranges inside the draft, start before end, line/column matching the offset', 600, (text) =>
    rangesInside(text),
  );
  holds('gives the same result for the same draft, whatever was checked before', 300, deterministic);
  holds('a quick fix clears the message it fixes', 300, (text) => fixesClear(text));
  holds('a blank line at the end changes no verdict', 400, (text) => blankLineAtEnd(text));
  holds('checking in pieces gives what a whole-document check gives', 500, sameAsWhole);
});
