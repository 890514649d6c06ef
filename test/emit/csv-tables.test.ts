/**
 * The CSV tables: golden files for one hand-checked document (test/emit/fixtures/
 * sheet.document.json, frozen from sheet.txt so parser changes do not move them), and
 * the header's width on every row of every table for every fixture.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { documentSchema, type Document } from "../../src/model/schema.js";
import { formatCsvHeader, formatCsvRows, TABLE_NAMES, tableColumns, tableRecords, tables, type CsvOptions, type TableName } from "../../src/emit/csv/tables.js";
import { listFixtures } from "../helpers/fixtures.js";

const here = dirname(fileURLToPath(import.meta.url));
const goldenDir = join(here, "golden");
const document: Document = documentSchema.parse(JSON.parse(readFileSync(join(here, "fixtures/sheet.document.json"), "utf8")));

function csvOf(name: TableName, doc: Document, options: CsvOptions = {}): string {
  return formatCsvHeader(name, options) + formatCsvRows(name, doc, options);
}

/** Compares with the golden file; UPDATE_GOLDEN=1 (never under CI) writes a draft to review by eye. */
function expectGolden(file: string, actual: string): void {
  const path = join(goldenDir, file);
  if (process.env["UPDATE_GOLDEN"] && !process.env["CI"]) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `missing golden ${file} (UPDATE_GOLDEN=1 writes a draft)`).toBe(true);
  expect(actual).toBe(readFileSync(path, "utf8"));
}

function rowsOf(text: string): string[][] {
  return parseCsv(text, { relax_column_count: false, skip_empty_lines: false }) as string[][];
}

describe("CSV tables", () => {
  it("the registry has every table, and nothing else", () => {
    expect(Object.keys(tables).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it.each(TABLE_NAMES)("%s matches its golden file", (name) => {
    expectGolden(`${name}.csv`, csvOf(name, document));
  });

  it("years with --positions matches its golden file (a line column last)", () => {
    expectGolden("years-positions.csv", csvOf("years", document, { positions: true }));
  });

  it.each(TABLE_NAMES)("%s: every row starts with file and has the header's width", (name) => {
    const rows = rowsOf(csvOf(name, document));
    expect(rows[0]).toEqual(tableColumns(name));
    expect(rows[0]?.[0]).toBe("file");
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(tableColumns(name).length);
      expect(row[0]).toBe("test/emit/fixtures/sheet.txt");
    }
  });

  it("every table of every fixture: each row has the header's width", () => {
    const fixtures = listFixtures();
    expect(fixtures.length).toBeGreaterThan(0);
    for (const fixture of fixtures) {
      const doc = parse(readFileSync(fixture.textPath), { path: fixture.textPath });
      for (const name of TABLE_NAMES) {
        for (const options of [{}, { rawCells: true }]) {
          const rows = rowsOf(csvOf(name, doc, options));
          const width = tableColumns(name).length;
          expect(rows.every((row) => row.length === width), `${fixture.name} ${name}`).toBe(true);
        }
      }
    }
  });

  it("numbers stay numbers (not neutralised): △1,200 千円 is -1200 and -1200000", () => {
    const row = [...tableRecords("years", document)].find((cells) => cells[3] === 2021 && cells[1] === 0);
    const columns = tableColumns("years");
    expect(row?.[columns.indexOf("specificRevenueValue")]).toBe(-1200);
    expect(row?.[columns.indexOf("specificRevenueYen")]).toBe(-1200000);
    expect(row?.[columns.indexOf("activities")]).toMatch(/^'=HYPERLINK/);
  });

  it("rawCells keeps formula-like text as written", () => {
    const row = [...tableRecords("years", document, { rawCells: true })].find((cells) => cells[3] === 2021 && cells[1] === 0);
    expect(row?.[tableColumns("years").indexOf("activities")]).toMatch(/^=HYPERLINK/);
  });

  it("a 目標 indicator without year columns still gets one row", () => {
    const policy = document.policies[0];
    if (!policy) throw new Error("fixture has a policy sheet");
    const bare: Document = { ...document, policies: [{ ...policy, targets: [{ indicator: "指標", basis: null, direction: null, values: [] }] }] };
    expect([...tableRecords("targets", bare)]).toEqual([["test/emit/fixtures/sheet.txt", 0, "防災・減災対策の推進", 0, "指標", null, null, null, null, null, null]]);
  });

  it("a fatal document has only its diagnostics row", () => {
    const fatal: Document = {
      schemaVersion: 1,
      source: { path: "bad.txt", encoding: "utf-8", bom: false, lineCount: 0, profile: "reference" },
      policies: [],
      projects: [],
      unrecognized: [],
      diagnostics: [{ ruleId: "fatal", messageId: "unreadable", severity: "error", message: "permission denied", line: 1, column: 1, path: "bad.txt" }],
    };
    for (const name of TABLE_NAMES) expect(formatCsvRows(name, fatal)).toBe(name === "diagnostics" ? "bad.txt,1,1,,,error,fatal,unreadable,permission denied\r\n" : "");
  });
});
