/**
 * `--jobs N` (issue 13, part 2): worker threads change nothing the main thread prints.
 * Outputs of a batch with `--jobs 2` are compared byte for byte with `--jobs 1`, on the
 * reference fixtures with a missing file in the middle and on the other layouts with
 * `--profile auto`: here one output per step a worker runs (each `--jobs 2` run starts two
 * threads, about a second of CPU); the other outputs, `--jobs auto` with workers, and that
 * results keep input order when the first file is far the slowest (a 1 MB file, parsed
 * twice), are in test/long/jobs.test.ts (`npm run test:long`).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixturesDir } from "../helpers/fixtures.js";
import { runCli, type Transcript } from "./helpers.js";
import { both, expectSame, expectSameWithMissing, layouts, quickOutputs, reference, withInputs, withMissing } from "./jobs-runs.js";

describe("--jobs 2 prints exactly what --jobs 1 prints", () => {
  // --format ndjson is the next test's, with standard input among the files as well.
  it.each(quickOutputs.filter((output) => output.join(" ") !== "--format ndjson").map((output) => [output.join(" "), output] as const))("%s: the reference fixtures and a missing file", async (_name, output) => {
    await expectSameWithMissing(output);
  });

  it("--format ndjson: the reference fixtures, standard input and a missing file", async () => {
    const input = readFileSync(join(fixturesDir, "policy-with-projects.txt"));
    const args = [withMissing[0] ?? "", "-", ...withMissing.slice(1), "--format", "ndjson"];
    const one = await runCli([...args, "--jobs", "1"], { input });
    const two = await runCli([...args, "--jobs", "2"], { input });
    expectSame([one, two]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("no-such-sheet.txt");
    expect(two.stdout.split("\n")[1]).toContain('"path":null');
  });

  // The other templates through the Document; the rules and the emitters are the same code as above.
  it("--format ndjson: every layout with --profile auto", async () => {
    expectSame(await both(withInputs(["--format", "ndjson"], layouts, ["--profile", "auto"])));
  });

  it("--table all writes the same files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sheetparse-jobs-tables-"));
    try {
      const runs: Transcript[] = [];
      for (const jobs of [1, 2]) runs.push(await runCli([...reference, "--table", "all", "--output", join(dir, String(jobs)), "--jobs", String(jobs)]));
      expect(runs[1]?.stderr).toBe(runs[0]?.stderr);
      expect(runs[1]?.code).toBe(runs[0]?.code);
      const names = readdirSync(join(dir, "1")).sort();
      expect(readdirSync(join(dir, "2")).sort()).toEqual(names);
      for (const name of names) expect(readFileSync(join(dir, "2", name)).equals(readFileSync(join(dir, "1", name)))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("--jobs takes a whole number of 1 or more", () => {
  it.each(["0", "abc", "1e1", "-1", " 2"])("--jobs %j is a usage error (exit 2), nothing read", async (value) => {
    for (const command of [[], ["check"], ["report"]]) {
      const run = await runCli([...command, "fixtures/crlf.txt", "--jobs", value]);
      expect(run).toMatchObject({ stdout: "", code: 2 });
      expect(run.stderr.split("\n")[0]).toBe(`error: option '--jobs <n>' argument '${value}' is invalid. Expected a whole number of 1 or more, in decimal digits, or auto.`);
    }
  });

  it("in Japanese", async () => {
    const run = await runCli(["fixtures/crlf.txt", "--jobs", "0"], { env: { LANG: "ja_JP.UTF-8" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("の値 '0' は使えません。1 以上の整数を十進の数字で、または auto を指定してください。\n");
  });

  // With more than one core and more than one file, auto starts worker threads: that run is in test/long/jobs.test.ts.
  it("--jobs auto is taken, and with a single file (no worker) prints what the default prints", async () => {
    const auto = await runCli(["fixtures/whole-city.txt", "--format", "ndjson", "--jobs", "auto"]);
    const plain = await runCli(["fixtures/whole-city.txt", "--format", "ndjson"]);
    expect(auto.code).toBe(plain.code);
    expect(auto.stdout).toBe(plain.stdout);
    expect(auto.stderr).toBe(plain.stderr);
  });

  it("--help names it, in both languages", async () => {
    for (const command of [[], ["check"], ["report"]]) {
      expect((await runCli([...command, "--help"])).stdout).toContain("--jobs <n>");
      expect((await runCli([...command, "--help", "--lang", "ja"])).stdout).toContain("--jobs <n>");
    }
  });
});
