/**
 * Formula neutralisation survives CP932 output (issue 15, item 1): a cell is judged in the
 * form a spreadsheet reads back, checked with a real reader (iconv-lite, csv-parse).
 */
import iconv from "iconv-lite";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { encodeCp932 } from "../../src/emit/csv/encode.js";
import { formatCsvHeader, formatCsvRows } from "../../src/emit/csv/tables.js";
import { parse } from "../../src/index.js";

/** What Excel or LibreOffice would treat as the start of a formula (our own list). */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/u;

function projectsAsReadBack(department: string, rawCells = false): string {
  const sheet = `事業の説明\n事業名\t防災事業\n担当\t${department}\n`;
  const document = parse(Buffer.from(sheet, "utf8"), { path: "s.txt" });
  const text = formatCsvHeader("projects") + formatCsvRows("projects", document, { rawCells });
  const { bytes, unmappable } = encodeCp932(text);
  expect(unmappable).toEqual([]);
  const records = parseCsv(iconv.decode(Buffer.from(bytes), "cp932"), { columns: true, relax_column_count: false }) as Record<string, string>[];
  expect(records).toHaveLength(1);
  return records[0]?.["department"] ?? "";
}

describe("CSV in CP932", () => {
  it.each(["\u22125", "\u2212SUM(A1)", "－5", "＝1+1", "=1+1", "-5件", "@user", "+81"])("%j comes back with a leading '", (cell) => {
    const read = projectsAsReadBack(cell);
    expect(read.startsWith("'")).toBe(true);
    expect(FORMULA_START.test(read.slice(1))).toBe(true);
  });

  it("U+2212 is written as － and neutralised, so no cell read back starts a formula", () => {
    expect(projectsAsReadBack("\u22125")).toBe("'－5");
  });

  it("--raw-cells keeps the cell as CP932 writes it", () => {
    expect(projectsAsReadBack("\u22125", true)).toBe("－5");
  });

  it("a cell that is no formula in either form is left alone", () => {
    expect(projectsAsReadBack("情報政策課")).toBe("情報政策課");
    expect(projectsAsReadBack("‐5")).toBe("‐5");
  });
});
