/** The CLI on PDF, Excel, HTML and CSV inputs (issue 12): text command, places in positions and reports, bad files in a batch. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";
import { imageOnlyPdf } from "../helpers/bad-files.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sheetparse-formats-"));
  writeFileSync(join(dir, "scan.pdf"), imageOnlyPdf());
  writeFileSync(join(dir, "fake.pdf"), "not a pdf\n");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each line without its trailing blank cells: rows come as wide as the sheet, the text fixtures are ragged. */
function withoutTrailingCells(text: string): string {
  const lines = text.replace(/\n$/, "").split("\n");
  const trimmed = lines.map((line) => {
    const cells = line.split("\t");
    while (cells.length > 0 && (cells.at(-1) ?? "").trim() === "") cells.pop();
    return cells.join("\t");
  });
  return `${trimmed.join("\n")}\n`;
}

function twinText(name: string): string {
  return withoutTrailingCells(readFileSync(`fixtures/${name}.txt`, "utf8"));
}

describe("sheetparse text", () => {
  it.each(["xlsx", "xls", "html"])("prints a .%s as the tab-separated text of its twin", async (format) => {
    const run = await runCli(["text", `fixtures/formats/policy-with-projects.${format}`]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // LibreOffice's HTML export leaves out the sheet's empty first row.
    expect(withoutTrailingCells(run.stdout)).toBe(format === "html" ? twinText("policy-with-projects").replace(/^\n+/, "") : twinText("policy-with-projects"));
    // A workbook's rows are as wide as its used range, as Excel's tab-delimited export writes them.
    if (format !== "html") expect(new Set(run.stdout.replace(/\n$/, "").split("\n").map((line) => line.split("\t").length)).size).toBe(1);
  });

  it("prints a PDF's rows; a bad file is one line on stderr and exit 2, the others still print", async () => {
    const run = await runCli(["text", join(dir, "scan.pdf"), "fixtures/formats/policy-with-projects.pdf"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sheetparse: ${join(dir, "scan.pdf")}: no text layer: the pages are images (a scanned PDF?); sheetparse reads a PDF's text and does no OCR\n`);
    const rows = withoutTrailingCells(run.stdout);
    expect(rows.split("\n")[0]).toBe("総合計画上の位置付け");
    expect(rows).toContain("令和4年度\t予算額\t12,345 千円\n\tうち 特定財源\t3,200 千円\n成果目標\t\t72 %\n");
  });
});

describe("parsing a batch of formats", () => {
  it("bad files are one line each and exit 2; the good ones give their data", async () => {
    const run = await runCli([join(dir, "fake.pdf"), "fixtures/formats/whole-city.xlsx", join(dir, "scan.pdf"), "fixtures/formats/whole-city.pdf", "--format", "ndjson"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(dir, "fake.pdf")}: not a PDF: the file does not start with %PDF (named .pdf, but it is something else)\n`);
    expect(run.stderr).toContain(`${join(dir, "scan.pdf")}: no text layer`);
    expect(run.stderr).not.toContain("    at ");
    const documents = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { source: { format: string }; projects: unknown[]; diagnostics: { messageId: string }[] });
    expect(documents.map((document) => document.source.format)).toEqual(["pdf", "xlsx", "pdf", "pdf"]);
    expect(documents[1]?.projects.length).toBe(6);
    expect(documents[3]?.projects).toEqual(documents[1]?.projects);
    expect(documents[0]?.diagnostics[0]?.messageId).toBe("badFile");
  });
});

describe("places in the original", () => {
  it("--positions names the worksheet and cell of an Excel input", async () => {
    const run = await runCli(["fixtures/formats/policy-with-projects.xlsx", "--positions"]);
    const document = JSON.parse(run.stdout) as { projects: { line: number; sheet: string; cell: string; years: { budget: { line: number; cell: string } | null }[] }[] };
    const project = document.projects[0];
    // Line N of a one-sheet workbook is its row N.
    expect(project).toMatchObject({ line: 30, sheet: "評価シート", cell: "A30" });
    const budgeted = project?.years.find((year) => year.budget !== null);
    expect(budgeted?.budget?.cell).toBe(`C${budgeted?.budget?.line}`);
  });

  it("--positions names the page of a PDF input", async () => {
    const run = await runCli(["fixtures/formats/whole-city.pdf", "--positions"]);
    const document = JSON.parse(run.stdout) as { projects: { page: number; line: number }[] };
    expect(document.projects[0]?.page).toBe(1);
    expect(document.projects.at(-1)?.page).toBeGreaterThan(1);
  });

  it("check reporters name the page beside line:column", async () => {
    const json = await runCli(["check", "fixtures/formats/policy-with-projects.pdf", "--reporter", "json"]);
    const [entry] = JSON.parse(json.stdout) as { diagnostics: { page?: number }[]; messages: { page?: number }[] }[];
    expect(entry?.diagnostics.length).toBeGreaterThan(0);
    expect(entry?.diagnostics.every((d) => d.page !== undefined && d.page >= 1)).toBe(true);
    expect(entry?.messages.every((m) => m.page !== undefined && m.page >= 1)).toBe(true);
    const stylish = await runCli(["check", "fixtures/formats/policy-with-projects.pdf"]);
    expect(stylish.stdout).toMatch(/^ {2}\d+:\d+ +p\.\d /m);
    const sarif = await runCli(["check", "fixtures/formats/policy-with-projects.xlsx", "--reporter", "sarif"]);
    const log = JSON.parse(sarif.stdout) as { runs: { results: { properties?: { sheet?: string; cell?: string } }[] }[] };
    expect(log.runs[0]?.results[0]?.properties?.sheet).toBe("評価シート");
    expect((await runCli(["check", "fixtures/formats/policy-with-projects.xlsx", "--reporter", "github"])).stdout).toMatch(/\(評価シート![A-Z]+\d+\)/);
    expect((await runCli(["check", "fixtures/formats/policy-with-projects.pdf", "--reporter", "junit"])).stdout).toMatch(/\(p\.\d\)/);
  });

  it("the HTML report places each diagnostic on its page or cell", async () => {
    const run = await runCli(["report", "fixtures/formats/policy-with-projects.xlsx", "fixtures/formats/policy-with-projects.pdf"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/policy-with-projects\.xlsx:\d+:\d+ \(評価シート!C\d+\)/);
    expect(run.stdout).toMatch(/policy-with-projects\.pdf:\d+:\d+ \(p\.\d\)/);
  });

  it("sheetparse text --lang ja says why in Japanese", async () => {
    const run = await runCli(["text", join(dir, "scan.pdf"), "--lang", "ja"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("テキストのない PDF です");
  });
});
