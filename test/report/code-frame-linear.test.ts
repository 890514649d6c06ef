/**
 * Code frames on a long line with many diagnostics are linear (issue 15, item 5): a
 * 32 KB one-line file with 16,000 cells took 68–100 s with stylish on a terminal, because
 * every frame laid the whole line out again.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/schema.js";
import { codeFrame, layoutLine, type LineLayout } from "../../src/report/code-frame.js";
import { plainColors } from "../../src/report/colors.js";
import { codePointWidth } from "../../src/report/display-width.js";
import { toFileReport } from "../../src/report/file-report.js";
import { isUnsafeCodePoint } from "../../src/report/printable.js";
import { stylish } from "../../src/report/reporters/stylish.js";
import { sampleContext } from "./sample.js";

function at(line: number, column: number, endColumn: number): Diagnostic {
  return { ruleId: "unclaimed-cell", messageId: "m", severity: "warning", message: "x", line, column, endLine: line, endColumn, path: "one.txt" };
}

/** The frame as the quadratic version drew it (per-glyph objects, linear scans), kept as the reference. */
function referenceFrame(line: string, d: Diagnostic, gutterWidth: number): string[] {
  const glyphs: { text: string; at: number; width: number; index: number }[] = [];
  let column = 0;
  let index = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    const hidden = ch !== "\t" && isUnsafeCodePoint(code);
    const width = ch === "\t" ? 4 - (column % 4) : hidden ? 0 : codePointWidth(code);
    glyphs.push({ text: ch === "\t" ? " ".repeat(width) : hidden ? "" : ch, at: column, width, index });
    column += width;
    index += ch.length;
  }
  const total = column;
  const from = d.column - 1;
  const to = d.endColumn === undefined ? from + 1 : d.endColumn - 1;
  let start = total;
  let end = total;
  for (const glyph of glyphs) {
    if (glyph.index >= from && start === total) start = glyph.at;
    if (glyph.index >= to) {
      end = glyph.at;
      break;
    }
  }
  end = Math.max(end, start);
  const windowStart = total > 100 ? Math.max(0, Math.min(start - 30, total - 100)) : 0;
  const windowEnd = windowStart + 100;
  const shown = glyphs.filter((g) => g.at >= windowStart && g.at + g.width <= windowEnd).map((g) => g.text).join("");
  const before = windowStart > 0 ? "…" : "";
  const after = total > windowEnd ? "…" : "";
  const gutter = String(d.line).padStart(gutterWidth);
  return [`${gutter} | ${before}${shown}${after}`.trimEnd(), `${" ".repeat(gutterWidth)} | ${" ".repeat(before.length + start - windowStart)}${"^".repeat(Math.max(1, Math.min(end, windowEnd) - start))}`];
}

/** A layout whose typed arrays count the elements read. */
function countingLayout(layout: LineLayout): { layout: LineLayout; reads: () => number } {
  let reads = 0;
  const count = (array: Uint32Array): Uint32Array =>
    new Proxy(array, {
      get(target, key) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key) as unknown;
      },
    });
  return { layout: { ...layout, columns: count(layout.columns), offsets: count(layout.offsets) }, reads: () => reads };
}

describe("code frames on one long line", () => {
  it("draw the same frame as the quadratic version did, on any line and span", () => {
    const piece = fc.constantFrom("a", "あ", "\t", "𠮟", "\u0301", "\u001b", "\u202e", "5", " ");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), fc.nat(), fc.nat(40), (pieces, start, length) => {
        const line = pieces.join("");
        const column = (start % (line.length + 2)) + 1;
        const d = at(7, column, column + length);
        expect(codeFrame(layoutLine(line), d, plainColors, 3)).toEqual(referenceFrame(line, d, 3));
      }),
      { numRuns: 500 },
    );
  });

  it("read a bounded number of layout entries per frame, however long the line", () => {
    const line = `担当\t課${"\tx".repeat(500_000)}`;
    const { layout, reads } = countingLayout(layoutLine(line));
    expect(layout.count).toBeGreaterThan(1_000_000);
    const frames = 200;
    for (let i = 0; i < frames; i++) codeFrame(layout, at(1, 6 + 2 * i * 2_000, 7 + 2 * i * 2_000), plainColors, 3);
    // A binary search is ~21 reads on a million entries; the window shows at most 100 columns.
    expect(reads() / frames).toBeLessThan(600);
  });

  it("let stylish frame 20,000 diagnostics on one 1 MB line in far less time than one pass per diagnostic would take", () => {
    // One layout per diagnostic would be 20,000 × 1,000,000 code points: hours, not seconds.
    const line = `担当\t課${"\tx".repeat(500_000)}`;
    const diagnostics = Array.from({ length: 20_000 }, (_, i) => at(3, 6 + 50 * i, 7 + 50 * i));
    const context = sampleContext({ files: [toFileReport("one.txt", diagnostics, () => line)], codeFrame: true });
    const out = stylish(context);
    expect(out.split("\n").length).toBeGreaterThan(3 * 20_000);
  }, 30_000);
});
