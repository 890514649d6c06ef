import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import { json } from "../../src/report/reporters/json.js";
import { sampleContext, sampleDiagnostics } from "./sample.js";

describe("json reporter", () => {
  it("is an array with one ESLint-shaped entry per file", () => {
    const entries = JSON.parse(json(sampleContext())) as Record<string, unknown>[];
    // Our own keys, unchanged.
    expect(entries.map(({ filePath, diagnostics, errorCount, warningCount, infoCount }) => ({ filePath, diagnostics, errorCount, warningCount, infoCount }))).toEqual([
      { filePath: "sheets/みどり野市.txt", diagnostics: sampleDiagnostics, errorCount: 2, warningCount: 1, infoCount: 1 },
      { filePath: "clean.txt", diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 },
      {
        filePath: "missing.txt",
        diagnostics: [{ ruleId: "fatal", messageId: "unreadable", severity: "error", message: "no such file or directory", line: 1, column: 1, path: "missing.txt" }],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ]);
  });

  it("carries ESLint's result fields: numeric severities, infos left out of messages, fatal input counted", () => {
    const entries = JSON.parse(json(sampleContext())) as Record<string, unknown>[];
    const eslintKeys = ["messages", "errorCount", "warningCount", "fatalErrorCount", "fixableErrorCount", "fixableWarningCount", "suppressedMessages", "usedDeprecatedRules"];
    for (const entry of entries) for (const key of eslintKeys) expect(entry).toHaveProperty(key);
    expect(entries[0]?.messages).toEqual([
      { ruleId: "required-field", messageId: "blankField", severity: 1, message: "【Action】方針 is blank (事業 \"市民講座運営事業\")", line: 9, column: 4, endLine: 9, endColumn: 4 },
      { ruleId: "invalid-quantity", messageId: "invalidQuantity", severity: 2, message: "令和3年度 成果実績 \"約5千人\" is not a number", line: 33, column: 7, endLine: 33, endColumn: 11 },
      { ruleId: "year-sequence", messageId: "yearGap", severity: 2, message: "令和8年度 follows 令和6年度: 100% sure, a,b:c <&>\nnext\u0000", line: 120, column: 8, endLine: 120, endColumn: 13 },
    ]);
    expect(entries[0]).toMatchObject({ fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, suppressedMessages: [], usedDeprecatedRules: [] });
    expect(entries[2]).toMatchObject({ fatalErrorCount: 1, messages: [{ ruleId: "fatal", severity: 2, fatal: true, line: 1, column: 1 }] });
  });

  it("is read by ESLint's own stylish formatter", async () => {
    const { ESLint } = await import("eslint");
    const formatter = await new ESLint().loadFormatter("stylish");
    const results = JSON.parse(json(sampleContext())) as Parameters<typeof formatter.format>[0];
    const text = stripVTControlCharacters(await formatter.format(results));
    expect(text).toContain("sheets/みどり野市.txt");
    expect(text).toMatch(/9:4\s+warning\s+【Action】方針 is blank .*required-field/);
    expect(text).toMatch(/33:7\s+error\s+令和3年度 成果実績 .*invalid-quantity/);
    expect(text).toMatch(/1:1\s+error\s+no such file or directory\s+fatal/);
    expect(text).toContain("4 problems (3 errors, 1 warning)");
  });

  it("names standard input <stdin>, and prints [] for no input", () => {
    const [first] = sampleContext().files;
    const entries = JSON.parse(json(sampleContext({ files: first ? [{ ...first, filePath: null }] : [] }))) as { filePath: string }[];
    expect(entries[0]?.filePath).toBe("<stdin>");
    expect(json(sampleContext({ files: [] }))).toBe("[]\n");
  });
});
