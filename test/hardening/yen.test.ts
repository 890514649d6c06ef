/** Issue 15 item 8: 兆円 is money, and no yen beyond 2^53 passes as a rounded number. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { parseQuantity } from "../../src/japanese/quantity.js";
import { quantitySchema } from "../../src/model/schema.js";
import { fixturesDir } from "../helpers/fixtures.js";

describe("兆円", () => {
  it.each([
    ["1兆円", 1, "兆円", 1e12],
    ["1兆2,000億円", 12000, "億円", 1.2e12],
    ["△2兆円", -2, "兆円", -2e12],
    ["9,007兆円", 9007, "兆円", 9.007e15],
  ] as const)("%j → %s %s = %s yen", (cell, value, unit, yen) => {
    expect(parseQuantity(cell)).toEqual({ valid: true, quantity: { raw: cell, status: "value", value, unit, yen } });
  });
});

describe("yen beyond 2^53", () => {
  it("the largest exact amount is still read", () => {
    expect(parseQuantity("9,007,199,254,740,991円").quantity.yen).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each(["9,007,199,254,740,993円", "10,000兆円", "1000000000000000000000千円", "△10,000兆円"])("%j is an invalid cell, not a rounded amount", (cell) => {
    expect(parseQuantity(cell)).toEqual({ valid: false, quantity: { raw: cell, status: "value", value: null, unit: null } });
  });

  it("the schema refuses a yen no JSON number holds exactly", () => {
    const quantity = { raw: "x", status: "value", value: 1, unit: "円" } as const;
    expect(quantitySchema.safeParse({ ...quantity, yen: Number.MAX_SAFE_INTEGER }).success).toBe(true);
    expect(quantitySchema.safeParse({ ...quantity, yen: 2 ** 53 }).success).toBe(false);
  });

  it("in a sheet, such a cell gets invalid-quantity and no yen", () => {
    const sheet = readFileSync(join(fixturesDir, "policy-with-projects.txt"), "utf8").replace("予算額\t12,345 千円", "予算額\t10,000兆円");
    const document = parse(sheet);
    expect(document.diagnostics.filter((d) => d.ruleId === "invalid-quantity")).toEqual([expect.objectContaining({ message: expect.stringContaining("10,000兆円") })]);
    expect(JSON.stringify(document)).not.toContain('"yen":10000000000000000');
  });
});
