/**
 * The labelled drafts in test/fixtures: each verdict must match its sidecar exactly, both ways
 * (covered, missing, skipped, thin when labelled, passing mentions), and so must each citation
 * finding (with its range and quick fixes when labelled); every quick fix must clear its message.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  applyEdits,
  checkDraft,
  PILLAR_IDS,
  type CheckMessage,
  type CheckResult,
  type PillarId,
} from '../../src/core/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures');

/** `[startLine, startColumn, endLine, endColumn]`, 1-based, the end column just past the last character. */
type RangeTuple = [number, number, number, number];

interface ExpectedMessage {
  ruleId: string;
  line: number;
  range?: RangeTuple;
  /** Titles of the quick fixes offered, in any order. */
  fixes?: string[];
}

interface Expectation {
  description: string;
  covered: PillarId[];
  missing: PillarId[];
  skipped: PillarId[];
  /** Covered pillars resting on one piece of evidence; only checked when present. */
  thin?: PillarId[];
  passing?: PillarId[];
  messages?: ExpectedMessage[];
}

/** The rules whose findings a sidecar lists. */
const CITATION_RULES = new Set(['unknown-citation', 'misquote']);

export const fixtures = readdirSync(DIR)
  .filter((name) => name.endsWith('.md') && name !== 'README.md')
  .sort()
  .map((name) => ({
    name,
    text: readFileSync(join(DIR, name), 'utf8'),
    expect: JSON.parse(readFileSync(join(DIR, name.replace(/\.md$/, '.expect.json')), 'utf8')) as Expectation,
  }));

/** The pillars of `ids`, in the fixed pillar order (so that lists compare as sets). */
const inOrder = (ids: readonly PillarId[] = []): PillarId[] => PILLAR_IDS.filter((id) => ids.includes(id));

/** The pillars whose coverage passes `test`. */
const pillarsWhere = (
  result: CheckResult,
  test: (coverage: CheckResult['coverage'][PillarId]) => boolean,
): PillarId[] => PILLAR_IDS.filter((id) => test(result.coverage[id]));

const rangeOf = (message: CheckMessage): RangeTuple => {
  const { start, end } = message.range;
  return [start.line, start.column, end.line, end.column];
};

/** Findings in document order; ties on line and rule broken by column (labelled by range, else as listed). */
const byPlace = <T>(
  list: T[],
  line: (item: T) => number,
  ruleId: (item: T) => string,
  column: (item: T) => number,
): T[] =>
  list
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        line(a.item) - line(b.item) ||
        ruleId(a.item).localeCompare(ruleId(b.item)) ||
        column(a.item) - column(b.item) ||
        a.index - b.index,
    )
    .map(({ item }) => item);

