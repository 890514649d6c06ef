import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eraToWestern, matchFiscalYearPrefix, parseFiscalYear, parseYearHeading } from "../../src/japanese/fiscal-year.js";

const FISCAL_YEARS = [
  ["令和3年度", 2021],
  ["令和元年度", 2019],
  ["平成31年度", 2019],
  ["平成元年度", 1989],
  ["平成32年度", 2020],
  ["昭和63年度", 1988],
  ["R3年度", 2021],
  ["r3年度", 2021],
  ["Ｒ３年度", 2021],
  ["R03年度", 2021],
  ["R元年度", 2019],
  ["H30年度", 2018],
  ["H31年度", 2019],
  ["S63年度", 1988],
  ["2021年度", 2021],
  ["２０２１年度", 2021],
  ["令和３年度", 2021],
  ["令和三年度", 2021],
  ["令和十年度", 2028],
  ["平成二十年度", 2008],
  ["平成三十一年度", 2019],
  ["令和99年度", 2117],
  ["令和 3 年度", 2021],
  ["令和\u30003\u3000年度", 2021],
  ["㍻31年度", 2019],
  ["㋿3年度", 2021],
] as const;

describe("parseFiscalYear", () => {
  it.each(FISCAL_YEARS)("%j → %i", (cell, year) => {
    expect(parseFiscalYear(cell)).toEqual({ year, label: cell });
  });

  it("keeps the label as written, trimmed", () => {
    expect(parseFiscalYear("\t 令和３年度\u3000")).toEqual({ year: 2021, label: "令和３年度" });
  });

  it.each([
    "",
    "   ",
    "令和",
    "令和年度",
    "令和3年",
    "予算額",
    "令和0年度",
    "令和００年度",
    "令和100年度",
    "R123年度",
    "令和〇年度",
    "令和一十年度",
    "令和三四年度",
    "令和十十年度",
    "2021",
    "1899年度",
    "2101年度",
    "20211年度",
    "221年度",
    "令和3年度予算額",
    "令和3年度 決算額",
    "X3年度",
    "大正3年度",
    "令和3.5年度",
    "令和-3年度",
  ])("%j → null", (cell) => {
    expect(parseFiscalYear(cell)).toBeNull();
  });
});

describe("parseYearHeading", () => {
  it.each([
    ...FISCAL_YEARS,
    ["2017年", 2017],
    ["2022年", 2022],
    ["２０１７年", 2017],
    ["令和4年", 2022],
    ["令和元年", 2019],
    ["H29年", 2017],
    ["2017", 2017],
    ["1900", 1900],
    ["2100", 2100],
  ] as const)("%j → %i", (cell, year) => {
    expect(parseYearHeading(cell)).toEqual({ year, label: cell });
  });

  it.each(["", "指標名", "1899", "2101", "20170", "217", "R4", "令和4", "2017年3月", "2017年度末", "令和0年"])(
    "%j → null",
    (cell) => {
      expect(parseYearHeading(cell)).toBeNull();
    },
  );
});

describe("matchFiscalYearPrefix", () => {
  it.each([
    ["令和2年度の取組状況への意見", 2020, "令和2年度", 5],
    ["令和2年度実績の評価と分析", 2020, "令和2年度", 5],
    ["令和３年度\t予算額", 2021, "令和３年度", 5],
    ["  令和 2 年度 決算額", 2020, "令和 2 年度", 9],
    ["㍻31年度予算", 2019, "㍻31年度", 5],
    ["2021年度", 2021, "2021年度", 6],
    ["平成三十一年度の実績", 2019, "平成三十一年度", 7],
  ] as const)("%j → %i %j ending at %i", (text, year, label, end) => {
    expect(matchFiscalYearPrefix(text)).toEqual({ year, label, end });
    expect(text.slice(0, end).trim()).toBe(label);
  });

  it.each(["", "【Check】令和2年度実績の評価と分析", "令和2年の実績", "予算額 令和2年度", "令和"])("%j → null", (text) => {
    expect(matchFiscalYearPrefix(text)).toBeNull();
  });

  it("agrees with parseFiscalYear on whole labels", () => {
    fc.assert(
      fc.property(fc.constantFrom(...FISCAL_YEARS), fc.string({ maxLength: 10 }), ([label, year], tail) => {
        const match = matchFiscalYearPrefix(`${label}の${tail}`);
        expect(match).toEqual({ year, label, end: label.length });
      }),
    );
  });
});

describe("eraToWestern", () => {
  it.each([
    ["reiwa", 1, 2019],
    ["reiwa", 3, 2021],
    ["heisei", 31, 2019],
    ["heisei", 1, 1989],
    ["showa", 63, 1988],
    ["showa", 1, 1926],
  ] as const)("%s %i → %i", (era, n, year) => {
    expect(eraToWestern(era, n)).toBe(year);
  });
});

describe("fiscal years: properties and adversarial input", () => {
  it("never throws, and any year found is in range", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 20 }), (text) => {
        for (const result of [parseFiscalYear(text), parseYearHeading(text), matchFiscalYearPrefix(text)]) {
          if (result !== null) expect(result.year).toBeGreaterThanOrEqual(1900);
        }
      }),
    );
  });

  it.each([
    ["'令和' × 1e5", "令和".repeat(1e5)],
    ["'1' × 1e6", "1".repeat(1e6)],
    ["'令和' + spaces × 1e6", `令和${" ".repeat(1e6)}3年度`],
    ["'令和3年度' × 1e5", "令和3年度".repeat(1e5)],
  ])("%s", (_name, text) => {
    const started = performance.now();
    parseFiscalYear(text);
    parseYearHeading(text);
    matchFiscalYearPrefix(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
