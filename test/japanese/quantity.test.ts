import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MONEY_UNITS, parseQuantity } from "../../src/japanese/quantity.js";
import { quantitySchema } from "../../src/model/schema.js";

describe("parseQuantity: numbers", () => {
  it.each([
    // cell, value, unit
    ["5,000 人", 5000, "人"],
    ["５，０００人", 5000, "人"],
    ["35.8%", 35.8, "%"],
    ["35.8％", 35.8, "%"],
    ["0 %", 0, "%"],
    ["40.8%", 40.8, "%"],
    ["18", 18, null],
    ["1,234,567件", 1234567, "件"],
    ["1234567件", 1234567, "件"],
    ["+5人", 5, "人"],
    ["-5人", -5, "人"],
    ["−5人", -5, "人"],
    ["－5人", -5, "人"],
    ["△ 3", -3, null],
    ["-0", 0, null],
    ["007人", 7, "人"],
    ["5千人", 5, "千人"],
    ["50%以上", 50, "%以上"],
    ["100㎡", 100, "m2"],
    ["20 ℃", 20, "°C"],
    ["6か月", 6, "か月"],
    ["1億2,345万人", 12345, "万人"],
    ["　12　人　", 12, "人"],
  ] as const)("%j → %s %s", (cell, value, unit) => {
    const { quantity, valid } = parseQuantity(cell);
    expect(valid).toBe(true);
    expect(quantity).toEqual({ raw: cell.trim(), status: "value", value, unit });
    expect(Object.is(quantity.value, -0)).toBe(false);
  });

  it.each([
    // cell, value, unit, yen
    ["△1,200千円", -1200, "千円", -1200000],
    ["▲500円", -500, "円", -500],
    ["1,234.5千円", 1234.5, "千円", 1234500],
    ["35.8千円", 35.8, "千円", 35800],
    ["0.1万円", 0.1, "万円", 1000],
    ["12百万円", 12, "百万円", 12000000],
    ["3億円", 3, "億円", 300000000],
    ["1億2,345万円", 12345, "万円", 123450000],
    ["１億２，３４５万円", 12345, "万円", 123450000],
    ["1 億 2,345 万円", 12345, "万円", 123450000],
    ["2億500万円", 20500, "万円", 205000000],
    ["△1億2,345万円", -12345, "万円", -123450000],
    ["1億2345万6789円", 123456789, "円", 123456789],
    ["1万2千円", 12, "千円", 12000],
    ["1億2円", 100000002, "円", 100000002],
    ["1億2,345.5万円", 12345.5, "万円", 123455000],
    ["△0円", 0, "円", 0],
    ["-0.0千円", 0, "千円", 0],
  ] as const)("%j → %s %s = %s yen", (cell, value, unit, yen) => {
    const { quantity, valid } = parseQuantity(cell);
    expect(valid).toBe(true);
    expect(quantity).toEqual({ raw: cell, status: "value", value, unit, yen });
    expect(Object.is(quantity.value, -0) || Object.is(quantity.yen, -0)).toBe(false);
  });

  it("leaves yen out, not undefined, for other units", () => {
    expect(Object.keys(parseQuantity("5,000人").quantity)).not.toContain("yen");
    // 千万円 is not one of the five money units of SPEC §3.
    expect(parseQuantity("1億2千万円").quantity).toEqual({ raw: "1億2千万円", status: "value", value: 12, unit: "千万円" });
  });
});

describe("parseQuantity: not applicable and blank", () => {
  it.each([
    // cell, status, unit
    ["—", "notApplicable", null],
    ["― ", "notApplicable", null],
    ["－", "notApplicable", null],
    ["-", "notApplicable", null],
    ["‐", "notApplicable", null],
    ["–", "notApplicable", null],
    ["ー", "notApplicable", null],
    ["ｰ", "notApplicable", null],
    ["−", "notApplicable", null],
    ["――", "notApplicable", null],
    ["— %", "notApplicable", "%"],
    ["— 人", "notApplicable", "人"],
    ["－千円", "notApplicable", "千円"],
    ["", "blank", null],
    ["   ", "blank", null],
    ["\t\u3000", "blank", null],
    ["%", "blank", "%"],
    ["％", "blank", "%"],
    ["人", "blank", "人"],
    ["千円", "blank", "千円"],
    ["か所", "blank", "か所"],
    ["㎡", "blank", "m2"],
    ["km", "blank", "km"],
  ] as const)("%j → %s %s", (cell, status, unit) => {
    const { quantity, valid } = parseQuantity(cell);
    expect(valid).toBe(true);
    expect(quantity).toEqual({ raw: cell.trim(), status, value: null, unit });
  });
});

