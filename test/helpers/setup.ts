/**
 * Vitest setup for every test file (vitest.config.ts `setupFiles`, inherited by test:long).
 *
 * Byte arrays compared with toEqual / toStrictEqual are compared with Buffer.compare:
 * vitest's own equality walks a Uint8Array element by element through its generic
 * recursion, about 5 µs a byte — 2 s of CPU for one comparison of a 400 KB report
 * transcript (`stdoutBytes`), about 9 s of CPU a run. The verdict is vitest's: arrays of
 * the same class whose bytes (or lengths) differ are unequal; with the same bytes they are
 * equal when neither has an own property besides its indices (Object.keys, about 0.25 µs
 * a byte). Anything else (other classes, a Buffer against a plain Uint8Array, extra
 * properties) is left to vitest's own rules.
 */
import { expect } from "vitest";

/** Test files share their process (isolate: false) and expect's testers are global: add it once. */
const added = Symbol.for("sheetparse.test.byteEquality");

export function sameBytes(a: unknown, b: unknown): boolean | undefined {
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.constructor !== b.constructor) return undefined;
  if (Buffer.compare(a, b) !== 0) return false;
  return Object.keys(a).length === a.length && Object.keys(b).length === b.length ? true : undefined;
}

const state = globalThis as { [added]?: true };
if (!state[added]) {
  state[added] = true;
  expect.addEqualityTesters([sameBytes]);
}
