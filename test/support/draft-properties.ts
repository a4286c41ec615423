/**
 * What must hold for every draft, however broken: the checker's reliability properties. Each
 * throws an AssertionError naming what went wrong. Shared by test/unit/properties.test.ts,
 * test/unit/regressions.test.ts and scripts/fuzz.ts.
 */
import assert from 'node:assert/strict';
import {
  applyEdits,
  checkDraft,
  checkWhole,
  fixDraft,
  fixOnce,
  lineEnding,
  PILLAR_IDS,
  unambiguousFix,
  type CheckMessage,
  type CheckResult,
  type Point,
  type TextEdit,
} from '../../src/core/index.js';
import { draftParser } from '../../src/core/parse/parse.js';

/** Line and column of an offset, counted afresh (`\r\n`, `\n` and a lone `\r` end a line). */
export function pointAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset; i++) {
    const ch = text[i];
    if (ch === '\r' && text[i + 1] === '\n' && i + 1 < offset) {
      i++;
      line++;
      column = 1;
    } else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}

function checkPoint(text: string, point: Point, what: string): void {
  assert.ok(
    Number.isInteger(point.offset) && point.offset >= 0 && point.offset <= text.length,
    `${what}: offset ${point.offset} outside the text (length ${text.length})`,
  );
  assert.deepEqual(
    { line: point.line, column: point.column },
    pointAt(text, point.offset),
    `${what}: line/column disagree with offset ${point.offset}`,
  );
  assert.ok(
    !(text[point.offset - 1] === '\r' && text[point.offset] === '\n'),
    `${what}: offset ${point.offset} splits a CRLF`,
  );
}

function checkRange(text: string, range: { start: Point; end: Point }, what: string): void {
  checkPoint(text, range.start, `${what} start`);
  checkPoint(text, range.end, `${what} end`);
  assert.ok(
    range.start.offset <= range.end.offset,
    `${what}: starts (${range.start.offset}) after it ends (${range.end.offset})`,
  );
}

/** checkDraft returns (never throws) and checks the draft (no internal error, no limit hit). */
export function checks(text: string): CheckResult {
  const result = checkDraft(text);
  assert.equal(
    result.notChecked,
    undefined,
    `not checked: ${result.notChecked?.message}\n${result.notChecked?.stack ?? ''}`,
  );
  return result;
}

/** Every reported range lies inside the draft, starts before it ends, and its line/column agree with its offset. */
export function rangesInside(text: string, result = checks(text)): void {
  for (const message of result.messages) {
    checkRange(text, message.range, `${message.ruleId} message "${message.message}"`);
    for (const fix of message.fixes) {
      for (const edit of fix.edits) {
        assert.ok(
          edit.start >= 0 && edit.start <= edit.end && edit.end <= text.length,
          `fix "${fix.title}": edit ${edit.start}-${edit.end} outside the text (length ${text.length})`,
        );
      }
      const sorted = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++)
        assert.ok(sorted[i - 1].end <= sorted[i].start, `fix "${fix.title}": edits overlap`);
    }
  }
  for (const id of PILLAR_IDS) {
    for (const evidence of [...result.coverage[id].evidence, ...result.coverage[id].passing]) {
      checkRange(text, evidence.range, `${id} ${evidence.kind} evidence "${evidence.excerpt}"`);
    }
  }
}

/** What a writer sees of a result: verdicts and messages, in order. */
export function snapshot(result: CheckResult) {
  return {
    coverage: PILLAR_IDS.map((id) => {
      const entry = result.coverage[id];
      return {
        id,
        status: entry.status,
        evidence: entry.evidence,
        passing: entry.passing,
        skipReason: entry.skipReason,
      };
    }),
    messages: result.messages,
  };
}

/** A small edit elsewhere, so that a re-check meets warm caches of another draft. */
function neighbour(text: string): string {
  const at = Math.floor(text.length / 2);
  return `${text.slice(0, at)} partners ${text.slice(at)}`;
}

/** The same draft gives the same result: cold caches, warm caches, and after checking another draft. */
export function deterministic(text: string, first?: CheckResult): void {
  if (!first) draftParser.clear();
  const cold = snapshot(first ?? checks(text));
  const warm = snapshot(checks(text));
  assert.deepEqual(warm, cold, 'a second check of the same draft differs');
  checks(neighbour(text));
  assert.deepEqual(snapshot(checks(text)), cold, 'a check after checking another draft differs');
}

function sameFinding(a: CheckMessage, b: CheckMessage): boolean {
  if (a.ruleId !== b.ruleId || a.pillar !== b.pillar || a.claim !== b.claim) return false;
  // Citation findings are about one place; pillar findings about the draft; front-matter findings about one setting.
  if (a.ruleId === 'front-matter') return a.message === b.message;
  return a.ruleId === 'unknown-citation' || a.ruleId === 'misquote'
    ? a.range.start.offset === b.range.start.offset
    : true;
}

/** Where `offset` of a text is once `edits` are applied (it is not inside one). */
function shifted(offset: number, edits: readonly TextEdit[]): number {
  return (
    offset +
    edits
      .filter((edit) => edit.end <= offset)
      .reduce((sum, edit) => sum + edit.newText.length - (edit.end - edit.start), 0)
  );
}

