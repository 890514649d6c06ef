/** Bad files (issue 12, part 6): each is one clear reason, messageId badFile, never an exception. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseAnyDetailed } from "../../src/parse-any.js";
import { deflateRawSync } from "node:zlib";
import { encryptedPdf, encryptedWorkbook, imageOnlyPdf, manyPagesPdf, zipBomb, zipOf } from "../helpers/bad-files.js";
import { MAX_PAGES, MAX_UNZIPPED_BYTES } from "../../src/input/limits.js";

async function refusal(path: string, bytes: Uint8Array): Promise<string> {
  const result = await parseAnyDetailed(bytes, { path });
  expect(result.fatal).toBe(true);
  const [diagnostic, ...rest] = result.document.diagnostics;
  expect(rest).toEqual([]);
  expect(diagnostic).toMatchObject({ ruleId: "fatal", messageId: "badFile", line: 1, column: 1 });
  expect(diagnostic?.message).not.toContain("\n");
  return diagnostic?.message ?? "";
}

const pdf = readFileSync("fixtures/formats/whole-city.pdf");
const xlsx = readFileSync("fixtures/formats/whole-city.xlsx");
const xls = readFileSync("fixtures/formats/whole-city.xls");

describe("bad files", () => {
  it("a scanned (image-only) PDF is named as such", async () => {
    expect(await refusal("scan.pdf", imageOnlyPdf())).toMatch(/^no text layer: .*scanned PDF/);
  });
  it("a truncated PDF is broken", async () => {
    expect(await refusal("cut.pdf", pdf.subarray(0, 3000))).toMatch(/^broken PDF/);
  });
  it("an encrypted PDF asks for a copy without a password", async () => {
    expect(await refusal("locked.pdf", encryptedPdf())).toMatch(/^encrypted, password-protected PDF/);
  });
  it("a PDF with more pages than the limit is refused", async () => {
    expect(await refusal("huge.pdf", manyPagesPdf(MAX_PAGES + 1))).toBe(`too many pages: ${MAX_PAGES + 1} (the limit is ${MAX_PAGES})`);
  }, 30_000);
  it("a file named .pdf that is no PDF says so", async () => {
    expect(await refusal("notes.pdf", Buffer.from("事業名\t図書館\n"))).toMatch(/^not a PDF/);
  });
  it("a password-protected workbook is named as such", async () => {
    expect(await refusal("locked.xlsx", encryptedWorkbook())).toMatch(/^encrypted or password-protected workbook/);
  });
  it("a truncated .xlsx and .xls are broken", async () => {
    expect(await refusal("cut.xlsx", xlsx.subarray(0, 3000))).toMatch(/^broken zip/);
    expect(await refusal("cut.xls", xls.subarray(0, 5000))).toMatch(/^broken Excel workbook/);
  });
  it("a zip bomb whose sizes lie stops as soon as an entry outgrows its size", async () => {
    expect(await refusal("bomb.xlsx", zipBomb(64 * 1024 * 1024, 1024))).toMatch(/^zip bomb/);
  });
  it("a zip bomb with honest sizes is refused before inflating", async () => {
    expect(await refusal("bomb.xlsx", zipBomb(MAX_UNZIPPED_BYTES + 1024 * 1024, MAX_UNZIPPED_BYTES + 1024 * 1024))).toMatch(/^zip bomb/);
  }, 30_000);
  it("a file named .xlsx that is neither zip nor OLE says so", async () => {
    expect(await refusal("book.xlsx", Buffer.from("a,b\n"))).toMatch(/^not an Excel workbook/);
  });
  it("a zip that is no workbook says so", async () => {
    expect(await refusal("book.xlsx", zipOf("word/document.xml", deflateRawSync("<w/>"), 4))).toMatch(/^not an Excel workbook \(a zip without a workbook/);
  });
});
