/** Transcripts for each output format and destination: json, ndjson, yaml, csv (tables, --bom, cp932), --output. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import iconv from "iconv-lite";
import { parse as parseYaml } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCsvHeader, formatCsvRows, TABLE_NAMES, tableColumns } from "../../src/emit/csv/tables.js";
import { batchFiles, cliFixtures, expectedSummary, libraryDocument, runCli } from "./helpers.js";

let out = "";
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "sheetparse-out-"));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

function csvRows(text: string): string[][] {
  return parseCsv(text, { bom: true, relax_column_count: false }) as string[][];
}

describe("json, ndjson, yaml", () => {
  it("json over a batch: one array, written as it goes", async () => {
    const run = await runCli([cliFixtures.one, cliFixtures.two]);
    expect(JSON.parse(run.stdout)).toEqual([libraryDocument(cliFixtures.one), libraryDocument(cliFixtures.two)]);
    expect(run.code).toBe(0);
  });

  it("ndjson: one Document per line, one line per file", async () => {
    const run = await runCli([cliFixtures.batchDir, "--format", "ndjson"]);
    const lines = run.stdout.split("\n");
    expect(lines.pop()).toBe("");
    expect(lines).toHaveLength(batchFiles.length);
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(batchFiles.map((path) => libraryDocument(path)));
  });

  it("yaml: the same tree as JSON; `---` between the documents of a batch", async () => {
    const single = await runCli([cliFixtures.one, "--format", "yaml"]);
    expect(parseYaml(single.stdout)).toEqual(libraryDocument(cliFixtures.one));
    const batch = await runCli([cliFixtures.one, cliFixtures.two, "--format", "yaml"]);
    expect(batch.stdout.split(/^---\n/m).filter((part) => part !== "").map((part) => parseYaml(part) as unknown)).toEqual([
      libraryDocument(cliFixtures.one),
      libraryDocument(cliFixtures.two),
    ]);
  });

  it("--output writes the file and nothing to stdout", async () => {
    const path = join(out, "batch.json");
    const run = await runCli([cliFixtures.one, cliFixtures.two, "--output", path]);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(expectedSummary([libraryDocument(cliFixtures.one), libraryDocument(cliFixtures.two)]));
    expect(JSON.parse(readFileSync(path, "utf8"))).toEqual([libraryDocument(cliFixtures.one), libraryDocument(cliFixtures.two)]);
    expect(run.code).toBe(0);
  });

  it("--positions adds line to the model objects", async () => {
    const document = JSON.parse((await runCli([cliFixtures.one, "--positions"])).stdout) as { projects: { line: number; years: { line: number }[] }[] };
    expect(document.projects[0]?.line).toBeGreaterThan(0);
    expect(document.projects[0]?.years[0]?.line).toBeGreaterThan(0);
  });
});

describe("csv", () => {
  it("years is the default table; the CLI writes what the pure emitter makes of the Document", async () => {
    const run = await runCli([cliFixtures.sheet, "--format", "csv"]);
    const document = libraryDocument(cliFixtures.sheet);
    expect(run.stdout).toBe(formatCsvHeader("years") + formatCsvRows("years", document));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("a batch: one header, then every file's rows, every row as wide as the header", async () => {
    const run = await runCli([cliFixtures.batchDir, "--format", "csv", "--table", "years"]);
    const rows = csvRows(run.stdout);
    expect(rows[0]).toEqual(tableColumns("years"));
    expect(rows.filter((row) => row[0] === "file")).toHaveLength(1);
    expect(rows.slice(1).every((row) => row.length === rows[0]?.length)).toBe(true);
    const expectedRows = batchFiles.reduce((sum, path) => sum + libraryDocument(path).projects.reduce((n, project) => n + project.years.length, 0), 0);
    expect(rows).toHaveLength(expectedRows + 1);
    expect(run.stdout.endsWith("\r\n")).toBe(true);
  });

  it("--table alone means CSV", async () => {
    expect((await runCli([cliFixtures.sheet, "--table", "policies"])).stdout).toBe(formatCsvHeader("policies") + formatCsvRows("policies", libraryDocument(cliFixtures.sheet)));
  });

  it("--raw-cells leaves formula-like text alone", async () => {
    const run = await runCli([cliFixtures.sheet, "--table", "years", "--raw-cells"]);
    expect(run.stdout).toContain('"=HYPERLINK(');
    expect(run.stdout).not.toContain("'=HYPERLINK");
  });

  it("--bom: a UTF-8 BOM, then the same bytes", async () => {
    const plain = (await runCli([cliFixtures.sheet, "--table", "years"])).stdoutBytes;
    const bom = (await runCli([cliFixtures.sheet, "--table", "years", "--bom"])).stdoutBytes;
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.subarray(3).equals(plain)).toBe(true);
  });

  it("--output-encoding cp932 decodes back (iconv-lite) to the UTF-8 output, cell for cell, in every table", async () => {
    const utf8Dir = join(out, "utf8");
    const cp932Dir = join(out, "cp932");
    expect((await runCli([cliFixtures.batchDir, "--table", "all", "-o", utf8Dir])).code).toBe(0);
    expect((await runCli([cliFixtures.batchDir, "--table", "all", "-o", cp932Dir, "--output-encoding", "cp932"])).code).toBe(0);
    for (const name of TABLE_NAMES) {
      const utf8 = readFileSync(join(utf8Dir, `${name}.csv`), "utf8");
      const decoded = iconv.decode(readFileSync(join(cp932Dir, `${name}.csv`)), "cp932");
      expect(decoded).toBe(utf8);
      expect(csvRows(decoded)).toEqual(csvRows(utf8));
    }
    // The years table really is Japanese text, not ASCII that would pass trivially.
    expect(readFileSync(join(cp932Dir, "years.csv")).equals(readFileSync(join(utf8Dir, "years.csv")))).toBe(false);
  });

  it("cp932: — and 〜 are folded; 𠮟 is written as 〓 and reported with its file", async () => {
    const run = await runCli([cliFixtures.kanji, "--table", "years", "--output-encoding", "cp932"]);
    const decoded = iconv.decode(run.stdoutBytes, "cp932");
    expect(decoded).toContain("令和2年5月～6月に手引き動画を公開した ― 〓られないよう丁寧に。");
    expect(run.stdoutBytes.includes(0x3f)).toBe(false);
    expect(run.stderr).toBe(`${cliFixtures.kanji}: not in CP932, written as 〓: "𠮟" (U+20B9F)\n`);
    expect(run.code).toBe(0);
  });

  it("--table all --output DIR writes DIR/<table>.csv for every table, each with its header", async () => {
    const dir = join(out, "tables");
    const run = await runCli([cliFixtures.batchDir, "--format", "csv", "--table", "all", "--output", dir, "--bom"]);
    expect(run.stdout).toBe("");
    expect(run.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(TABLE_NAMES.map((name) => `${name}.csv`).sort());
    for (const name of TABLE_NAMES) {
      const bytes = readFileSync(join(dir, `${name}.csv`));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const single = await runCli([cliFixtures.batchDir, "--table", name]);
      expect(bytes.subarray(3).equals(single.stdoutBytes)).toBe(true);
    }
  });

  it("--output for one table writes that file", async () => {
    const path = join(out, "projects.csv");
    const run = await runCli([cliFixtures.sheet, "--table", "projects", "-o", path]);
    expect(run.stdout).toBe("");
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(formatCsvHeader("projects") + formatCsvRows("projects", libraryDocument(cliFixtures.sheet)));
  });
});
