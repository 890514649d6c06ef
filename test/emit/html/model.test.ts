import { describe, expect, it } from "vitest";
import { buildReportModel } from "../../../src/emit/html/model.js";
import { overviewRow } from "../../../src/emit/html/overview-table.js";
import { diagnosticAt, reportFileOf, sheetText } from "./helpers.js";

describe("buildReportModel", () => {
  const model = buildReportModel([reportFileOf(sheetText(), "a.txt", [diagnosticAt("a.txt", 42)]), reportFileOf(sheetText(), null)]);

  it("gives every file and sheet an id made of indices, in source order", () => {
    expect(model.files.map((file) => [file.id, file.label])).toEqual([
      ["f1", "a.txt"],
      ["f2", "<stdin>"],
    ]);
    expect(model.files[0]?.sheets.map((sheet) => [sheet.kind, sheet.id, sheet.line])).toEqual([
      ["policy", "f1-s1", 1],
      ["project", "f1-s2", 21],
    ]);
  });

  it("links a 事業 to its 施策 sheet", () => {
    const project = model.projects[0];
    expect(project?.owner?.id).toBe("f1-s1");
    expect(project?.policyName).toBe("防災・減災対策の推進");
    expect(model.policies[0]?.projects).toEqual([project]);
  });

  it("puts each diagnostic in the sheet whose lines hold it", () => {
    const entry = model.diagnostics[0];
    expect(entry?.diagnostic.ruleId).toBe("target-not-met");
    expect(entry?.sectionId).toBe("f1-s2");
    expect(model.projects[0]?.diagnostics).toEqual([entry]);
  });

  it("keeps diagnostics before the first sheet, or without a line, at file level", () => {
    const file = reportFileOf(sheetText(), "c.txt", [diagnosticAt("c.txt", 0, "fatal", "error"), diagnosticAt("c.txt", 30, "in-project", "warning")]);
    const built = buildReportModel([file]);
    expect(built.files[0]?.diagnostics.map((d) => d.diagnostic.ruleId)).toEqual(["fatal"]);
    expect(built.projects[0]?.diagnostics.map((d) => d.diagnostic.ruleId)).toEqual(["in-project"]);
    expect(overviewRow(built.projects[0] ?? fail()).warnings).toBe(1);
  });
});

function fail(): never {
  throw new Error("missing");
}

describe("overviewRow", () => {
  it("takes the latest actual year, the latest budget and settlement in yen, and counts warnings", () => {
    const model = buildReportModel([reportFileOf(sheetText(), "a.txt")]);
    const project = model.projects[0];
    if (!project) throw new Error("no project");
    const row = overviewRow(project);
    expect(row.latestActual?.fiscalYear).toBe(2021);
    expect(row.latestActual?.achievementRate).toBeCloseTo(0.979, 3);
    expect(row.latestBudget).toEqual({ fiscalYear: 2023, yen: 120_000_000 });
    expect(row.latestSettlement).toEqual({ fiscalYear: 2021, yen: 10_876_000 });
    expect([row.errors, row.warnings]).toEqual([0, 0]);
  });
});
