/** A small, hand-made report to compare reporter outputs against: two files, CJK messages, every severity. */
import { plainColors } from "../../src/report/colors.js";
import { toFileReport } from "../../src/report/file-report.js";
import type { ReportContext, RuleInfo } from "../../src/report/types.js";
import type { Diagnostic } from "../../src/model/schema.js";

const PATH = "sheets/みどり野市.txt";

const lines = new Map<number, string>([
  [9, "方針\t"],
  [33, "成果実績\t\t約5千人"],
  [120, "令和6年度\t\t令和8年度"],
]);

export const sampleDiagnostics: Diagnostic[] = [
  { ruleId: "required-field", messageId: "blankField", severity: "warning", message: "【Action】方針 is blank (事業 \"市民講座運営事業\")", line: 9, column: 4, endLine: 9, endColumn: 4, path: PATH },
  { ruleId: "invalid-quantity", messageId: "invalidQuantity", severity: "error", message: "令和3年度 成果実績 \"約5千人\" is not a number", line: 33, column: 7, endLine: 33, endColumn: 11, path: PATH },
  { ruleId: "mixed-punctuation", messageId: "mixedCommas", severity: "info", message: "Sheet mixes \"，\" and \"、\"", line: 120, column: 1, endLine: 120, endColumn: 2, path: PATH },
  // Characters that workflow commands and XML must escape.
  { ruleId: "year-sequence", messageId: "yearGap", severity: "error", message: "令和8年度 follows 令和6年度: 100% sure, a,b:c <&>\nnext\u0000", line: 120, column: 8, endLine: 120, endColumn: 13, path: PATH },
];

export const sampleRules: RuleInfo[] = [
  { id: "required-field", description: "An expected value is blank.", defaultSeverity: "warning", setting: "warning" },
  { id: "invalid-quantity", description: "A quantity cell <that> is not a number & so on.", defaultSeverity: "error", setting: "error" },
  { id: "year-sequence", description: "The fiscal years do not line up.", defaultSeverity: "error", setting: "error" },
  { id: "mixed-punctuation", description: "One sheet mixes ， and 、.", defaultSeverity: "info", setting: "info" },
  { id: "unit-mismatch", description: "Units differ.", defaultSeverity: "warning", setting: "off" },
];

/** The sample as reporters get it: one file with problems, one clean file, one unreadable. */
export function sampleContext(overrides: Partial<ReportContext> = {}): ReportContext {
  const fatal: Diagnostic = { ruleId: "fatal", messageId: "unreadable", severity: "error", message: "no such file or directory", line: 1, column: 1, path: "missing.txt" };
  return {
    files: [
      toFileReport(PATH, sampleDiagnostics, (line) => lines.get(line)),
      toFileReport("clean.txt", [], () => undefined),
      toFileReport("missing.txt", [fatal], () => undefined),
    ],
    rules: sampleRules,
    colors: plainColors,
    codeFrame: false,
    tool: { name: "sheetparse", version: "1.2.3" },
    ...overrides,
  };
}
