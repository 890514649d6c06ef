/** Issue 14 part 4: a mistyped command is a usage error, `help [command]` prints help, and a file of that name still wins. */
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { editDistance, suggestCommand } from "../../src/cli/command-typo.js";
import { cliFixtures, libraryDocument, repoRoot, runCli } from "./helpers.js";

const COMMANDS = ["ast", "report", "check", "schema", "profiles", "help"];

describe("suggestCommand", () => {
  it("finds typos within two edits (a transposition is one) and prefixes", () => {
    expect(editDistance("chekc", "check")).toBe(1);
    expect(suggestCommand("chekc", COMMANDS)).toBe("check");
    expect(suggestCommand("reprot", COMMANDS)).toBe("report");
    expect(suggestCommand("rep", COMMANDS)).toBe("report");
    expect(suggestCommand("Schema", COMMANDS)).toBe("schema");
    expect(suggestCommand("hlep", COMMANDS)).toBe("help");
  });

  it("never takes a path, a pattern, stdin or a distant word for a command", () => {
    for (const operand of ["x.txt", "sheets/check", "chec*", "-", "", "budget", "sheet"]) expect(suggestCommand(operand, COMMANDS)).toBeNull();
  });
});

describe("command words on the command line", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-words-"));
    copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "x.txt"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a mistyped command: one line, nothing on stdout, exit 2, and the other operands are not read", async () => {
    const run = await runCli(["chekc", "x.txt"], { cwd: dir });
    expect(run).toMatchObject({ stdout: "", stderr: 'sheetparse: unknown command "chekc" — did you mean check?\n', code: 2 });
  });

  it("help, help COMMAND, and help of an unknown command", async () => {
    expect(await runCli(["help"], { cwd: dir })).toMatchObject({ stdout: (await runCli(["--help"])).stdout, stderr: "", code: 0 });
    expect(await runCli(["help", "check"], { cwd: dir })).toMatchObject({ stdout: (await runCli(["check", "--help"])).stdout, stderr: "", code: 0 });
    const unknown = await runCli(["help", "chekc"], { cwd: dir });
    expect(unknown.stdout).toBe("");
    expect(unknown.stderr).toMatch(/^sheetparse: unknown command "chekc" — did you mean check\? \(commands: .*check.*\)\n$/);
    expect(unknown.code).toBe(2);
  });

  it("an existing file named like a command word is parsed, help included", async () => {
    copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "chekc"));
    copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "help"));
    const expected = { ...libraryDocument(cliFixtures.one) };
    for (const name of ["chekc", "help"]) {
      const run = await runCli([name], { cwd: dir });
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ source: { path: name }, projects: expected.projects });
    }
  });
});
