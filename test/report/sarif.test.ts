import { describe, expect, it } from "vitest";
import type { Log } from "sarif";
import { SARIF_SCHEMA, sarif, toUri } from "../../src/report/reporters/sarif.js";
import { sampleContext, sampleRules } from "./sample.js";

const log = JSON.parse(sarif(sampleContext())) as Log;
const run = log.runs[0];

describe("sarif reporter (SARIF 2.1.0)", () => {
  it("has the 2.1.0 log shape: $schema, version, one run with tool.driver", () => {
    expect(log.$schema).toBe(SARIF_SCHEMA);
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run?.tool.driver).toMatchObject({ name: "sheetparse", version: "1.2.3" });
    expect(run?.columnKind).toBe("utf16CodeUnits");
  });

  it("describes every rule, and the fatal pseudo-rule, with its default level", () => {
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual([...sampleRules.map((rule) => rule.id), "fatal"]);
    expect(rules[0]).toEqual({ id: "required-field", name: "RequiredField", shortDescription: { text: "An expected value is blank." }, defaultConfiguration: { level: "warning" } });
    expect(rules.map((rule) => rule.defaultConfiguration?.level)).toEqual(["warning", "error", "error", "note", "warning", "error"]);
  });

  it("gives each diagnostic a result with ruleId, ruleIndex, level, message.text and a physical location", () => {
    const results = run?.results ?? [];
    expect(results).toHaveLength(5);
    expect(results[0]).toEqual({
      ruleId: "required-field",
      ruleIndex: 0,
      level: "warning",
      message: { text: "【Action】方針 is blank (事業 \"市民講座運営事業\")" },
      locations: [{ physicalLocation: { artifactLocation: { uri: "sheets/%E3%81%BF%E3%81%A9%E3%82%8A%E9%87%8E%E5%B8%82.txt" }, region: { startLine: 9, startColumn: 4, endLine: 9, endColumn: 4 } } }],
    });
    expect(results.map((result) => result.level)).toEqual(["warning", "error", "note", "error", "error"]);
    for (const result of results) {
      const index = result.ruleIndex ?? -1;
      expect(run?.tool.driver.rules?.[index]?.id).toBe(result.ruleId);
      expect(result.locations?.[0]?.physicalLocation?.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it("points a result for an unreadable file at the file's start", () => {
    expect(run?.results?.[4]).toMatchObject({ ruleId: "fatal", level: "error", locations: [{ physicalLocation: { artifactLocation: { uri: "missing.txt" }, region: { startLine: 1, startColumn: 1 } } }] });
  });

  it.each([
    ["sheets/a b.txt", "sheets/a%20b.txt"],
    ["sheets\\win.txt", "sheets/win.txt"],
    ["/abs/path.txt", "file:///abs/path.txt"],
    [null, "stdin"],
  ] as const)("uri of %j is %j", (path, uri) => {
    expect(toUri(path)).toBe(uri);
  });

  it("is a log with no results for no input", () => {
    expect((JSON.parse(sarif(sampleContext({ files: [] }))) as Log).runs[0]?.results).toEqual([]);
  });
});
