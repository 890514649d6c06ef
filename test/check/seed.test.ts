/**
 * The reference sheet (../shared/seeds, present on the development machine, absent on a
 * clean clone) against its expected diagnostics: rule, severity and line, and the counts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { seedsDir } from "../helpers/fixtures.js";

interface Expected {
  diagnostics: { ruleId: string; severity: string; line: number }[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((file) => file.endsWith(".txt") && existsSync(join(seedsDir, file.replace(/\.txt$/, ".check.json")))).sort() : [];

describe.skipIf(seeds.length === 0)("check on the shared seeds", () => {
  it.each(seeds)("%s gives exactly its .check.json", (file) => {
    const path = join(seedsDir, file);
    const expected = JSON.parse(readFileSync(path.replace(/\.txt$/, ".check.json"), "utf8")) as Expected;
    const diagnostics = check(readFileSync(path), { path });
    expect(diagnostics.map(({ ruleId, severity, line }) => ({ ruleId, severity, line }))).toEqual(expected.diagnostics);
    const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
    expect({ errorCount: count("error"), warningCount: count("warning"), infoCount: count("info") }).toEqual({
      errorCount: expected.errorCount,
      warningCount: expected.warningCount,
      infoCount: expected.infoCount,
    });
  });

  it.each(seeds)("%s: parse() carries the same diagnostics as check()", (file) => {
    const path = join(seedsDir, file);
    expect(parse(readFileSync(path), { path }).diagnostics).toEqual(check(readFileSync(path), { path }));
  });
});
