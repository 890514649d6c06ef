/**
 * Property tests for issue 15's output hardening (items 1, 2, 5): formula starts in any
 * minus form through CP932 CSV, and control characters in cells and file names through
 * every reporter and stderr line. `npm test` runs a few hundred cases per property;
 * `npm run test:long` sets SHEETPARSE_PROPERTY_RUNS=100000 (the convention of properties.test.ts).
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { formatDiagnosticLine } from "../../src/cli/diagnostic-line.js";
import { encodeCp932 } from "../../src/emit/csv/encode.js";
import { formatCsvHeader, formatCsvRows, TABLE_NAMES } from "../../src/emit/csv/tables.js";
import { parse } from "../../src/index.js";
import type { Diagnostic } from "../../src/model/schema.js";
import { codeFrame, layoutLine } from "../../src/report/code-frame.js";
import { plainColors } from "../../src/report/colors.js";
import { toFileReport } from "../../src/report/file-report.js";
import { isUnsafeCodePoint, printable, printablePath } from "../../src/report/printable.js";
import { github } from "../../src/report/reporters/github.js";
import { json } from "../../src/report/reporters/json.js";
import { junit } from "../../src/report/reporters/junit.js";
import { sarif } from "../../src/report/reporters/sarif.js";
import { stylish } from "../../src/report/reporters/stylish.js";
import type { ReportContext } from "../../src/report/types.js";

const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || undefined;
const runs = (quick: number) => ({ numRuns: RUNS ?? quick });

/** Every way a cell may start that looks like a minus, a plus, an equals or an at sign, and some that only look alike. */
const STARTS = [
  "-", "−", "－", "‐", "‑", "‒", "–", "—", "―", "﹣", "⁻", "₋", "➖", "ー", "=", "＝", "﹦", "⁼", "+", "＋", "﹢", "⁺", "@", "＠", "﹫",
  "'", "△", "▲", "",
];
/** Control characters, line breaks and bidirectional marks. */
const CONTROLS = ["\u0000", "\u0007", "\u0008", "\u000b", "\u000c", "\r", "\u001b", "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u2028", "\u202e", "\u2066", "\u200f"];
const WORDS = ["5", "1,200", "SUM(A1)", "事業", "課", "1+1", " ", "　", "%", "千円", ...CONTROLS];

const cellText = fc
  .tuple(fc.constantFrom(...STARTS), fc.array(fc.constantFrom(...WORDS), { maxLength: 5 }))
  .map(([start, words]) => `${start}${words.join("")}`);

/** What a spreadsheet reads as a formula start: our list, and what NFKC folds to it (the reader may normalise). */
function looksLikeFormula(cell: string): boolean {
  const first = String.fromCodePoint(cell.codePointAt(0) ?? 0);
  const starts = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠", "−"];
  return starts.includes(first) || starts.includes(first.normalize("NFKC").charAt(0));
}

/** A number as our CSV writes it (String(n)): numbers are data, never neutralised. */
const NUMBER = /^-?\d+(?:\.\d+)?(?:e[+-]\d+)?$/;

function sheetWith(cells: readonly string[]): string {
  const [name = "", department = "", purpose = "", approach = "", target = ""] = cells;
  return [
    "事業の説明",
    `事業名\t${name}`,
    `担当\t${department}`,
    `事業の目的 ${purpose}`,
    "【Do】これまでの実績と現在の取組み",
    `令和3年度\t予算額\t${target}千円`,
    `成果目標\t${target}`,
    "【Action】今後に向けた改善点",
    `方針\t${approach}`,
    "",
  ].join("\n");
}

describe("CSV in CP932: no cell read back starts a formula", () => {
  it("for cells starting with any minus, plus, equals or at form, with control characters inside", () => {
    fc.assert(
      fc.property(fc.array(cellText, { minLength: 5, maxLength: 5 }), (cells) => {
        const document = parse(Buffer.from(sheetWith(cells), "utf8"), { path: cells[0] ?? "s.txt" });
        for (const table of TABLE_NAMES) {
          const text = formatCsvHeader(table) + formatCsvRows(table, document);
          const decoded = iconv.decode(Buffer.from(encodeCp932(text).bytes), "cp932");
          const records = parseCsv(decoded, { relax_column_count: false }) as string[][];
          const width = records[0]?.length ?? 0;
          for (const record of records) {
            expect(record).toHaveLength(width);
            for (const cell of record) if (looksLikeFormula(cell)) expect(cell).toMatch(NUMBER);
          }
        }
      }),
      runs(150),
    );
  });
});

/** File names: any text, with control characters and workflow commands mixed in. */
const fileName = fc
  .array(fc.oneof(fc.constantFrom(...CONTROLS, "\n", "\r\n", "::error file=README.md,line=1::x", "##[error]x", " ", "::", "%0A", ",", ":", "\\", "/", "みどり野市", "a.txt")), { maxLength: 8 })
  .map((parts) => parts.join("") || "x");
