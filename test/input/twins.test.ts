/**
 * The binary twins in fixtures/formats/ (made by LibreOffice from the text fixtures, see
 * make.sh) yield the same Document data as their text twin, apart from `source` and
 * positions. One difference is the PDF's own: IPAGothic draws — (U+2014) and ― (U+2015)
 * with one glyph, and the text layer LibreOffice writes names one of the two for both.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import { parseAnyDetailed } from "../../src/parse-any.js";
import { sheetPdf } from "../../bench/make-pdf.mjs";

const NAMES = ["policy-with-projects", "numbers-and-eras", "blank-and-na", "whole-city"];
const FORMATS = ["pdf", "xlsx", "xls", "html", "csv"] as const;

function data(document: { policies: unknown; projects: unknown; unrecognized: unknown }, dashes = false): unknown {
  const json = JSON.stringify({ policies: document.policies, projects: document.projects, unrecognized: document.unrecognized });
  return JSON.parse(dashes ? json.replaceAll("\u2014", "\u2015") : json);
}

describe.each(NAMES)("%s", (name) => {
  const text = readFileSync(`fixtures/${name}.txt`);
  it.each(FORMATS)("as .%s gives the data of its text twin", async (format) => {
    const path = `fixtures/formats/${name}.${format}`;
    const result = await parseAnyDetailed(readFileSync(path), { path });
    expect(result.fatal).toBe(false);
    expect(result.document.source.format).toBe(format);
    expect(result.document.source.layout).toBe("tab");
    expect(data(result.document, format === "pdf")).toEqual(data(parse(text, { path: name }), format === "pdf"));
  });
});

describe("a text file", () => {
  it("keeps the text path: the same Document as parse, format text", async () => {
    const bytes = readFileSync("fixtures/cp932.txt");
    const result = await parseAnyDetailed(bytes, { path: "fixtures/cp932.txt" });
    expect(result.document.source).toMatchObject({ format: "text", encoding: "shift_jis" });
    expect(data(result.document)).toEqual(data(parse(bytes, { path: "fixtures/cp932.txt" })));
  });
});

describe("a PDF written without an office suite (bench/make-pdf.mjs)", () => {
  it.each(["whole-city", "numbers-and-eras", "policy-with-projects"])("%s: its rows give the data of the text", async (name) => {
    const text = readFileSync(`fixtures/${name}.txt`, "utf8");
    const result = await parseAnyDetailed(sheetPdf(text, { linesPerPage: 37 }), { path: `${name}.pdf` });
    expect(result.fatal).toBe(false);
    expect(data(result.document)).toEqual(data(parse(text, { path: name })));
  });

  it.each([90, 180, 270] as const)("a page shown turned by %i° reads as the unturned page", async (rotate) => {
    const text = readFileSync("fixtures/policy-with-projects.txt", "utf8");
    const result = await parseAnyDetailed(sheetPdf(text, { linesPerPage: 50, rotate }), { path: "turned.pdf" });
    expect(data(result.document)).toEqual(data(parse(text, { path: "turned" })));
  });
});

describe("the library's parseAny", () => {
  it("reads a workbook as parse reads its text twin, rules included", async () => {
    const { parseAny } = await import("../../src/index.js");
    const document = await parseAny(readFileSync("fixtures/formats/policy-with-projects.xlsx"), { path: "book.xlsx", lang: "ja" });
    const twin = parse(readFileSync("fixtures/policy-with-projects.txt"), { path: "book.txt", lang: "ja" });
    expect(data(document)).toEqual(data(twin));
    expect(document.diagnostics.map((d) => [d.ruleId, d.messageId, d.sheet, d.cell !== undefined])).toEqual(twin.diagnostics.map((d) => [d.ruleId, d.messageId, "評価シート", true]));
  });
});

describe.each([
  ["grid-excel-two-columns", "two columns a year, Excel's tab export"],
  ["grid-html-pipes", "a flattened HTML table with (単位：円)"],
])("a layout fixture of another template: layouts/%s (%s)", (name) => {
  it.each(FORMATS)("as .%s gives the data of its text twin under the common profile", async (format) => {
    const { builtinProfiles } = await import("../../src/index.js");
    const profile = builtinProfiles.get("common");
    expect(profile).toBeDefined();
    if (!profile) return;
    const path = `fixtures/formats/${name}.${format}`;
    const result = await parseAnyDetailed(readFileSync(path), { path, profile });
    const twin = parse(readFileSync(`fixtures/layouts/${name}.txt`), { path: "twin", profile });
    expect(twin.projects.length).toBeGreaterThan(0);
    expect(data(result.document, format === "pdf")).toEqual(data(twin, format === "pdf"));
  });
});
