/** The small readers and the rows → text step, table-driven. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readDelimited } from "../../src/input/csv.js";
import { readHtml } from "../../src/input/html.js";
import { declaredCharset } from "../../src/input/html-charset.js";
import { rowsToText } from "../../src/input/rows-text.js";
import { detectFormat } from "../../src/input/detect.js";
import { extractText } from "../../src/parse-any.js";
import { layoutPage, columnAnchors, pageLines, denseCells } from "../../src/input/pdf-layout.js";
import { dropPageFurniture } from "../../src/input/pdf-artifacts.js";

const cells = (rows: { cells: string[] }[]) => rows.map((row) => row.cells);

describe("CSV (RFC 4180)", () => {
  it.each([
    ["a,b\r\nc,d\r\n", [["a", "b"], ["c", "d"]]],
    ['"a,1","say ""hi"""\n', [["a,1", 'say "hi"']]],
    ['"two\nlines",x\ny', [["two\nlines", "x"], ["y"]]],
    ["a,,\n,\n", [["a", "", ""], ["", ""]]],
    ['a"b,c\n', [['a"b', "c"]]],
    ["", []],
  ])("%j", (text, expected) => {
    expect(cells(readDelimited(text, ","))).toEqual(expected);
  });
  it("remembers the line each row starts on", () => {
    expect(readDelimited('"a\nb",c\nd\n', ",").map((row) => row.origin.line)).toEqual([1, 3]);
  });
});

describe("HTML", () => {
  it("expands rowspan and colspan as empty cells", () => {
    const html = "<table><tr><td rowspan=2>令和4年度<td>予算額<td>12,345 千円<tr><td>うち 特定財源<td>3,200 千円<tr><td colspan=2>成果目標<td>72 %</table>";
    expect(cells(readHtml(html))).toEqual([
      ["令和4年度", "予算額", "12,345 千円"],
      ["", "うち 特定財源", "3,200 千円"],
      ["成果目標", "", "72 %"],
    ]);
  });
  it("reads block text as lines, <br> inside a cell as a line break, skips scripts", () => {
    const html = "<h2>【Do】これまでの実績</h2><p>一行目<br>二行目</p><script>x()</script><table><tr><th>評価<td>A<br>B</table>";
    expect(cells(readHtml(html))).toEqual([["【Do】これまでの実績"], ["一行目"], ["二行目"], ["評価", "A\nB"]]);
  });
  it("bounds a colspan as HTML does", () => {
    expect(readHtml("<table><tr><td colspan=999999>x<td>y</table>")[0]?.cells.length).toBe(1001);
  });
  it("decodes a Shift_JIS page by its meta charset", async () => {
    const bytes = iconv.encode('<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><table><tr><td>事業名<td>図書館</table>', "cp932");
    expect(declaredCharset(bytes)).toBe("shift_jis");
    const extraction = await extractText(bytes, { path: "page.html" });
    expect(extraction).toMatchObject({ ok: true, format: "html", encoding: "shift_jis", text: "事業名\t図書館" });
  });
});

describe("rows → text", () => {
  it("joins cells with tabs, keeps a row's empty cells, lays a cell's further lines below it", () => {
    const { text, origins } = rowsToText([
      { cells: ["分析", "一行目\n二行目", ""], origin: { sheet: "S", cells: ["A1", "B1", "C1"] } },
      { cells: ["a\tb"], origin: { page: 2 } },
    ]);
    expect(text).toBe("分析\t一行目\t\n\t二行目\na b");
    expect(origins.at(1, 4)).toEqual({ sheet: "S", cell: "B1" });
    expect(origins.at(2, 2)).toEqual({ sheet: "S", cell: "B1" });
    expect(origins.at(3)).toEqual({ page: 2 });
    expect(origins.at(9)).toBeUndefined();
  });
});

describe("format detection", () => {
  it.each([
    ["a.txt", "%PDF-1.4", "text"],
    ["a.PDF", "%PDF-1.4", "pdf"],
    [null, "%PDF-1.4", "pdf"],
    ["a.xls", "PK\x03\x04", "xlsx"],
    ["a.tsv", "x", "csv"],
    ["a.htm", "x", "html"],
  ])("%s starting %j is %s", (path, start, format) => {
    expect(detectFormat(path, Buffer.from(start, "latin1"))).toMatchObject({ ok: true, format });
  });
});

describe("PDF layout", () => {
  const run = (text: string, x: number, y: number) => ({ text, x, y, width: text.length * 10, size: 10 });
  it("lines by baseline, cells by gaps and column anchors, empty cells where a row skips a column", () => {
    const lines = pageLines([run("令和4年度", 0, 10), run("予算額", 100, 10.5), run("12,345", 200, 10), run("千円", 263, 10), run("成果目標", 0, 22), run("72 %", 200, 22), run("うち", 100, 34)]);
    const page = layoutPage(lines, columnAnchors([lines]));
    expect(page.map(denseCells)).toEqual([["令和4年度", "予算額", "12,345 千円"], ["成果目標", "", "72 %"], ["", "うち"]]);
  });
  it("turns a gap of empty line pitches into blank rows", () => {
    const lines = pageLines([run("a", 0, 10), run("b", 0, 22), run("c", 0, 58)]);
    expect(layoutPage(lines, columnAnchors([lines])).map(denseCells)).toEqual([["a"], ["b"], [], [], ["c"]]);
  });
  it("drops a header or footer with digits repeated on most pages, keeps a repeated heading without digits", () => {
    const line = (text: string) => ({ y: 0, cells: [{ column: 0, text }] });
    const pages = [1, 2, 3].map((n) => [line("事業の説明"), line("本文"), line(`- ${n} -`)]);
    expect(dropPageFurniture(pages).map((lines) => lines.map((l) => l.cells[0]?.text))).toEqual([1, 2, 3].map(() => ["事業の説明", "本文"]));
  });
});
