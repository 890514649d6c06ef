/**
 * bin/sheetparse, the launcher: it runs the same CLI the other tests run in process and
 * makes run()'s exit code the process's. A few runs of each kind (exit 0 and 2, help, stdin,
 * another locale) must give the same transcript both ways, byte for byte.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliFixtures, repoRoot, runCli, runCliSpawned, type RunOptions } from "./helpers.js";

const CASES: readonly [string, readonly string[], Omit<RunOptions, "stdin">][] = [
  ["a sheet as JSON (exit 0)", [cliFixtures.one], {}],
  ["commander's usage error (exit 2)", [cliFixtures.one, "--format", "xml"], {}],
  ["--help", ["--help"], {}],
  ["check of standard input and a missing file under a Japanese locale (exit 2)", ["check", "-", "missing.txt"], { input: readFileSync(join(repoRoot, "fixtures/check/year-gap.txt")), env: { LANG: "ja_JP.UTF-8" } }],
];

describe("bin/sheetparse prints and exits as the CLI run in process does", () => {
  it.each(CASES)("%s", async (_name, args, options) => {
    const spawned = runCliSpawned(args, options);
    expect(spawned).toEqual(await runCli(args, options));
    expect(spawned.stdout + spawned.stderr).not.toBe("");
  });
});
