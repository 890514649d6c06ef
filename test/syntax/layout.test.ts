/**
 * SPEC §7.2: the layout of a file is detected once, and each layout splits a line into
 * cells whose text equals the source at their columns.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "../../src/index.js";
import { referenceProfile } from "../../src/profile/reference.js";
import { LineTable } from "../../src/source/lines.js";
import { detectLayout, splitLine, type Layout } from "../../src/syntax/layout.js";
import { validateTree } from "../helpers/tree-validator.js";

const cellsOf = (text: string, layout: Layout) => {
  const line = new LineTable(text).at(0);
  if (!line) throw new Error("no line");
  return splitLine(line, layout).map((cell) => [cell.text, cell.position.start.column]);
};

describe("splitting a line", () => {
  it("spaces: runs of two or more spaces, or an ideographic space, separate cells; columns are kept", () => {
    expect(cellsOf("2 担当課    市民協働課   担当係 地域づくり係", "spaces")).toEqual([["2 担当課", 1], ["市民協働課", 10], ["担当係 地域づくり係", 18]]);
    expect(cellsOf("事業名　公園愛護事業", "spaces")).toEqual([["事業名", 1], ["公園愛護事業", 5]]);
    expect(cellsOf("   事業費      8,120   ", "spaces")).toEqual([["事業費", 4], ["8,120", 13]]);
  });

  it("pipes: ` |` ends a cell and is not its text", () => {
    expect(cellsOf("事業名 | 公園愛護活動支援事業 |", "pipes")).toEqual([["事業名", 1], ["公園愛護活動支援事業", 7]]);
    expect(cellsOf("(単位：円)", "pipes")).toEqual([["(単位：円)", 1]]);
    expect(cellsOf("区分 | | R4 |", "pipes")).toEqual([["区分", 1], ["", 6], ["R4", 8]]);
  });

  it("tokens: the line is one cell", () => {
    expect(cellsOf("  担当課 健康福祉部  ", "tokens")).toEqual([["担当課 健康福祉部", 3]]);
  });
});

describe("detecting a file's layout", () => {
  const detect = (...lines: string[]) => detectLayout(new LineTable(lines.join("\n")));

  it.each([
    ["tab", ["事業名\t公園", "担当\t公園課", "説明文"]],
    ["spaces", ["事業名      公園", "担当課    公園課", "説明文"]],
    ["pipes", ["事業名 |", "公園愛護活動支援事業 |", "(単位：円)"]],
    ["tokens", ["区分", "平成30年度", "令和元年度", "令和2年度", "決算額", "1,150", "1,204", "1,188", "成", "果"]],
    ["tab", ["事業の説明", "事業名", "みどり文庫事業"]],
    ["tab", []],
  ] as const)("%s", (layout, lines) => {
    expect(detect(...lines)).toBe(layout);
  });
});

describe("a sheet in another layout", () => {
  const spaced = ["事業の説明", "", "事業名      公園愛護活動支援事業", "担当        公園緑地課", "予算科目    一般会計  土木費"].join("\n");

  it("reads its labelled rows, reports source.layout, and keeps the tree lossless", () => {
    const result = parseDetailed(spaced, { keepTree: true });
    expect(result.document.source.layout).toBe("spaces");
    expect(result.document.projects[0]).toMatchObject({ name: "公園愛護活動支援事業", department: "公園緑地課", budgetAccount: "一般会計" });
    expect(result.tree && validateTree(result.tree, spaced, result.lines)).toEqual([]);
    // The cell no label claims is named, not dropped.
    const document = parse(spaced);
    expect(document.diagnostics.filter((d) => d.ruleId === "unclaimed-cell").map((d) => [d.line, d.column])).toEqual([[5, 15]]);
  });

  it("a profile may fix the layout", () => {
    const document = parse(spaced, { profile: { ...referenceProfile, name: "tokens", layout: "tokens" } });
    expect(document.source.layout).toBe("tokens");
    // One cell per line: a label and its value share the cell, so 予算科目 takes the rest of the line.
    expect(document.projects[0]?.budgetAccount).toBe("一般会計  土木費");
  });

  it("a flattened HTML table reads as cells", () => {
    const piped = ["事業の説明 |", "事業名 | 公園愛護活動支援事業 |", "担当 | 公園緑地課 |"].join("\n");
    const document = parse(piped);
    expect(document.source.layout).toBe("pipes");
    expect(document.projects[0]).toMatchObject({ name: "公園愛護活動支援事業", department: "公園緑地課" });
  });
});

describe("every layout keeps the tree lossless (property)", () => {
  const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || 300;
  const pieces = ["事業の説明", "事業名", "担当", "  ", "   ", "　", " |", "|", " ", "\t", "\n", "令和3年度", "予算額", "1,200", "テキスト", "目標", "指標名"];
  it.each(["tab", "spaces", "pipes", "tokens"] as const)("%s", (layout) => {
    const profile = { ...referenceProfile, name: layout, layout };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const text = parts.join("");
        const result = parseDetailed(text, { profile, keepTree: true });
        expect(result.tree && validateTree(result.tree, text, result.lines)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});
