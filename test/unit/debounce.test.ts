import assert from 'node:assert/strict';
import { afterCheck, debounceFor, DEBOUNCE_MS, MIN_DEBOUNCE_MS, type CheckTimes } from '../../src/vscode/debounce.js';

describe('the debounce after an edit', () => {
  it('waits the longest while a draft’s first check has not ended', () => {
    assert.equal(debounceFor({ checks: 0 }), DEBOUNCE_MS);
  });

  it('does not let a slow first check hold the first edit after opening to the longest wait', () => {
    // A cold first check of a 10 KB draft in a fresh worker can take a few hundred ms; its re-checks take a few.
    const opened = afterCheck({ checks: 0 }, 450);
    assert.equal(debounceFor(opened), MIN_DEBOUNCE_MS);
  });

  it('follows the last re-check from then on, three times its time within the bounds', () => {
    let times: CheckTimes = afterCheck({ checks: 0 }, 450);
    times = afterCheck(times, 60);
    assert.equal(debounceFor(times), 180);
    times = afterCheck(times, 5);
    assert.equal(debounceFor(times), MIN_DEBOUNCE_MS);
    times = afterCheck(times, 900);
    assert.equal(debounceFor(times), DEBOUNCE_MS);
  });
});
