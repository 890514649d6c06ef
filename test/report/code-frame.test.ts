import { describe, expect, it } from "vitest";
import { codeFrame } from "../../src/report/code-frame.js";
import { plainColors } from "../../src/report/colors.js";
import { displayWidth } from "../../src/report/display-width.js";
import type { Diagnostic } from "../../src/model/schema.js";

function at(line: number, column: number, endColumn?: number): Diagnostic {
  return { ruleId: "r", messageId: "m", severity: "error", message: "", line, column, endLine: line, endColumn: endColumn ?? column, path: null };
}

describe("codeFrame", () => {
  it("puts the caret under the cell, counting kanji as two columns and tabs to stops of four", () => {
    expect(codeFrame("成果実績\t\t約5千人", at(12, 7, 11), plainColors, 4)).toEqual(["  12 | 成果実績        約5千人", "     |                 ^^^^^^^"]);
  });

  it("points after the label for a blank value", () => {
    expect(codeFrame("方針\t", at(3, 4), plainColors, 2)).toEqual([" 3 | 方針", "   |         ^"]);
  });

  it("cuts a long line to a window around the caret", () => {
    const line = `${"あ".repeat(500)}\tX${"い".repeat(500)}`;
    const [source, caret] = codeFrame(line, at(1, 502, 503), plainColors, 1);
    expect(source?.length).toBeLessThan(80);
    expect(source).toMatch(/^1 \| …あ+ {4}Xい+…$/);
    const columnOf = (text: string | undefined, mark: string): number => displayWidth((text ?? "").slice(0, (text ?? "").indexOf(mark)));
    expect(columnOf(caret, "^")).toBe(columnOf(source, "X"));
  });

  it("has no frame for an unreadable input (line 0)", () => {
    expect(codeFrame("", at(0, 0), plainColors, 1)).toEqual([]);
  });
});
