/** Exit codes (SPEC §4): 0 success, 1 the sheets have errors under --strict, 2 usage or unreadable input; the worst wins; never a stack trace. */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/schema.js";
import type { Profile } from "../../src/profile/schema.js";
import { loadInputs } from "../../src/cli/load.js";
import { getExitCode, type RunOutcome } from "../../src/cli/exit-code.js";
import { bin, cliFixtures, libraryDocument, repoRoot, runCli } from "./helpers.js";
import { memoryIo } from "./memory-io.js";

const HINT = "(run sheetparse --help for usage)\n";

/** The stderr lines --strict prints: errors and unrecognised lines, as `path:line:column: message`. */
function strictLines(path: string): string {
  return libraryDocument(path)
    .diagnostics.filter((d: Diagnostic) => d.severity === "error" || d.ruleId === "unrecognized-line")
    .map((d) => `${path}:${d.line}:${d.column}: ${d.message}\n`)
    .join("");
}

describe("exit code 0", () => {
  it("a good sheet, even with --strict", async () => {
    const run = await runCli([cliFixtures.one, "--strict"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("--help and --version", async () => {
    expect((await runCli(["--help"])).code).toBe(0);
    expect((await runCli(["--version"])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("exit code 1 (--strict)", () => {
  it("an unrecognised line: the data still comes out, the line is named on stderr", async () => {
    expect((await runCli([cliFixtures.unrecognized])).code).toBe(0);
    const run = await runCli([cliFixtures.unrecognized, "--strict"]);
    expect(JSON.parse(run.stdout)).toEqual(libraryDocument(cliFixtures.unrecognized));
    expect(run.stderr).toBe(strictLines(cliFixtures.unrecognized));
    expect(run.stderr).toMatch(/^test\/cli\/fixtures\/unrecognized\.txt:\d+:1: /);
    expect(run.code).toBe(1);
  });

  it("an error diagnostic (invalid quantity, once the invalid-quantity rule reports it)", async () => {
    const path = "test/cli/fixtures/invalid-quantity.txt";
    expect((await runCli([path])).code).toBe(0);
    const run = await runCli([path, "--strict", "--format", "ndjson"]);
    const expected = strictLines(path);
    expect(run.stderr).toBe(expected);
    expect(run.code).toBe(expected === "" ? 0 : 1);
  });

  it.each<[RunOutcome, boolean, number]>([
    [{ fatal: false, errors: 0, warnings: 3, unrecognized: 0 }, true, 0],
    [{ fatal: false, errors: 1, warnings: 0, unrecognized: 0 }, false, 0],
    [{ fatal: false, errors: 1, warnings: 0, unrecognized: 0 }, true, 1],
    [{ fatal: false, errors: 0, warnings: 0, unrecognized: 2 }, true, 1],
    [{ fatal: true, errors: 1, warnings: 0, unrecognized: 2 }, true, 2],
  ])("getExitCode(%j, strict %j) = %j", (outcome, strict, code) => {
    expect(getExitCode(outcome, { mode: "parse", strict })).toBe(code);
  });
});

describe("exit code 2", () => {
  it.each<[string, string[], string]>([
    ["bad --format", [cliFixtures.one, "--format", "xml"], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, yaml, csv.\n" + HINT],
    [
      "bad --table",
      [cliFixtures.one, "--table", "budget"],
      "error: option '--table <name>' argument 'budget' is invalid. Allowed choices are years, projects, futureTargets, yearExtras, policies, mainProjects, targets, opinions, diagnostics, all.\n" + HINT,
    ],
    ["unknown --output-encoding", [cliFixtures.one, "--format", "csv", "--output-encoding", "latin1"], "error: option '--output-encoding <name>' argument 'latin1' is invalid. Use utf-8 or cp932.\n" + HINT],
    ["--table all without --output", [cliFixtures.one, "--table", "all"], `sheetparse: --table all writes one file per table: add --output DIR ${HINT}`],
    ["--table with another format", [cliFixtures.one, "--format", "json", "--table", "years"], `sheetparse: --table needs --format csv (got --format json) ${HINT}`],
    ["--bom without CSV", [cliFixtures.one, "--bom"], `sheetparse: --bom applies to --format csv only ${HINT}`],
    ["--bom with cp932", [cliFixtures.one, "--format", "csv", "--bom", "--output-encoding", "cp932"], `sheetparse: --bom is for UTF-8 output; CP932 has no byte order mark ${HINT}`],
    ["an unknown option", [cliFixtures.one, "--colour"], "error: unknown option '--colour'\n" + HINT],
  ])("%s: one line and a hint, nothing on stdout", async (_name, args, stderr) => {
    const run = await runCli(args);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(stderr);
    expect(run.code).toBe(2);
  });

  it("an --output that cannot be created", async () => {
    const run = await runCli([cliFixtures.one, "--output", "no/such/dir/out.json"]);
    expect(run.stderr).toBe("sheetparse: cannot write no/such/dir/out.json: no such directory\n");
    expect(run.code).toBe(2);
  });

  it("the worst code wins: a missing file beats --strict's 1", async () => {
    const run = await runCli([cliFixtures.unrecognized, "missing.txt", "--strict", "--format", "ndjson"]);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(run.stderr).toContain("missing.txt: no such file or directory\n");
    expect(run.code).toBe(2);
  });
});

describe("no stack traces", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-pipe-"));
    for (let i = 0; i < 60; i++) copyFileSync(join(repoRoot, cliFixtures.one), join(dir, `s${String(i).padStart(3, "0")}.txt`));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a reader that goes away (| head -c 100) ends the run quietly", () => {
    const script = `"${bin}" "${dir}" --format ndjson | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { cwd: repoRoot, env: { ...process.env, NO_COLOR: "1" }, encoding: "utf8" });
    expect(result.stderr).toBe("status=0\n");
  });

  it("a bug on one input becomes that input's fatal diagnostic, and the batch goes on", async () => {
    // A profile without its tables makes the parser throw: a stand-in for any internal error.
    const broken = { name: "broken" } as unknown as Profile;
    const { count, results } = loadInputs(memoryIo().io, [cliFixtures.one, cliFixtures.two], { profile: broken });
    const documents = [];
    for await (const result of results) documents.push(result);
    expect(count).toBe(2);
    expect(documents.map((result) => [result.fatal, result.document.diagnostics.map((d) => [d.ruleId, d.messageId])])).toEqual([
      [true, [["fatal", "internalError"]]],
      [true, [["fatal", "internalError"]]],
    ]);
    expect(documents[0]?.document.diagnostics[0]?.message).toMatch(/^internal error: /);
  });
});
