/** Formula neutralisation: text cells a spreadsheet would evaluate get a leading `'`; numbers stay numbers. */
import { describe, expect, it } from "vitest";
import { neutraliseCell, type Cell } from "../../src/emit/csv/cell.js";

describe("neutraliseCell", () => {
  it.each<[Cell, Cell]>([
    ["=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+81 3 1234", "'+81 3 1234"],
    ["-5", "'-5"],
    ["@user", "'@user"],
    ["\tTAB", "'\tTAB"],
    ["\rCR", "'\rCR"],
    ["＝全角", "'＝全角"],
    ["＋全角", "'＋全角"],
    ["－5件", "'－5件"],
    ["＠全角", "'＠全角"],
    // CP932 output writes U+2212 as －, a formula start (issue 15, item 1).
    ["\u22125", "'\u22125"],
    // Compatibility forms that NFKC folds to a formula start (or to U+2212).
    ["\uFE63" + "5", "'\uFE63" + "5"],
    ["\uFE62" + "1", "'\uFE62" + "1"],
    ["\uFE66" + "A1", "'\uFE66" + "A1"],
    ["\u207B" + "1", "'\u207B" + "1"],
    // Dashes that neither CP932 nor NFKC turn into a minus stay as they are.
    ["\u2010" + "5", "\u2010" + "5"],
    ["\u2015", "\u2015"],
    ["\u30FC", "\u30FC"],
    ["a=b", "a=b"],
    ["令和3年度", "令和3年度"],
    ["'already", "'already"],
    ["", ""],
    [null, null],
    [-5, -5],
    [0, 0],
  ])("%j → %j", (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});
