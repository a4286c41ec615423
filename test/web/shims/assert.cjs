// node:assert/strict for the host suite in the web worker extension host (no Node there): the functions the
// suite uses, with Node's semantics for them (deepEqual is deepStrictEqual).
class AssertionError extends Error {
  constructor(message, actual, expected) {
    super(message);
    this.name = 'AssertionError';
    this.actual = actual;
    this.expected = expected;
  }
}

function show(value) {
  try {
    return (
      JSON.stringify(
        value,
        (key, item) => (item instanceof Set ? [...item] : item instanceof Map ? [...item] : item),
        2,
      ) ?? String(value)
    );
  } catch {
    return String(value);
  }
}

function fail(message, fallback, actual, expected) {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback, actual, expected);
}

function deepStrictEqual(a, b, seen = new Map()) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (seen.get(a) === b) return true;
  seen.set(a, b);
  if (a instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp) return String(a) === String(b);
  if (a instanceof Map || a instanceof Set) {
    if (a.size !== b.size) return false;
    if (a instanceof Set)
      return [...a].every((item) => b.has(item) || [...b].some((other) => deepStrictEqual(item, other, seen)));
    return [...a].every(([key, value]) => b.has(key) && deepStrictEqual(value, b.get(key), seen));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.prototype.hasOwnProperty.call(b, key) && deepStrictEqual(a[key], b[key], seen));
}

function ok(value, message) {
  if (!value) fail(message, `The expression evaluated to a falsy value: ${show(value)}`, value, true);
}

const assert = Object.assign(ok, {
  AssertionError,
  ok,
  equal(actual, expected, message) {
    if (!Object.is(actual, expected))
      fail(message, `Expected values to be strictly equal:\n${show(actual)} !== ${show(expected)}`, actual, expected);
  },
  notEqual(actual, expected, message) {
    if (Object.is(actual, expected))
      fail(message, `Expected "actual" to be strictly unequal to: ${show(expected)}`, actual, expected);
  },
  deepEqual(actual, expected, message) {
    if (!deepStrictEqual(actual, expected))
      fail(
        message,
        `Expected values to be strictly deep-equal:\nactual: ${show(actual)}\nexpected: ${show(expected)}`,
        actual,
        expected,
      );
  },
  notDeepEqual(actual, expected, message) {
    if (deepStrictEqual(actual, expected))
      fail(message, `Expected "actual" not to be strictly deep-equal to: ${show(expected)}`, actual, expected);
  },
  match(string, regexp, message) {
    if (typeof string !== 'string' || !regexp.test(string))
      fail(
        message,
        `The input did not match the regular expression ${regexp}. Input:\n${show(string)}`,
        string,
        regexp,
      );
  },
  doesNotMatch(string, regexp, message) {
    if (typeof string !== 'string' || regexp.test(string))
      fail(
        message,
        `The input was expected to not match the regular expression ${regexp}. Input:\n${show(string)}`,
        string,
        regexp,
      );
  },
  fail(message) {
    fail(message, 'Failed');
  },
  async rejects(promise, check, message) {
    try {
      await (typeof promise === 'function' ? promise() : promise);
    } catch (error) {
      if (typeof check === 'function' && check.prototype === undefined) check(error);
      else if (check instanceof RegExp) assert.match(String(error?.message ?? error), check, message);
      return;
    }
    fail(typeof check === 'string' ? check : message, 'Missing expected rejection.');
  },
  throws(body, check, message) {
    try {
      body();
    } catch (error) {
      if (check instanceof RegExp) assert.match(String(error?.message ?? error), check, message);
      return;
    }
    fail(typeof check === 'string' ? check : message, 'Missing expected exception.');
  },
});
assert.strict = assert;
module.exports = assert;
