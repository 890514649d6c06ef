/** The RFC 4180 writer, checked against a real reader (csv-parse), by example and by property. */
import { parse as parseCsv } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatField, formatRecord } from "../../src/emit/csv/write.js";
import type { Cell } from "../../src/emit/csv/cell.js";

/** How a strict reader sees our text: every record, every field as a string. */
function readBack(text: string): string[][] {
  return parseCsv(text, { relax_quotes: false, relax_column_count: false, skip_empty_lines: false, bom: true }) as string[][];
}

describe("formatField", () => {
  it.each<[Cell, string]>([
    [null, ""],
    ["", ""],
    ["plain", "plain"],
    ["日本語，全角カンマ", "日本語，全角カンマ"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["bare\rcr", '"bare\rcr"'],
    ["crlf\r\nend", '"crlf\r\nend"'],
    [" padded ", " padded "],
    [0, "0"],
    [-1200, "-1200"],
    [0.9732394366197182, "0.9732394366197182"],
    [123450000, "123450000"],
    [Number.NaN, ""],
  ])("%j → %j", (cell, text) => {
    expect(formatField(cell)).toBe(text);
  });
});

describe("formatRecord", () => {
  it("joins with commas and ends with CRLF", () => {
    expect(formatRecord(["a", 1, null, "x,y"])).toBe('a,1,,"x,y"\r\n');
  });

  it("bare LF, bare CR, quotes and commas come back as written from csv-parse", () => {
    const rows: string[][] = [
      ["file", "text"],
      ["a.txt", "one\ntwo"],
      ["b.txt", "one\rtwo"],
      ["c.txt", 'he said "no", then left'],
      ["d.txt", "\r\n"],
      ["e.txt", '"'],
      ["f.txt", ""],
    ];
    expect(readBack(rows.map((row) => formatRecord(row)).join(""))).toEqual(rows);
  });
});

describe("round trip (property)", () => {
  // Cells drawn from the characters that matter to CSV, plus Japanese text and astral characters.
  const cell = fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r", "\t", "=", "年", "，", "𠮟", "'", "\u00A0") });

  it("any table of strings (2+ columns) reads back unchanged, each row with the header's width", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 20 })),
        (rows) => {
          const back = readBack(rows.map((row) => formatRecord(row)).join(""));
          expect(back).toEqual(rows);
          expect(back.every((row) => row.length === rows[0]?.length)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("numbers read back as the same number", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 2, maxLength: 5 }), (numbers) => {
        const back = readBack(formatRecord(numbers))[0] ?? [];
        expect(back.map(Number)).toEqual(numbers.map((n) => (Object.is(n, -0) ? 0 : n)));
      }),
    );
  });
});