describe("parseQuantity: invalid cells", () => {
  it.each([
    "約5千人",
    "未定",
    "集計中",
    "把握困難",
    "困難",
    "算定不能",
    "— 把握困難",
    "なし",
    "該当なし",
    "N/A",
    "NaN",
    "Infinity",
    "12a34",
    "5人10人",
    "5 10",
    "5, 000",
    "5/10",
    "5～10人",
    "1,23",
    "1,2345",
    "1234,567",
    "5.",
    "5,",
    ".5",
    "5-",
    "--5",
    "△-5",
    "ー5",
    "1e5",
    "100m2",
    "5、000人",
    "1億20,000万円",
    "1万2億円",
    "1.5億2,000万円",
    "¥1,000",
    "前年度と同じ",
    "1".repeat(400),
  ])("%j", (cell) => {
    const { quantity, valid } = parseQuantity(cell);
    expect(valid).toBe(false);
    expect(quantity).toEqual({ raw: cell.trim(), status: "value", value: null, unit: null });
  });
});

describe("parseQuantity: spaces", () => {
  // Every character ECMAScript's \s matches is layout, as in source/normalize.ts.
  const spaces = ["\t", "\v", "\f", " ", "\u00a0", "\u1680", "\u2000", "\u2005", "\u200a", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff"];
  it.each(spaces)("U+%s between number and unit", (space) => {
    expect(parseQuantity(`12${space}人`).quantity).toMatchObject({ status: "value", value: 12, unit: "人" });
  });
});

describe("MONEY_UNITS", () => {
  it("has the five money units of SPEC §3, and 兆円", () => {
    expect([...MONEY_UNITS]).toEqual([
      ["円", 1],
      ["千円", 1e3],
      ["万円", 1e4],
      ["百万円", 1e6],
      ["億円", 1e8],
      ["兆円", 1e12],
    ]);
  });
});

describe("parseQuantity: properties", () => {
  const cell = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }),
    fc.string({
      unit: fc.constantFrom(..."0123456789０１２３,，.． △▲+-−—―－‐–ー億万千百円人%％"),
      maxLength: 20,
    }),
  );

  it("never throws and always returns a consistent Quantity", () => {
    fc.assert(
      fc.property(cell, (text) => {
        const { quantity, valid } = parseQuantity(text);
        expect(quantitySchema.safeParse(quantity).success).toBe(true);
        expect(quantity.raw).toBe(text.trim());
        if (quantity.status !== "value") expect(quantity.value).toBeNull();
        if ("yen" in quantity) {
          expect(quantity.status).toBe("value");
          expect(MONEY_UNITS.has(quantity.unit ?? "")).toBe(true);
        }
        if (!valid) expect(quantity).toEqual({ raw: text.trim(), status: "value", value: null, unit: null });
        if (quantity.value !== null) expect(Object.is(quantity.value, -0)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back any integer written with thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const written = `${n < 0 ? "△" : ""}${Math.abs(n).toLocaleString("en-US")}千円`;
        expect(parseQuantity(written).quantity).toEqual({
          raw: written,
          status: "value",
          value: n === 0 ? 0 : n,
          unit: "千円",
          yen: n * 1000 === 0 ? 0 : n * 1000,
        });
      }),
    );
  });
});

describe("parseQuantity: adversarial input stays linear", () => {
  it.each([
    ["1 × 1e6", "1".repeat(1e6)],
    ["'1,' × 5e5", "1,".repeat(5e5)],
    ["'令和' × 1e5", "令和".repeat(1e5)],
    ["'△' × 1e6", "△".repeat(1e6)],
    ["'—' × 1e6", "—".repeat(1e6)],
    ["'1 ' × 5e5", "1 ".repeat(5e5)],
    ["'1億' × 5e5", "1億".repeat(5e5)],
    ["'1,000' × 2e5 + '人'", `${"1,000".repeat(2e5)}人`],
    ["'人' × 1e6", "人".repeat(1e6)],
  ])("%s", (_name, cell) => {
    const started = performance.now();
    const { quantity } = parseQuantity(cell);
    expect(quantity.raw).toBe(cell.trim());
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
