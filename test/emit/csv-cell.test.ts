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
