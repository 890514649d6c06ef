/** Messages that named the wrong problem (issue 15, item 9): symlink loops, --max-warnings. */
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxWarningsParser } from "../../src/cli/check-options.js";
import { cliFixtures, repoRoot, runCli } from "./helpers.js";

const parseMaxWarnings = maxWarningsParser("en");

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sheetparse-messages-"));
  symlinkSync("self.txt", join(dir, "self.txt"));
  symlinkSync("b.txt", join(dir, "a.txt"));
  symlinkSync("a.txt", join(dir, "b.txt"));
  symlinkSync("nowhere.txt", join(dir, "dangling.txt"));
  symlinkSync("[x].txt", join(dir, "[x].txt"));
  copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "one.txt"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("an operand that cannot be read says why", () => {
  it.each([
    ["self.txt", "symlink loop"],
    ["a.txt", "symlink loop"],
    // A name that is also a glob pattern: the loop is still named, not "no files match".
    ["[x].txt", "symlink loop"],
    ["dangling.txt", "broken symlink (to nowhere.txt)"],
    ["one.txt/x.txt", "not a directory (a part of the path is a file)"],
    ["missing.txt", "no such file or directory"],
  ])("%s: %s", async (operand, reason) => {
    for (const command of [[], ["check"]]) {
      const run = await runCli([...command, operand, "one.txt"], { cwd: dir });
      expect(run.stderr).toContain(`${operand}: ${reason}\n`);
      expect(run.code).toBe(2);
    }
  });
});

describe("--max-warnings takes decimal digits only", () => {
  it.each(["0", "12", "007", "9007199254740991"])("%j is accepted", (value) => {
    expect(parseMaxWarnings(value)).toBe(Number(value));
  });

  it.each(["1e3", "0x10", "0b1", "0o7", "1.5", "5.0", "-1", "+1", " 5", "5 ", "", "Infinity", "NaN", "１０", "9007199254740993"])("%j is a usage error", (value) => {
    expect(() => parseMaxWarnings(value)).toThrow(/whole number/);
  });

  it("exits 2 with one line naming the option", async () => {
    for (const value of ["1e3", "0x10"]) {
      const run = await runCli(["check", cliFixtures.one, "--max-warnings", value]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.split("\n")[0]).toBe(`error: option '--max-warnings <n>' argument '${value}' is invalid. Expected a whole number of 0 or more, in decimal digits.`);
    }
  });
});
