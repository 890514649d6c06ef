import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, github } from "../../src/report/reporters/github.js";
import { sampleContext } from "./sample.js";

describe("github reporter", () => {
  it("writes one workflow command per diagnostic; info is a notice; an unreadable file is at 1:1", () => {
    expect(github(sampleContext())).toBe(
      [
        '::warning file=sheets/みどり野市.txt,line=9,col=4,endLine=9,endColumn=4,title=required-field::【Action】方針 is blank (事業 "市民講座運営事業")',
        '::error file=sheets/みどり野市.txt,line=33,col=7,endLine=33,endColumn=11,title=invalid-quantity::令和3年度 成果実績 "約5千人" is not a number',
        '::notice file=sheets/みどり野市.txt,line=120,col=1,endLine=120,endColumn=2,title=mixed-punctuation::Sheet mixes "，" and "、"',
        "::error file=sheets/みどり野市.txt,line=120,col=8,endLine=120,endColumn=13,title=year-sequence::令和8年度 follows 令和6年度: 100%25 sure, a,b:c <&>%0Anext\\x00",
        "::error file=missing.txt,line=1,col=1,title=fatal::no such file or directory",
        "",
      ].join("\n"),
    );
  });

  it.each([
    ["100%", "100%25", "100%25"],
    ["a\r\nb", "a%0D%0Ab", "a%0D%0Ab"],
    ["dir,with:colon", "dir,with:colon", "dir%2Cwith%3Acolon"],
  ])("escapes %j as %j in data and %j in properties", (text, data, property) => {
    expect(escapeData(text)).toBe(data);
    expect(escapeProperty(text)).toBe(property);
  });

  it("escapes a path with a comma and a colon", () => {
    const [first] = sampleContext().files;
    const out = github(sampleContext({ files: first ? [{ ...first, filePath: "a,b:c.txt" }] : [] }));
    expect(out.split("\n")[0]).toMatch(/^::warning file=a%2Cb%3Ac\.txt,line=9,/);
  });

  it("prints nothing without diagnostics", () => {
    expect(github(sampleContext({ files: [] }))).toBe("");
  });
});
