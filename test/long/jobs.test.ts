/**
 * `--jobs 2` keeps input order when the first file is far slower than the others (issue 13,
 * part 2; the other --jobs tests are in test/cli/jobs.test.ts). In `npm run test:long`: a
 * 1 MB sheet parsed twice is slow by nature.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fixturesDir } from "../helpers/fixtures.js";
import { runCli } from "../cli/helpers.js";

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
