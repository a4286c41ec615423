/**
 * The labelled drafts in test/fixtures: each verdict (covered, missing, skipped, passing mention)
 * and each citation finding must match its sidecar, and every quick fix must clear its message.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits, checkDraft, PILLAR_IDS, type PillarId } from '../../src/core/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures');

interface Expectation {
  description: string;
  covered: PillarId[];
  missing: PillarId[];
  skipped: PillarId[];
  passing?: PillarId[];
  messages?: { ruleId: string; line: number }[];
}

export const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(DIR, name), 'utf8'),
    expect: JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.expect.json')), 'utf8')) as Expectation,
  }));

describe('labelled fixtures', () => {
  it('has at least 20 labelled drafts', () => {
    assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures`);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const result = checkDraft(fixture.text, { path: fixture.name });

      it(`verdicts: ${fixture.expect.description}`, () => {
        const actual = {
          covered: PILLAR_IDS.filter((id) => result.coverage[id].covered),
          missing: PILLAR_IDS.filter((id) => result.coverage[id].status === 'missing'),
          skipped: PILLAR_IDS.filter((id) => result.coverage[id].status === 'skipped'),
        };
        const expected = {
          covered: PILLAR_IDS.filter((id) => fixture.expect.covered.includes(id)),
          missing: PILLAR_IDS.filter((id) => fixture.expect.missing.includes(id)),
          skipped: PILLAR_IDS.filter((id) => fixture.expect.skipped.includes(id)),
        };
        assert.deepEqual(actual, expected);
      });

      it('passing mentions are reported at the mention', () => {
        for (const id of fixture.expect.passing ?? []) {
          assert.ok(result.coverage[id].passing.length > 0, `${id} should have a passing mention`);
        }
        for (const id of PILLAR_IDS) {
          const message = result.messages.find((m) => m.ruleId === 'missing-pillar' && m.pillar === id);
          const disabled = /pillars-disable\s+missing-pillar/.test(fixture.text);
          if (result.coverage[id].status !== 'missing' || disabled) {
            assert.equal(message, undefined, `no missing-pillar message for ${id}`);
            continue;
          }
          assert.ok(message, `missing-pillar message for ${id}`);
          if (fixture.expect.passing?.includes(id)) assert.match(message.message, /in passing/);
        }
      });

      it('citation findings', () => {
        const actual = result.messages
          .filter((m) => m.ruleId === 'unknown-citation' || m.ruleId === 'misquote')
          .map((m) => ({ ruleId: m.ruleId, line: m.range.start.line }));
        const sort = (list: { ruleId: string; line: number }[]) => [...list].sort((a, b) => a.line - b.line || a.ruleId.localeCompare(b.ruleId));
        assert.deepEqual(sort(actual), sort(fixture.expect.messages ?? []));
      });

      it('every quick fix clears its message', () => {
        for (const message of result.messages) {
          for (const fix of message.fixes) {
            const fixed = checkDraft(applyEdits(fixture.text, fix.edits));
            const still = fixed.messages.some(
              (m) => m.ruleId === message.ruleId && m.pillar === message.pillar && (message.pillar !== undefined || m.range.start.offset === message.range.start.offset),
            );
            assert.ok(!still, `"${fix.title}" should clear "${message.message}"`);
          }
        }
      });
    });
  }
});
