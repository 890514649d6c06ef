/**
 * Grids (SPEC §7.3) on small sheets: what is read, and what is refused because the
 * geometry or the meaning is uncertain (§7.1). Read with the built-in `common` profile.
 */
import { describe, expect, it } from "vitest";
import { check, parse, parseDetailed } from "../../src/index.js";
import { commonProfile } from "../../src/profile/common.js";

const read = (text: string) => parse(Buffer.from(text), { profile: commonProfile });
const head = "事業名\t試験事業\n担当課\t試験課\n";

describe("grids", () => {
  it("reads a tab grid by index, with the corner's unit and phases in the headings", () => {
    const document = read(`${head}金額(千円)\tR3決算\tR4見込\tR5予算\n事業費\t100\t110\t120\n`);
    expect(document.unrecognized).toEqual([]);
    expect(document.projects[0]?.years.map((y) => [y.fiscalYear, y.phase, y.settlement?.yen ?? null, y.budget?.yen ?? null])).toEqual([
      [2021, "actual", 100000, null],
      [2022, "estimate", 110000, null],
      [2023, "current", null, 120000],
    ]);
  });

  it("leaves a row whose label is lost (a number or a mark first) unread", () => {
    const document = read(`${head}区分\tR3決算\tR4決算\n事業費\t100\t110\n—\t5\t6\n`);
    expect(document.unrecognized.map((line) => line.line)).toEqual([5]);
  });

  it("never splits single spaces when a value might be two words (`1,000 千円`)", () => {
    const document = read(`${head}区分 H30 R1 R2\n事業費 1,000 千円 2,000 千円 3,000 千円\n`);
    expect(document.unrecognized.map((line) => line.line)).toEqual([3, 4]);
    expect(document.projects[0]?.years).toEqual([]);
  });

  it("refuses a header whose era-less years have no era in reach, and says why", () => {
    const result = parseDetailed(Buffer.from(`${head}区分\t24年度\t25年度\n事業費\t100\t110\n`), { profile: commonProfile });
    expect(result.document.projects[0]?.years).toEqual([]);
    const messages = check(result).filter((d) => d.messageId === "yearWithoutEra");
    expect(messages.map((d) => d.line)).toEqual([3]);
  });

  it("takes the era of another heading of the row, or of an earlier grid of the sheet, for era-less years", () => {
    const document = read(`${head}区分\t平成28年度\t29年度\n事業費\t90\t95\n区分\t30年度\t31年度\n人件費\t10\t11\n`);
    expect(document.projects[0]?.years.map((y) => y.fiscalYear)).toEqual([2016, 2017, 2018, 2019]);
  });

  it("refuses a header with the same year and phase twice", () => {
    const document = read(`${head}区分\tR3\tR3\n事業費\t100\t110\n`);
    expect(document.projects[0]?.years).toEqual([]);
    expect(document.unrecognized.map((line) => line.line)).toEqual([3, 4]);
  });

  it("keeps a cell with no heading above it as unclaimed, never as a year's value", () => {
    const result = parseDetailed(Buffer.from(`${head}区分\tR3決算\tR4決算\n事業費\t100\t110\t999\n`), { profile: commonProfile });
    expect(JSON.stringify(result.document.projects[0]?.years)).not.toContain("999");
    expect(check(result).filter((d) => d.ruleId === "unclaimed-cell").map((d) => d.message)).toEqual([expect.stringContaining("999")]);
  });

  it("reads a label naming its year, with its value on the next line outside tabs", () => {
    const document = read("事業名 |\n試験事業 |\n(単位：円)\n令和4年度決算額 |\n1,250,000 |\n");
    expect(document.projects[0]?.years.map((y) => [y.fiscalYear, y.phase, y.settlement?.yen])).toEqual([[2022, "actual", 1250000]]);
  });
});
