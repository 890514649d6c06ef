/** achievementRate is a number JSON can hold, or null (found by the run-time schema check). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { edit } from "../check/rule-tester.js";

const SHEET = readFileSync(new URL("../../fixtures/blank-and-na.txt", import.meta.url), "utf8");

describe("achievementRate", () => {
  it("is null, not Infinity, when the quotient overflows; the Document still passes its schema check", () => {
    const huge = "9".repeat(300);
    const tiny = `0.${"0".repeat(300)}1`;
    const text = edit(SHEET, ["成果実績\t\t320 人", `成果実績\t\t${huge} 人`], ["当初の成果目標\t\t- 人", `当初の成果目標\t\t${tiny} 人`]);
    const document = parse(text);
    expect(document.diagnostics.filter((d) => d.ruleId === "fatal")).toEqual([]);
    const year = document.projects.flatMap((p) => p.years).find((y) => y.outcomeActual?.raw.startsWith("999"));
    expect(year?.outcomeActual?.value).toBe(1e300);
    expect(year?.initialTarget?.value).toBe(1e-301);
    expect(year?.achievementRate).toBeNull();
  });
});
