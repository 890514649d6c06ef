import { describe, expect, it } from "vitest";
import { stylish } from "../../src/report/reporters/stylish.js";
import { displayWidth } from "../../src/report/display-width.js";
import { toFileReport } from "../../src/report/file-report.js";
import { sampleContext } from "./sample.js";

describe("stylish reporter", () => {
  it("groups by file, aligns columns by display width and ends with a summary", () => {
    expect(stylish(sampleContext())).toBe(`
sheets/みどり野市.txt
    9:4  warning  【Action】方針 is blank (事業 "市民講座運営事業")        required-field
   33:7  error    令和3年度 成果実績 "約5千人" is not a number             invalid-quantity
  120:1  info     Sheet mixes "，" and "、"                                mixed-punctuation
  120:8  error    令和8年度 follows 令和6年度: 100% sure, a,b:c <&> next   year-sequence

missing.txt
  1:1  error  no such file or directory  fatal

✖ 5 problems (3 errors, 1 warning, 1 info)
`);
  });

  it("on a TTY, shows the source line with a caret under the cell, counting kanji as two columns", () => {
    expect(stylish(sampleContext({ codeFrame: true }))).toBe(`
sheets/みどり野市.txt
    9:4  warning  【Action】方針 is blank (事業 "市民講座運営事業")        required-field
      9 | 方針
        |         ^
   33:7  error    令和3年度 成果実績 "約5千人" is not a number             invalid-quantity
     33 | 成果実績        約5千人
        |                 ^^^^^^^
  120:1  info     Sheet mixes "，" and "、"                                mixed-punctuation
    120 | 令和6年度       令和8年度
        | ^^
  120:8  error    令和8年度 follows 令和6年度: 100% sure, a,b:c <&> next   year-sequence
    120 | 令和6年度       令和8年度
        |                 ^^^^^^^^^

missing.txt
  1:1  error  no such file or directory  fatal

✖ 5 problems (3 errors, 1 warning, 1 info)
`);
  });

  it("puts every rule id at the same display column, however much Japanese the message holds", () => {
    const rows = stylish(sampleContext())
      .split("\n")
      .filter((line) => line.startsWith("  ") && !line.includes("fatal"));
    const starts = rows.map((line) => {
      const id = line.slice(line.lastIndexOf(" ") + 1);
      return displayWidth(line.slice(0, line.length - id.length));
    });
    expect(rows).toHaveLength(4);
    expect(new Set(starts).size).toBe(1);
  });

  it("prints nothing when there is nothing to report", () => {
    expect(stylish(sampleContext({ files: [toFileReport("clean.txt", [], () => undefined)] }))).toBe("");
  });

  it("says 1 problem, 1 error, 0 warnings", () => {
    const [, , missing] = sampleContext().files;
    expect(stylish(sampleContext({ files: missing ? [missing] : [] })).trimEnd().split("\n").pop()).toBe("✖ 1 problem (1 error, 0 warnings, 0 infos)");
  });

  it("colours through the functions it is given", () => {
    const tag = (name: string) => (text: string) => `<${name}>${text}</${name}>`;
    const colors = { red: tag("r"), yellow: tag("y"), blue: tag("b"), green: tag("g"), dim: tag("d"), bold: tag("B"), underline: tag("u") };
    const out = stylish(sampleContext({ colors }));
    expect(out).toContain("<u>sheets/みどり野市.txt</u>");
    expect(out).toContain("<y>warning</y>");
    expect(out).toContain("<b>info   </b>");
    expect(out).toContain("<r><B>✖ 5 problems (3 errors, 1 warning, 1 info)</B></r>");
  });
});