/**
 * `pillars check --fix` (fixDraft): each fix it applies clears the finding it names (same rule and message, at
 * the same place once the round's edits are applied), it stops only when no unambiguous fix is left, and fixing
 * the fixed draft changes nothing.
 */
export function fixingSettles(text: string): void {
  let current = text;
  let result = checks(text);
  for (let round = 0; ; round++) {
    assert.ok(round < 10, 'fixing does not settle in 10 rounds');
    const once = fixOnce(current, result);
    if (once.applied.length === 0) break;
    const after = checks(once.text);
    for (const fix of once.applied) {
      const at = shifted(fix.offset, once.edits);
      const still = after.messages.find(
        (m) =>
          m.ruleId === fix.ruleId &&
          m.message === fix.message &&
          (fix.ruleId === 'front-matter' || m.range.start.offset === at),
      );
      assert.equal(
        still,
        undefined,
        `"${fix.title}" leaves "${fix.message}"\n--- fixed text ---\n${JSON.stringify(once.text)}`,
      );
    }
    current = once.text;
    result = after;
  }
  const fixed = fixDraft(text);
  assert.equal(fixed.text, current, 'fixDraft differs from its rounds');
  assert.deepEqual(
    fixed.result.messages.filter((m) => unambiguousFix(m)),
    [],
    'an unambiguous fix is left',
  );
  const again = fixDraft(fixed.text);
  assert.equal(
    again.text,
    fixed.text,
    `fixing the fixed draft changes it\n--- fixed text ---\n${JSON.stringify(fixed.text)}`,
  );
  assert.deepEqual(again.applied, []);
}

/**
 * Applying a quick fix clears the message it fixes (same rule, same pillar or claim, same place for
 * citations): every fix, or only the `only`-th (modulo their number), to try one per draft.
 */
export function fixesClear(text: string, result = checks(text), only?: number): void {
  const pairs = result.messages.flatMap((message) => message.fixes.map((fix) => ({ message, fix })));
  const tried = only === undefined || pairs.length === 0 ? pairs : [pairs[only % pairs.length]];
  for (const { message, fix } of tried) {
    const fixed = applyEdits(text, fix.edits);
    const after = checks(fixed);
    const still = after.messages.find((m) => sameFinding(m, message));
    if (fix.title.startsWith('Insert section for ')) {
      // A skeleton is no evidence: the message stays, at its prompt, until the writer replaces it.
      assert.ok(
        still?.message.includes('still to be written'),
        `"${fix.title}" should leave a message at the skeleton's prompt\n--- fixed text ---\n${JSON.stringify(fixed)}`,
      );
      assert.equal(after.coverage[message.pillar!].status, 'missing', `"${fix.title}": a skeleton covers the pillar`);
      continue;
    }
    if (fix.title.startsWith('Do not count this passage')) {
      // The passage is no evidence now; the pillar may rest on another.
      const moved = fix.edits[0].start;
      assert.ok(
        !after.coverage[message.pillar!].evidence.some(
          (e) =>
            e.blockStart !== undefined && e.range.start.line === message.range.start.line + 1 && e.blockStart > moved,
        ),
        `"${fix.title}" leaves the passage as evidence\n--- fixed text ---\n${JSON.stringify(fixed)}`,
      );
      continue;
    }
    assert.equal(
      still,
      undefined,
      `"${fix.title}" leaves "${message.message}"\n--- fixed text ---\n${JSON.stringify(fixed)}`,
    );
  }
}

/** A blank line added at the end changes no verdict and no finding. */
export function blankLineAtEnd(text: string, result = checks(text)): void {
  const eol = lineEnding(text);
  const longer = text + eol + eol;
  const after = checks(longer);
  const verdicts = (r: CheckResult) => PILLAR_IDS.map((id) => `${id}: ${r.coverage[id].status}`);
  assert.deepEqual(verdicts(after), verdicts(result), 'a blank line at the end changes a verdict');
  const findings = (r: CheckResult) =>
    r.messages.map((m) => `${m.range.start.offset} ${m.ruleId} ${m.pillar ?? m.claim ?? ''} ${m.message}`);
  assert.deepEqual(findings(after), findings(result), 'a blank line at the end changes the findings');
}

/**
 * Checking in pieces (cut wherever the draft allows) gives exactly what remarkPillars gives on the
 * whole document's tree, as remark-cli runs it: coverage, evidence, messages, fixes and places.
 */
export function sameAsWhole(text: string): void {
  const minChunk = draftParser.minChunk;
  draftParser.minChunk = 0;
  let inPieces: CheckResult;
  try {
    inPieces = checks(text);
  } finally {
    draftParser.minChunk = minChunk;
  }
  const whole = checkWhole(text);
  assert.deepEqual(snapshot(inPieces), snapshot(whole), 'checking in pieces differs from checking the whole document');
}

/** Every property, on one draft (every quick fix, or only the `onlyFix`-th). */
export function allProperties(text: string, onlyFix?: number): void {
  draftParser.clear();
  const result = checks(text);
  rangesInside(text, result);
  fixesClear(text, result, onlyFix);
  blankLineAtEnd(text, result);
  deterministic(text, result);
  sameAsWhole(text);
}
