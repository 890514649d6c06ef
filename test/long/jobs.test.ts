/**
 * `--jobs 2` (issue 13, part 2; the other --jobs tests are in test/cli/jobs.test.ts), in
 * `npm run test:long`: it keeps input order when the first file is far slower than the
 * others (a 1 MB sheet parsed twice is slow by nature), and prints what `--jobs 1` prints
 * in the outputs whose worker step `npm test` already compares, as `--jobs auto` does (each
 * run with workers starts a thread per job, about half a second of CPU each).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturesDir } from "../helpers/fixtures.js";
import { runCli } from "../cli/helpers.js";
import { both, expectSame, expectSameWithMissing, layouts, longOutputs, withInputs } from "../cli/jobs-runs.js";

describe("results keep input order", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-jobs-order-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("when the first file is far slower than the others", async () => {
    const sheet = readFileSync(join(fixturesDir, "policy-with-projects.txt"), "utf8");
    // About 1 MB: parsed while the other worker gets through every small file.
    const big = join(dir, "0-big.txt");
    writeFileSync(big, sheet.repeat(Math.ceil(1_000_000 / sheet.length)));
    const small = Array.from({ length: 12 }, (_, index) => {
      const path = join(dir, `small-${String(index).padStart(2, "0")}.txt`);
      writeFileSync(path, sheet);
      return path;
    });
    const inputs = [big, ...small];
    const two = await runCli([...inputs, "--format", "ndjson", "--jobs", "2"]);
    const paths = two.stdout
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);
    expect(paths).toEqual(inputs);
    // The same bytes on stdout and stderr, and the same exit code, as --jobs 1.
    const one = await runCli([...inputs, "--format", "ndjson", "--jobs", "1"]);
    expect(two.code).toBe(one.code);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdoutBytes.equals(one.stdoutBytes)).toBe(true);
  });
});

describe("--jobs 2 prints exactly what --jobs 1 prints, in the other outputs", () => {
  it.each(longOutputs.map((output) => [output.join(" "), output] as const))("%s: the reference fixtures and a missing file", async (_name, output) => {
    await expectSameWithMissing(output);
  });

  it("check: every layout with --profile auto", async () => {
    expectSame(await both(withInputs(["check"], layouts, ["--profile", "auto"])));
  });
});

describe("--jobs auto", () => {
  it("(one per core) prints what the default, one job in this thread, prints", async () => {
    const inputs = ["fixtures/crlf.txt", "fixtures/cr.txt", "fixtures/whole-city.txt"];
    const auto = await runCli([...inputs, "--format", "ndjson", "--jobs", "auto"]);
    const plain = await runCli([...inputs, "--format", "ndjson"]);
    expect(auto.code).toBe(plain.code);
    expect(auto.stdout).toBe(plain.stdout);
    expect(auto.stderr).toBe(plain.stderr);
  });
});
