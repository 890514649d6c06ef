/**
 * toEqual on byte arrays (test/helpers/setup.ts): the verdict stays vitest's, only faster.
 * The tester decides for arrays of one class with only their indices; whatever it leaves
 * (undefined) vitest decides as before.
 */
import { describe, expect, it } from "vitest";
import { byteComparisonsDecided, sameBytes } from "./helpers/setup.js";

const bytes = (...values: number[]): Buffer => Buffer.from(values);

describe("byte arrays in toEqual", () => {
  it("the same bytes are equal, alone and inside a transcript", () => {
    expect(bytes(1, 2, 3)).toEqual(bytes(1, 2, 3));
    expect(bytes(1, 2, 3)).toStrictEqual(bytes(1, 2, 3));
    expect({ stdout: "x", stdoutBytes: bytes(120), code: 0 }).toEqual({ stdout: "x", stdoutBytes: bytes(120), code: 0 });
    expect(new Uint8Array([0, 255])).toEqual(new Uint8Array([0, 255]));
    expect(bytes()).toEqual(bytes());
  });

  it("a byte or a length that differs is unequal", () => {
    expect(bytes(1, 2, 3)).not.toEqual(bytes(1, 2, 4));
    expect(bytes(1, 2, 3)).not.toEqual(bytes(1, 2));
    expect(bytes(1, 2)).not.toEqual(bytes(1, 2, 0));
    expect({ stdoutBytes: bytes(1) }).not.toEqual({ stdoutBytes: bytes(2) });
  });

  it("other classes and extra properties are left to vitest, which finds them unequal", () => {
    expect(sameBytes(bytes(1, 2), new Uint8Array([1, 2]))).toBeUndefined();
    expect(bytes(1, 2)).not.toEqual(new Uint8Array([1, 2]));
    expect(sameBytes(new Uint16Array([1, 2]), new Uint8Array([1, 2]))).toBeUndefined();
    expect(new Uint16Array([1, 2])).not.toEqual(new Uint8Array([1, 2]));
    const marked = Object.assign(bytes(1, 2), { marked: true });
    expect(sameBytes(marked, bytes(1, 2))).toBeUndefined();
    expect(marked).not.toEqual(bytes(1, 2));
    expect(sameBytes("ab", "ab")).toBeUndefined();
  });

  // Timing would be flaky on a shared machine: the tester counts the comparisons it decides.
  it("is in use: toEqual and toStrictEqual hand byte arrays to it, alone and nested", () => {
    const decides = (assertion: () => void): boolean => {
      const before = byteComparisonsDecided();
      assertion();
      return byteComparisonsDecided() > before;
    };
    expect(decides(() => expect(bytes(1, 2)).toEqual(bytes(1, 2)))).toBe(true);
    expect(decides(() => expect({ stdoutBytes: bytes(3) }).toStrictEqual({ stdoutBytes: bytes(3) }))).toBe(true);
    expect(decides(() => expect(bytes(1)).not.toEqual(bytes(2)))).toBe(true);
  });
});
