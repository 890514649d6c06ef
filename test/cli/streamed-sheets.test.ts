/**
 * Issue 13: JSON, NDJSON, `check` and `report` take each sheet as it is read and set it
 * aside as its JSON — in memory for a small input, in a temporary file past a threshold —
 * instead of keeping the whole Document. Whichever store holds them, the output is the
 * same bytes, and no temporary file outlives the run.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
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
