/**
 * Issue 13: JSON, NDJSON, `check` and `report` take each sheet as it is read and set it
 * aside as its JSON — in memory for a small input, in a temporary file past a threshold —
 * instead of keeping the whole Document. Whichever store holds them, the output is the
 * same bytes, and no temporary file outlives the run.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, runCliSpawned, type Transcript } from "./helpers.js";
import { listFixtures } from "../helpers/fixtures.js";

/** Every sheet held in memory, or every sheet sent to a temporary file (the threshold is in characters). */
const inMemory = { env: { SHEETPARSE_SPOOL_THRESHOLD: "1000000000" } };
const inFiles = { env: { SHEETPARSE_SPOOL_THRESHOLD: "0" } };

const texts = listFixtures().map((fixture) => fixture.textPath);
// Inputs read from a PDF or a workbook carry a page or a cell with --positions.
const extracted = ["fixtures/formats/blank-and-na.pdf", "fixtures/formats/blank-and-na.xlsx"];
const commands: readonly (readonly string[])[] = [
  ["--format", "ndjson"],
  ["--format", "json"],
  ["--format", "ndjson", "--positions"],
  ["--format", "json", "--positions"],
  ["check", "--reporter", "json"],
  ["report"],
];

/**
 * Alone (a bare Document rather than a batch's array) for a fixture of many sheets and an
 * extracted one; every fixture in the batch, where each input has a store of its own and
 * the batch's bytes are theirs in order, so one run covers them all at a fraction of the
 * cost of one run each.
 */
const alone = ["fixtures/whole-city.txt", "fixtures/formats/blank-and-na.pdf"];

describe("sheets set aside in temporary files give the output they give in memory", () => {
  it.each(commands)("%s … over every fixture as a batch, and alone", async (...args) => {
    for (const inputs of [...alone.map((path) => [path]), [...texts, ...extracted]]) {
      const memory = await runCli([...args, ...inputs], inMemory);
      const files = await runCli([...args, ...inputs], inFiles);
      expect(files).toEqual(memory);
    }
  });
});

describe("temporary files of set-aside sheets", () => {
  const folder = mkdtempSync(join(tmpdir(), "sheetparse-spool-test-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /**
   * The sheet store makes its files in os.tmpdir(), which reads the process's TMPDIR: set
   * for the in-process run and put back (test files share their process, one test at a time).
   */
  async function runWithTmpdir(args: readonly string[]): Promise<Transcript> {
    const before = process.env["TMPDIR"];
    process.env["TMPDIR"] = folder;
    try {
      expect(tmpdir()).toBe(folder);
      return await runCli(args, inFiles);
    } finally {
      if (before === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = before;
    }
  }

  it.each(commands)("%s …: none is left behind", async (...args) => {
    const run = await runWithTmpdir([...args, ...texts]);
    expect(run.code === 0 || run.code === 1).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });

  // The same as a process of its own ends (bin/sheetparse), for the command with the most steps.
  it("report …: none is left behind when the process ends", () => {
    const run = runCliSpawned(["report", ...texts], { env: { ...inFiles.env, TMPDIR: folder } });
    expect(run.code === 0 || run.code === 1).toBe(true);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("--profile auto on a big input (forced here by the threshold)", () => {
  it.each([["--format", "ndjson"], ["check", "--reporter", "json"]])("%s …: candidates that keep only digests and a winner read again give what whole readings give", async (...args) => {
    const inputs = [...texts, ...extracted];
    // inMemory's threshold keeps every reading whole; inFiles' makes every input "big".
    const whole = await runCli([...args, "--profile", "auto", ...inputs], inMemory);
    expect(whole.stdout.length).toBeGreaterThan(0);
    expect(await runCli([...args, "--profile", "auto", ...inputs], inFiles)).toEqual(whole);
  });
});

describe("YAML made from set-aside sheets", () => {
  it("is the YAML of whole Documents (a --jobs 2 worker's)", async () => {
    const inputs = [...texts, ...extracted];
    const whole = await runCli(["--format", "yaml", "--positions", "--jobs", "2", ...inputs], inMemory);
    expect(whole.code === 0 || whole.code === 1).toBe(true);
    expect(await runCli(["--format", "yaml", "--positions", ...inputs], inFiles)).toEqual(whole);
  });
});

describe("CSV made from set-aside sheets", () => {
  const folder = mkdtempSync(join(tmpdir(), "sheetparse-spool-csv-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Every table of every input into `dir`, as one run; its stderr and exit code. */
  async function allTables(dir: string, inputs: readonly string[], extra: readonly string[], env: { env: Record<string, string> }): Promise<{ stderr: string; code: number | null; tables: Record<string, string> }> {
    const run = await runCli(["--table", "all", "-o", dir, ...extra, ...inputs], env);
    const tables = Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), "latin1")]));
    return { stderr: run.stderr, code: run.code, tables };
  }

  it("is the CSV of whole Documents (a --jobs 2 worker's), in CP932 with positions", async () => {
    // Two characters CP932 lacks, met in another order in another table: the message lists them as a whole-table encoding does.
    const kanji = join(folder, "kanji-more.txt");
    writeFileSync(kanji, readFileSync("test/cli/fixtures/kanji.txt", "utf8").replace("動画を公開した", "動画を𩸽と公開した").replace("自主防災組織育成支援事業", "自主防災組織育成𠮟支援事業"));
    const inputs = [...texts, ...extracted, "test/cli/fixtures/kanji.txt", kanji];
    const extra = ["--positions", "--output-encoding", "cp932"];
    const whole = await allTables(join(folder, "whole"), inputs, [...extra, "--jobs", "2"], inMemory);
    expect(whole.code).toBe(0);
    expect(whole.stderr).toContain("U+29E3D");
    expect(Object.keys(whole.tables)).toHaveLength(9);
    expect(await allTables(join(folder, "streamed"), inputs, extra, inFiles)).toEqual(whole);
  });
});