describe('labelled fixtures', () => {
  it('has at least 20 labelled drafts', () => {
    assert.ok(fixtures.length >= 20, `only ${fixtures.length} fixtures`);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const { expect } = fixture;
      const result = checkDraft(fixture.text, { path: fixture.name });

      it('sidecar is well formed', () => {
        const listed = [...expect.covered, ...expect.missing, ...expect.skipped];
        assert.deepEqual(
          [...listed].sort(),
          [...PILLAR_IDS].sort(),
          'covered, missing and skipped list each pillar exactly once',
        );
        for (const id of expect.thin ?? []) assert.ok(expect.covered.includes(id), `thin pillar ${id} must be covered`);
        for (const id of expect.passing ?? [])
          assert.ok(expect.missing.includes(id), `passing pillar ${id} must be missing`);
        for (const message of expect.messages ?? []) {
          assert.ok(
            CITATION_RULES.has(message.ruleId),
            `only ${[...CITATION_RULES].join(' and ')} findings are listed, not ${message.ruleId}`,
          );
          if (message.range)
            assert.equal(
              message.range[0],
              message.line,
              `range of the line-${message.line} finding starts on that line`,
            );
        }
      });

      it(`verdicts: ${expect.description}`, () => {
        const actual = {
          covered: pillarsWhere(result, (c) => c.covered),
          missing: pillarsWhere(result, (c) => c.status === 'missing'),
          skipped: pillarsWhere(result, (c) => c.status === 'skipped'),
          // Both ways when the sidecar has the key: a labelled mention must be found, and a missing
          // pillar the label calls absent must have no mention (a false friend such as "host
          // firewall" keeps one out). Without the key, mentions are not checked.
          passing: pillarsWhere(result, (c) => c.status === 'missing' && c.passing.length > 0 && 'passing' in expect),
          ...('thin' in expect && { thin: pillarsWhere(result, (c) => c.status === 'thin') }),
        };
        const expected = {
          covered: inOrder(expect.covered),
          missing: inOrder(expect.missing),
          skipped: inOrder(expect.skipped),
          passing: inOrder(expect.passing),
          ...('thin' in expect && { thin: inOrder(expect.thin) }),
        };
        assert.deepEqual(actual, expected);
      });

      it('each missing pillar has its message, at the passing mention when there is one', () => {
        const disabled = /pillars-disable\s+missing-pillar/.test(fixture.text);
        for (const id of PILLAR_IDS) {
          const message = result.messages.find((m) => m.ruleId === 'missing-pillar' && m.pillar === id);
          if (result.coverage[id].status !== 'missing' || disabled) {
            assert.equal(message, undefined, `no missing-pillar message for ${id}`);
            continue;
          }
          assert.ok(message, `missing-pillar message for ${id}`);
          // A section left as the skeleton inserts it is reported as still to be written.
          if (expect.passing?.includes(id)) assert.match(message.message, /in passing|still to be written/);
        }
      });

      it('citation findings', () => {
        const labelled = expect.messages ?? [];
        const found = result.messages.filter((m) => CITATION_RULES.has(m.ruleId));
        const actual = byPlace(
          found,
          (m) => m.range.start.line,
          (m) => m.ruleId,
          (m) => m.range.start.column,
        );
        const expected = byPlace(
          labelled,
          (m) => m.line,
          (m) => m.ruleId,
          (m) => m.range?.[1] ?? 0,
        );
        // First which findings, by rule and line; then, pairwise, the range and fixes where labelled.
        assert.deepEqual(
          actual.map((m) => ({ ruleId: m.ruleId, line: m.range.start.line })),
          expected.map((m) => ({ ruleId: m.ruleId, line: m.line })),
        );
        const seen = actual.map((m, i) => ({
          ruleId: m.ruleId,
          line: m.range.start.line,
          ...(expected[i].range && { range: rangeOf(m) }),
          ...(expected[i].fixes && { fixes: m.fixes.map((fix) => fix.title).sort() }),
        }));
        const wanted = expected.map((m) => ({
          ruleId: m.ruleId,
          line: m.line,
          ...(m.range && { range: m.range }),
          ...(m.fixes && { fixes: [...m.fixes].sort() }),
        }));
        assert.deepEqual(seen, wanted);
      });

      it('every quick fix clears its message', () => {
        for (const message of result.messages) {
          for (const fix of message.fixes) {
            const fixed = checkDraft(applyEdits(fixture.text, fix.edits));
            const same = fixed.messages.filter(
              (m) =>
                m.ruleId === message.ruleId &&
                m.pillar === message.pillar &&
                (message.pillar !== undefined || m.range.start.offset === message.range.start.offset),
            );
            if (/^Insert section for /.test(fix.title)) {
              // The inserted skeleton is a prompt to write, never evidence: the pillar is then reported at it.
              for (const m of same)
                assert.match(
                  m.message,
                  /still to be written/,
                  `"${fix.title}" should turn "${message.message}" into a section to write`,
                );
            } else {
              assert.deepEqual(same, [], `"${fix.title}" should clear "${message.message}"`);
            }
          }
        }
      });
    });
  }
});
