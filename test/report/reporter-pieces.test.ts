/**
 * Issue 13: `check` writes the stylish, JSON, GitHub and SARIF reports piece by piece, so that a file of tens
 * of thousands of problems never makes one string of its report. The pieces are the report's
 * text exactly, and none grows with the number of problems.
 */
import { describe, expect, it } from "vitest";
import { reporterPieces, reporters } from "../../src/report/registry.js";
import { REPORTER_NAMES, type ReportContext } from "../../src/report/types.js";
import { toFileReport } from "../../src/report/file-report.js";
import type { Diagnostic } from "../../src/model/schema.js";
import { sampleContext, sampleDiagnostics } from "./sample.js";

/** One file with `count` problems on as many lines, each line with its source text for code frames. */
function manyProblems(count: number, codeFrame: boolean): ReportContext {
  const diagnostics: Diagnostic[] = Array.from({ length: count }, (_, index) => ({
    ...(sampleDiagnostics[index % sampleDiagnostics.length] as Diagnostic),
    line: index + 1,
  }));
  return sampleContext({ files: [toFileReport("big.txt", diagnostics, (line) => `成果実績\t\t約${line}千人`)], codeFrame });
}

describe("reporters in pieces", () => {
  it.each(REPORTER_NAMES)("%s: the pieces joined are the report, for the sample, with code frames, and with no files", (name) => {
    for (const context of [sampleContext(), sampleContext({ codeFrame: true }), sampleContext({ files: [] }), manyProblems(50, true)]) {
      expect([...reporterPieces[name](context)].join("")).toBe(reporters[name](context));
    }
  });

  it.each(["stylish", "json", "github", "sarif"] as const)("%s: no piece grows with the number of problems", (name) => {
    const context = manyProblems(20_000, name === "stylish");
    let longest = 0;
    let total = 0;
    for (const piece of reporterPieces[name](context)) {
      longest = Math.max(longest, piece.length);
      total += piece.length;
    }
    expect(total).toBeGreaterThan(1_000_000);
    // A piece is one line, one diagnostic, or SARIF's head with the rules: none near the report's size.
    expect(longest).toBeLessThan(4_000);
  });
});
