import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../../src/emit/html/page.js";
import { SORT_SCRIPT } from "../../../src/emit/html/sort-script.js";
import type { ReportFile } from "../../../src/emit/html/model.js";
import { anchorsOf, diagnosticAt, reportFileOf, sheetText } from "./helpers.js";

const XSS = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

function unreadableFile(path: string): ReportFile {
  const base = reportFileOf("", path);
  return {
    path,
    fatal: true,
    document: { ...base.document, diagnostics: [{ ruleId: "fatal", messageId: "unreadable", severity: "error", message: "no such file or directory", line: 0, column: 0, path }] },
  };
}

describe("the page", () => {
  // Line 42 lies in the 事業 sheet (it starts at line 21), line 5 in the 施策 sheet.
  const diagnostics = [diagnosticAt("a.txt", 5, "position-mismatch", "warning"), diagnosticAt("a.txt", 42)];
  const page = renderReport([reportFileOf(sheetText(), "a.txt", diagnostics), reportFileOf(sheetText({ project: "防災情報配信システム運用事業", department: "情報政策課" }), "b.txt")]);

  it("is a complete HTML document in Japanese, UTF-8", () => {
    expect(page.startsWith("<!DOCTYPE html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">")).toBe(true);
    expect(page.trimEnd().endsWith("</html>")).toBe(true);
  });

  it("has a CSP that allows nothing external and only the inline script with its hash", () => {
    const hash = createHash("sha256").update(SORT_SCRIPT, "utf8").digest("base64");
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1]?.replaceAll("&#39;", "'");
    expect(csp).toBe(`default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(scripts).toEqual([SORT_SCRIPT]);
  });

  it("refers to nothing outside itself", () => {
    expect(page).not.toMatch(/\s(?:src|href|action|srcset)="(?!#)/);
    expect(page).not.toMatch(/url\(|@import|@font-face|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });

  it("links only to anchors that exist, and every id is unique", () => {
    const { links, ids } = anchorsOf(page);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of links) expect(ids).toContain(link);
    expect(links.length).toBeGreaterThan(0);
  });

  it("has the summary, the overview table and a section for each 施策 and 事業", () => {
    expect(page).toContain('<section id="summary"');
    expect(page).toContain('<table class="overview" id="overview-table" data-sortable>');
    expect(page.match(/<section class="project" id="[^"]*" data-project/g)).toHaveLength(2);
    expect(page.match(/<section class="policy" id=/g)).toHaveLength(2);
    expect(page.match(/<tbody><tr><th scope="row" data-sort=|<\/tr><tr><th scope="row" data-sort=/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("shows money the Japanese way and era years with their Western year", () => {
    expect(page).toContain("1億2,000万円");
    expect(page).toContain("1,087.6万円");
    expect(page).toContain("令和3年度 (2021)");
    // One money unit for every chart of the page, from its largest amount (1億2,000万円): 百万円.
    expect(page).toContain('<body data-money-unit="hyakuman">');
    expect(page).toContain('<tspan class="mu mu-hyakuman">(百万円)</tspan>');
  });

  it("colours the achievement rate by band and names the band", () => {
    expect(page).toMatch(/<td class="num rate band-near" data-sort="0\.979\d*">97\.9%<br><span class="band-label">概ね達成<\/span><\/td>/);
  });

  it("draws both charts of each 事業 with title, desc and a data table", () => {
    expect(page.match(/<svg class="chart"/g)).toHaveLength(4);
    expect(page.match(/<table class="chart-data">/g)).toHaveLength(4);
    expect(page).toContain(">97.9%</text>");
  });

  it("places each diagnostic in its 事業 with file and line, and links to it from the summary", () => {
    const item = /<li id="(f1-d2)"><span class="badge sev-info">情報<\/span> <code class="rule">target-not-met<\/code> below target <span class="where">a\.txt:42:7<\/span><\/li>/.exec(page);
    expect(item).not.toBeNull();
    const start = page.indexOf('<section class="project" id="f1-s2"');
    const itemAt = page.indexOf(item?.[0] ?? "");
    expect(itemAt).toBeGreaterThan(start);
    expect(itemAt).toBeLessThan(page.indexOf("</section>", start));
    expect(page).toContain(`<a href="#${item?.[1] ?? ""}">a.txt:42:7</a>`);
    const policy = page.indexOf('<section class="policy" id="f1-s1"');
    expect(page.indexOf('<li id="f1-d1">')).toBeGreaterThan(policy);
    expect(page.indexOf('<li id="f1-d1">')).toBeLessThan(start);
  });

  it("counts each 事業's errors and warnings in the overview, and the batch's by severity and rule", () => {
    expect(page).toContain('<span class="stat-value">1</span><span class="stat-label">警告</span>');
    expect(page).toContain('<span class="stat-value">1</span><span class="stat-label">情報</span>');
    expect(page).toMatch(/<tr><th scope="row"><code>position-mismatch<\/code><\/th><td><span class="badge sev-warning">警告<\/span><\/td><td class="num">1<\/td>/);
  });

  it("is the same for the same input", () => {
    expect(renderReport([reportFileOf(sheetText(), "a.txt")])).toBe(renderReport([reportFileOf(sheetText(), "a.txt")]));
  });
});

describe("escaping every text from a sheet", () => {
  const file = reportFileOf(sheetText({ policy: XSS, project: XSS, department: `"><b>課`, purpose: XSS, opinion: XSS, evaluation: XSS }), `x<script>.txt`);
  const page = renderReport([file]);

  it("the sheet really carries the markup (the test would be vacuous otherwise)", () => {
    expect(file.document.projects[0]?.name).toBe(XSS);
    expect(file.document.projects[0]?.purpose).toBe(XSS);
    expect(file.document.policies[0]?.opinions[0]?.text).toBe(XSS);
  });

  it("shows it as text: no element comes from a cell", () => {
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img");
    expect(page).not.toContain("<b>課");
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("x&lt;script&gt;.txt");
  });

  it("never lets a cell close an attribute", () => {
    expect(page).toContain('data-sort="&quot;&gt;&lt;b&gt;課"');
    expect(page).not.toMatch(/="[^"]*"><b>/);
  });

  it("escapes diagnostic messages too", () => {
    const withMessage: ReportFile = { ...file, document: { ...file.document, diagnostics: [{ ruleId: "r<1>", messageId: "m", severity: "warning", message: XSS, line: 25, column: 1, path: file.path }] } };
    const other = renderReport([withMessage]);
    expect(other).not.toContain("<script>alert");
    expect(other).toContain("<code>r&lt;1&gt;</code>");
  });
});

describe("a batch with an unreadable input", () => {
  const page = renderReport([reportFileOf(sheetText(), "a.txt"), unreadableFile("missing.txt")]);

  it("still covers the readable inputs and names the unreadable one", () => {
    expect(page.match(/data-project/g)).toHaveLength(1);
    expect(page).toContain('<tr class="fatal"><th scope="row"><a href="#f2">missing.txt</a></th><td>読めません</td>');
    expect(page).toMatch(/<li id="f2-d1"><span class="badge sev-error">エラー<\/span> <code class="rule">fatal<\/code> no such file or directory <span class="where">missing.txt<\/span><\/li>/);
    expect(page).toContain('<span class="stat-value">1</span><span class="stat-label">読めないファイル</span>');
  });

  it("renders an empty batch", () => {
    const empty = renderReport([]);
    expect(empty).toContain("事業シートがありません。");
    expect(empty).toContain("チェックで見つかった問題はありません。");
  });
});
