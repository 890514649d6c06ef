import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineTable, splitLines } from "../../src/source/lines.js";

describe("LineTable", () => {
  it("gives the same lines as splitLines, in constant space per line", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "令", "\t", " ", "\n", "\r", "\r\n") }), (text) => {
        const table = new LineTable(text);
        expect([...table]).toEqual(splitLines(text));
        expect(table.length).toBe(splitLines(text).length);
        expect(table.at(table.length)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("LineTable.pointAt", () => {
  it("agrees with the lines for every offset", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "令", "\t", "\n", "\r", "\r\n"), minLength: 1 }), (text) => {
        const table = new LineTable(text);
        for (const line of table) {
          for (let column = 0; column <= line.text.length; column++) {
            expect(table.pointAt(line.offset + column)).toEqual({ line: line.number, column: column + 1, offset: line.offset + column });
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
