/** Output trouble and library options found in review: clear messages, never a stack trace. */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { runCli } from "./helpers.js";
import { fixturesDir, repoRoot, seedsDir } from "../helpers/fixtures.js";

describe("output errors", () => {
  it.skipIf(!existsSync("/dev/full"))("a full disk on stdout is exit 2 with one line, for every command", () => {
    for (const args of [["schema"], ["profiles"], ["--help"], ["--version"], [join(fixturesDir, "cr.txt")]]) {
      const full = openSync("/dev/full", "w");
      const run = spawnSync(process.execPath, [join(repoRoot, "bin/sheetparse"), ...args], { stdio: ["ignore", full, "pipe"], encoding: "utf8" });
      closeSync(full);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^sheetparse: cannot write .*no space left on the device\n$/);
    }
  });

  it("report to a directory names the path", async () => {
    const run = await runCli(["report", join(fixturesDir, "cr.txt"), "-o", fixturesDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sheetparse: cannot write ${fixturesDir}: is a directory\n`);
  });

  it("the diagnostics table has one line column with --positions", async () => {
    const run = await runCli([join(fixturesDir, "whole-city.txt"), "--table", "diagnostics", "--positions"]);
    const header = run.stdout.split("\r\n")[0] ?? "";
    expect(header.split(",").filter((column) => column === "line")).toHaveLength(1);
  });
});

describe.skipIf(!existsSync(seedsDir))("check --max-warnings", () => {
  it("says why it exits 1", async () => {
    const run = await runCli(["check", join(seedsDir, "000_c75840063dde7d0e.txt"), "--max-warnings", "11"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("sheetparse: too many warnings: 12 (maximum: 11)\n");
  });
});

describe("library options", () => {
  const bytes = readFileSync(join(fixturesDir, "cp932.txt"));

  it("check accepts rule settings as a plain object and rejects unknown ids", () => {
    const text = readFileSync(join(fixturesDir, "policy-with-projects.txt"), "utf8");
    expect(check(text, { rules: { "target-not-met": "off" } }).some((d) => d.ruleId === "target-not-met")).toBe(false);
    expect(() => check(text, { rules: { bogus: "off" } })).toThrow(/unknown rule id "bogus"/);
  });

  it("parse normalises the encoding name and reports an unknown one", () => {
    expect(parse(bytes, { encoding: "SHIFT_JIS" as "shift_jis" }).source.encoding).toBe("shift_jis");
    expect(parse(bytes, { encoding: "latin9" as "utf-8" }).diagnostics[0]?.message).toMatch(/unknown encoding "latin9"/);
  });
});
