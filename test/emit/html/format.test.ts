import { describe, expect, it } from "vitest";
import { eraFiscalYear, formatFiscalYear, formatRate, formatYen, moneyScaleFor, rateBand, withWesternYear } from "../../../src/emit/html/format.js";

describe("formatYen", () => {
  it.each([
    [123_450_000, "1億2,345万円"],
    [100_000_000, "1億円"],
    [250_000_000_000, "2,500億円"],
    [12_345_000, "1,234.5万円"],
    [9_412_000, "941.2万円"],
    [10_000, "1万円"],
    [5_000, "5,000円"],
    [0, "0円"],
    [-1_200_000, "△120万円"],
  ])("%d yen → %s", (yen, expected) => {
    expect(formatYen(yen)).toBe(expected);
  });
});

describe("moneyScaleFor", () => {
  it.each([
    [13_000_000, "千円"],
    [99_999_999, "千円"],
    [120_000_000, "百万円"],
    [99_999_999_999, "百万円"],
    [100_000_000_000, "億円"],
  ])("%d yen → %s", (yen, unit) => {
    expect(moneyScaleFor(yen).unit).toBe(unit);
  });
});

describe("fiscal years", () => {
  it.each([
    [2021, "令和3年度"],
    [2019, "令和元年度"],
    [2018, "平成30年度"],
    [1989, "平成元年度"],
    [1988, "昭和63年度"],
    [1900, "1900年度"],
  ])("%d → %s", (year, label) => {
    expect(eraFiscalYear(year)).toBe(label);
  });

  it("shows the Western year beside the era", () => {
    expect(formatFiscalYear(2021)).toBe("令和3年度 (2021)");
  });

  it.each([
    ["令和4年度", 2022, "令和4年度 (2022)"],
    ["2017年", 2017, "2017年"],
    ["２０１７年", 2017, "２０１７年"],
    ["R3年度", 2021, "R3年度 (2021)"],
  ])("withWesternYear(%s, %d) → %s", (label, year, expected) => {
    expect(withWesternYear(label, year)).toBe(expected);
  });
});

describe("achievement rates", () => {
  it.each([
    [0.9791666, "97.9%", "near"],
    [1, "100.0%", "met"],
    [1.367, "136.7%", "met"],
    [0.9, "90.0%", "near"],
    [0.689, "68.9%", "missed"],
  ] as const)("%d → %s (%s)", (rate, text, band) => {
    expect(formatRate(rate)).toBe(text);
    expect(rateBand(rate)).toBe(band);
  });

  it("has no band without a rate", () => {
    expect(rateBand(null)).toBe("none");
  });
});
