/**
 * Defective sheets of a fictional city (fixtures/check/NAME.txt), each beside its
 * hand-checked NAME.check.json: the diagnostics expected, by rule, message, severity and position.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/index.js";
import { fixturesDir, listFixtures } from "../helpers/fixtures.js";

interface Expected {
  diagnostics: { ruleId: string; messageId: string; severity: string; line: number; column: number }[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

const fixtures = listFixtures(join(fixturesDir, "check"));

describe("check fixtures", () => {
  it("are there", () => {
    expect(fixtures.map((fixture) => fixture.name)).toEqual([
      "blank-approach",
      "duplicate-year-field",
      "garbage-line",
      "invalid-quantity",
      "missing-check",
      "mixed-punctuation",
      "orphan-main-project",
      "unit-mismatch",
      "valid",
      "year-gap",
    ]);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))("%s", (_name, fixture) => {
    const expected = JSON.parse(readFileSync(fixture.expectedPath.replace(/\.expected\.json$/, ".check.json"), "utf8")) as Expected;
    const diagnostics = check(readFileSync(fixture.textPath), { path: fixture.textPath });
    expect(diagnostics.map(({ ruleId, messageId, severity, line, column }) => ({ ruleId, messageId, severity, line, column }))).toEqual(expected.diagnostics);
    const count = (severity: string): number => diagnostics.filter((d) => d.severity === severity).length;
    expect([count("error"), count("warning"), count("info")]).toEqual([expected.errorCount, expected.warningCount, expected.infoCount]);
  });
});
