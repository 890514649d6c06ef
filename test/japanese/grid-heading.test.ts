import { describe, expect, it } from "vitest";
import { parseGridHeading, phaseWord } from "../../src/japanese/grid-heading.js";

describe("grid year headings (SPEC §7.3)", () => {
  it.each([
    ["令和3年度(決算)", 2021, "actual"],
    ["R3決算", 2021, "actual"],
    ["R3 決算", 2021, "actual"],
    ["令和4年度(決算見込)", 2022, "estimate"],
    ["R4見込", 2022, "estimate"],
    ["令和5年度(当初予算)", 2023, "budget"],
    ["R5予算", 2023, "budget"],
    ["令和６年度（予算）", 2024, "budget"],
    ["平成25年度(2013年度)", 2013, null],
    ["H30", 2018, null],
    ["R1", 2019, null],
    ["2021年度", 2021, null],
    ["令和3年度(繰越)", 2021, null],
  ] as const)("%s → %s %s", (cell, year, phase) => {
    expect(parseGridHeading(cell, null, null)).toMatchObject({ year, phase, label: cell });
  });

  it("resolves era-less years only from an era in reach", () => {
    expect(parseGridHeading("25年度", "heisei", null)?.year).toBe(2013);
    expect(parseGridHeading("08 年度", "heisei", null)?.year).toBe(1996);
    expect(parseGridHeading("4年度", "reiwa", null)?.year).toBe(2022);
    expect(parseGridHeading("25年度", null, null)).toMatchObject({ year: null, label: "25年度" });
  });

  it("resolves 現年度 and 前年度 from the sheet's own year", () => {
    expect(parseGridHeading("現年度(予算額)", null, 2023)).toMatchObject({ year: 2023, phase: "budget" });
    expect(parseGridHeading("過年度(決算額)", null, 2023)).toMatchObject({ year: 2022, phase: "actual" });
    expect(parseGridHeading("現年度(予算額)", null, null)?.year).toBeNull();
  });

  it("names the heading's own era so that later era-less headings can use it", () => {
    expect(parseGridHeading("平成26年度", null, null)?.era).toBe("heisei");
    expect(parseGridHeading("2014年度", null, null)?.era).toBeNull();
  });

  it.each(["区分", "1,150", "R3 ほげ", "平成25年度(2014年度)", "事業費", "令和3年度の実績", "0年度", ""])("%s is no heading", (cell) => {
    expect(parseGridHeading(cell, "reiwa", 2023)).toBeNull();
  });

  it("reads phase words alone, as under a year spanning two columns", () => {
    expect(phaseWord("予算")).toBe("budget");
    expect(phaseWord("決 算")).toBe("actual");
    expect(phaseWord("（決算見込）")).toBe("estimate");
    expect(phaseWord("人件費")).toBeNull();
  });
});
