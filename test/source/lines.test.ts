import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines } from "../../src/source/lines.js";

describe("splitLines", () => {
  it.each([
    ["", 0],
    ["a", 1],
    ["a\n", 1],
    ["a\nb", 2],
    ["a\r\nb\r\n", 2],
    ["a\rb\r", 2],
    ["\n\n", 2],
    ["a\r\n\rb", 3],
  ])("%j has %i lines", (text, count) => {
    expect(splitLines(text)).toHaveLength(count);
  });

  it("is lossless: text + ending of every line gives the input back", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "令", "\t", " ", "\n", "\r", "\r\n") }), (text) => {
        const lines = splitLines(text);
        expect(lines.map((line) => line.text + line.ending).join("")).toBe(text);
        lines.forEach((line, index) => {
          expect(text.slice(line.offset, line.offset + line.text.length)).toBe(line.text);
          expect(line.number).toBe(index + 1);
        });
      }),
      { numRuns: 2000 },
    );
  });
});