const message = fc.array(fc.constantFrom(...WORDS, "\n", "::warning::y"), { maxLength: 6 }).map((parts) => parts.join(""));

/** A line a GitHub Actions runner would take for a workflow command. */
function isCommand(line: string): boolean {
  const start = line.trimStart();
  return start.startsWith("::") || start.startsWith("##[");
}

function hasUnsafe(text: string, allowed = ""): boolean {
  return [...text].some((ch) => !allowed.includes(ch) && isUnsafeCodePoint(ch.codePointAt(0) ?? 0));
}

function contextFor(path: string, messages: readonly string[], sourceLine: string, codeFrame: boolean): ReportContext {
  const diagnostics: Diagnostic[] = messages.map((text, index) => ({
    ruleId: "unclaimed-cell", messageId: "unclaimedCell", severity: index % 2 === 0 ? "warning" : "error", message: text,
    line: 1, column: 1 + index, endLine: 1, endColumn: 2 + index, path,
  }));
  return {
    files: [toFileReport(path, diagnostics, () => sourceLine)],
    rules: [{ id: "unclaimed-cell", description: "d", defaultSeverity: "warning", setting: "warning" }],
    colors: plainColors, codeFrame, tool: { name: "sheetparse", version: "0.0.0" },
  };
}

describe("control characters in file names and cells never reach the output raw", () => {
  it("stylish and the stderr lines: one line per row, nothing unsafe, no line the input starts", () => {
    fc.assert(
      fc.property(fileName, fc.array(message, { minLength: 1, maxLength: 4 }), cellText, fc.boolean(), (path, messages, line, frames) => {
        const out = stylish(contextFor(path, messages, line, frames));
        expect(hasUnsafe(out, "\n")).toBe(false);
        expect(out.split("\n").filter(isCommand)).toEqual([]);
        for (const d of contextFor(path, messages, line, frames).files[0]?.diagnostics ?? []) {
          const stderrLine = formatDiagnosticLine(d, plainColors);
          expect(hasUnsafe(stderrLine)).toBe(false);
          expect(isCommand(stderrLine)).toBe(false);
          expect(stderrLine.startsWith(printablePath(path))).toBe(true);
        }
      }),
      runs(500),
    );
  });

  it("github: exactly one workflow command per diagnostic, naming the file as the runner reads it back", () => {
    fc.assert(
      fc.property(fileName, fc.array(message, { minLength: 1, maxLength: 4 }), (path, messages) => {
        const lines = github(contextFor(path, messages, "", false)).trimEnd().split("\n");
        expect(lines).toHaveLength(messages.length);
        for (const line of lines) {
          expect(hasUnsafe(line)).toBe(false);
          const file = /^::(?:error|warning|notice) file=([^,:]*),/.exec(line)?.[1];
          expect(file).toBeDefined();
          const readBack = (file ?? "").replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%3A", ":").replaceAll("%2C", ",").replaceAll("%25", "%");
          expect(readBack).toBe(printable(path, { keep: new Set([0x0a, 0x0d]) }));
        }
      }),
      runs(500),
    );
  });

  it("json, sarif and junit: the exact name in their own escaping, nothing unsafe in the text", () => {
    fc.assert(
      fc.property(fileName, fc.array(message, { minLength: 1, maxLength: 3 }), (path, messages) => {
        const context = contextFor(path, messages, "", false);
        const jsonOut = json(context);
        expect(hasUnsafe(jsonOut, "\n")).toBe(false);
        expect((JSON.parse(jsonOut) as { filePath: string }[])[0]?.filePath).toBe(path);
        const sarifOut = sarif(context);
        expect(hasUnsafe(sarifOut, "\n")).toBe(false);
        const junitOut = junit(context);
        expect([...junitOut].some((ch) => (ch.codePointAt(0) ?? 0) < 0x20 && !"\t\n\r".includes(ch))).toBe(false);
        for (const [, value] of junitOut.matchAll(/name="([^"]*)"/g)) expect(value).not.toMatch(/[\r\n]/);
      }),
      runs(500),
    );
  });

  it("code frames hide control characters and keep the caret under the same display column", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS, "\t", "あ"), { maxLength: 60 }), fc.nat(80), (pieces, start) => {
        const line = pieces.join("");
        const column = (start % (line.length + 1)) + 1;
        const d: Diagnostic = { ruleId: "r", messageId: "m", severity: "error", message: "", line: 4, column, endLine: 4, endColumn: column + 1, path: null };
        const frame = codeFrame(layoutLine(line), d, plainColors, 2);
        expect(frame).toHaveLength(2);
        for (const row of frame) expect(hasUnsafe(row)).toBe(false);
      }),
      runs(500),
    );
  });
});
