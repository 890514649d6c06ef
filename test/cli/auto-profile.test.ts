/** `--profile auto` names a tie or a weak winner on stderr; stdout keeps only the data. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

describe("--profile auto on stderr", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-auto-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("a tie between two profiles that read a file alike is named, and the first is chosen", async () => {
    const twin = join(dir, "twin.yaml");
    // Reads as many lines, but 予算科目 as an extra: the same score, other data.
    writeFileSync(twin, "name: twin\nextends: reference\nlabels:\n  description:\n    budgetAccount: { remove: [予算科目] }\nextras: [予算科目]\n");
    const run = await runCli(["fixtures/policy-with-projects.txt", "--profile", "auto", "--profile", twin]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('sheetparse: fixtures/policy-with-projects.txt: --profile auto: "reference" and "twin" read this file equally well (99 of 99 lines); chose "reference" — name one with --profile, or give the other `detect` words\n');
    expect((JSON.parse(run.stdout) as { source: { profile: string } }).source.profile).toBe("reference");
  });

  it("a weak winner is named in check too", async () => {
    const readme = join(dir, "notes.txt");
    writeFileSync(readme, "# notes\n\nnothing to see\n");
    const run = await runCli(["check", readme, "--profile", "auto"]);
    expect(run.stderr).toContain(`sheetparse: ${readme}: --profile auto: no profile fits well; "reference" recognised only 0 of 2 lines`);
    expect(run.code).toBe(1);
  });
});
