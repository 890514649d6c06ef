import { describe, expect, it } from "vitest";
import { json } from "../../src/report/reporters/json.js";
import { sampleContext, sampleDiagnostics } from "./sample.js";

describe("json reporter", () => {
  it("is an array with one ESLint-shaped entry per file", () => {
    const entries: unknown = JSON.parse(json(sampleContext()));
    expect(entries).toEqual([
      { filePath: "sheets/みどり野市.txt", diagnostics: sampleDiagnostics, errorCount: 2, warningCount: 1, infoCount: 1 },
      { filePath: "clean.txt", diagnostics: [], errorCount: 0, warningCount: 0, infoCount: 0 },
      {
        filePath: "missing.txt",
        diagnostics: [{ ruleId: "fatal", messageId: "unreadable", severity: "error", message: "no such file or directory", line: 0, column: 0, path: "missing.txt" }],
        errorCount: 1,
        warningCount: 0,
        infoCount: 0,
      },
    ]);
  });

  it("names standard input <stdin>, and prints [] for no input", () => {
    const [first] = sampleContext().files;
    const entries = JSON.parse(json(sampleContext({ files: first ? [{ ...first, filePath: null }] : [] }))) as { filePath: string }[];
    expect(entries[0]?.filePath).toBe("<stdin>");
    expect(json(sampleContext({ files: [] }))).toBe("[]\n");
  });
});
