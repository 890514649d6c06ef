import { describe, expect, it } from "vitest";
import { displayWidth, padEndWidth, padStartWidth } from "../../src/report/display-width.js";

describe("displayWidth", () => {
  it.each([
    ["", 0],
    ["abc", 3],
    ["方針", 4],
    ["【Action】", 10],
    ["５，０００人", 12],
    ["ｱｲｳ", 3],
    ["—", 1],
    ["―", 1],
    ["　", 2],
    ["か\u3099", 2],
    ["e\u0301", 1],
    ["𠮟", 2],
    ["😀", 2],
    ["a\tb", 2],
    ["\u200b", 0],
  ] as const)("%j takes %i columns", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("pads by display width", () => {
    expect(padEndWidth("方針", 6)).toBe("方針  ");
    expect(padStartWidth("方針", 6)).toBe("  方針");
    expect(padEndWidth("方針方針", 4)).toBe("方針方針");
  });
});
