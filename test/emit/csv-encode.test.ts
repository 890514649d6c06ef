/** CP932 output: folding of the characters iconv-lite would turn into `?`, and reporting of the ones CP932 lacks. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { CP932_SUBSTITUTE, encodeCp932, encodeCsv, foldForCp932 } from "../../src/emit/csv/encode.js";

describe("foldForCp932", () => {
  it.each([
    ["\u2014", "\u2015"],
    ["\u301C", "\uFF5E"],
    ["\u2212", "\uFF0D"],
    ["\u00A2", "\uFFE0"],
    ["\u00AC", "\uFFE2"],
    ["\u2016", "\u2225"],
    ["\u00A5", "\uFFE5"],
    ["令和3年度 — 5〜6月", "令和3年度 ― 5～6月"],
  ])("%j → %j", (input, output) => {
    expect(foldForCp932(input)).toBe(output);
  });
});

describe("encodeCp932", () => {
  it("round-trips Japanese text, fullwidth forms and NEC/IBM extensions without report", () => {
    const text = "事業名,担当\r\n防災情報配信事業,\"情報政策課\"\r\n①Ⅱ髙﨑～－―￥\r\n";
    const { bytes, unmappable } = encodeCp932(text);
    expect(unmappable).toEqual([]);
    expect(iconv.decode(Buffer.from(bytes), "cp932")).toBe(text);
  });

  it("folds before encoding, so — 〜 − ¢ ¬ ‖ never become `?`", () => {
    const { bytes, unmappable } = encodeCp932("— 〜 − ¢ ¬ ‖");
    expect(unmappable).toEqual([]);
    expect(iconv.decode(Buffer.from(bytes), "cp932")).toBe("― ～ － ￠ ￢ ∥");
    expect([...bytes]).not.toContain(0x3f);
  });

  it("reports a character CP932 lacks, writes 〓 for it, and keeps the rest", () => {
    const { bytes, unmappable } = encodeCp932("𠮟る, 𠮟られる, é");
    expect(unmappable).toEqual([
      { char: "𠮟", codePoint: 0x20b9f, count: 2 },
      { char: "é", codePoint: 0xe9, count: 1 },
    ]);
    expect(iconv.decode(Buffer.from(bytes), "cp932")).toBe(`${CP932_SUBSTITUTE}る, ${CP932_SUBSTITUTE}られる, ${CP932_SUBSTITUTE}`);
  });
});

describe("encodeCsv", () => {
  it("UTF-8 is the text's own bytes", () => {
    const { bytes, unmappable } = encodeCsv("𠮟,—\r\n", "utf-8");
    expect(Buffer.from(bytes).toString("utf8")).toBe("𠮟,—\r\n");
    expect(unmappable).toEqual([]);
  });
});
