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

/**
 * Test files share their process (isolate: false), and this file runs again before each of
 * them, while expect's testers are global: the tester is added once, and what it counts is
 * kept on globalThis beside that mark, where every evaluation of this module finds it.
 */
const key = Symbol.for("sheetparse.test.byteEquality");
const state = globalThis as { [key]?: { decided: number } };

/** How many comparisons the tester has decided, so that a test can see that toEqual uses it. */
export function byteComparisonsDecided(): number {
  return state[key]?.decided ?? 0;
}

export function sameBytes(a: unknown, b: unknown): boolean | undefined {
  if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || a.constructor !== b.constructor) return undefined;
  if (state[key]) state[key].decided++;
  if (Buffer.compare(a, b) !== 0) return false;
  return Object.keys(a).length === a.length && Object.keys(b).length === b.length ? true : undefined;
}

if (!state[key]) {
  state[key] = { decided: 0 };
  expect.addEqualityTesters([sameBytes]);
}
