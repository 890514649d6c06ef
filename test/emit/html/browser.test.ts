/**
 * End to end: the report of fixtures/ opened from disk in real headless Chromium (Debian's
 * package, driven by playwright-core). No console errors, no request but the page itself,
 * every 事業 present, the overview sorts by a click; printed on A4, no blank or heading-only
 * page; at 390 px nothing wider than the screen; one money unit per page.
 * Saves a screenshot for review (in the temp folder; with SHEETPARSE_UPDATE_SCREENSHOT=1,
 * docs/report.png, the README's screenshot). Skips only on a machine without
 * Chromium outside CI; under CI a missing Chromium fails.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReportCommand } from "../../../src/cli/commands/report.js";
import { OVERVIEW_COLUMNS } from "../../../src/emit/html/overview-table.js";
import { parse } from "../../../src/index.js";
import { expandInputs } from "../../../src/source/inputs.js";
import { referenceFixtureInputs, repoRoot } from "../../helpers/fixtures.js";
import { memoryIo } from "../../cli/memory-io.js";
import { textSizesPerPage } from "./pdf-pages.js";

const CHROMIUM = "/usr/bin/chromium";
// The flags this closed network needs: without the background-networking ones Chromium keeps trying to reach Google.
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const inCi = Boolean(process.env["CI"]);
const present = existsSync(CHROMIUM);

/** How many 事業 the fixtures hold, counted by the parser, not by the page. */
function countProjects(): number {
  let count = 0;
  for (const input of expandInputs(referenceFixtureInputs())) if (input.kind === "file") count += parse(readFileSync(input.path), { path: input.path }).projects.length;
  return count;
}

/** True when the rows without a value all come after those with one. */
function emptiesLast(keys: readonly string[]): boolean {
  const first = keys.indexOf("");
  return first === -1 || keys.slice(first).every((key) => key === "");
}

describe.skipIf(!present && !inCi)("the report in headless Chromium", () => {
  let dir = "";
  let browser: Browser | null = null;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  let url = "";
  // Code run in the page is given as text: the project's TypeScript has no DOM types, on purpose (src must not use them).
  const inPage = <T>(expression: string): Promise<T> => page.evaluate<T>(expression);

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: .ci/run installs it with apt-get`).toBe(true);
    dir = mkdtempSync(join(tmpdir(), "sheetparse-report-"));
    const output = join(dir, "report.html");
    await runReportCommand(memoryIo().io, referenceFixtureInputs(), {}, { output });
    url = pathToFileURL(output).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 1500 } });
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") consoleErrors.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`pageerror: ${error.message}`));
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(url, { waitUntil: "load" });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("loads with no console error and no request but the page itself", () => {
    expect(consoleErrors).toEqual([]);
    expect(requests).toEqual([url]);
  });

  it("has a section for every 事業, each linked from the overview table", async () => {
    const expected = countProjects();
    expect(expected).toBeGreaterThan(0);
    expect(await page.locator("section[data-project]").count()).toBe(expected);
    expect(await page.locator("#overview-table tbody tr").count()).toBe(expected);
    const broken = await inPage<number>(`Array.from(document.querySelectorAll("#overview-table tbody a")).filter((a) => !document.getElementById(a.hash.slice(1))?.matches("section[data-project]")).length`);
    expect(broken).toBe(0);
  });

  it("sorts the overview table when a header is clicked", async () => {
    const header = page.locator("#overview-table thead th", { hasText: "達成率" });
    const column = OVERVIEW_COLUMNS.findIndex(([label]) => label === "達成率");
    const rates = (): Promise<string[]> => inPage(`Array.from(document.querySelectorAll("#overview-table tbody tr"), (row) => row.cells[${column}]?.dataset.sort ?? "")`);
    const numbers = (keys: string[]): number[] => keys.filter((key) => key !== "").map(Number);

    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const ascending = await rates();
    expect(numbers(ascending)).toEqual([...numbers(ascending)].sort((a, b) => a - b));
    expect(emptiesLast(ascending)).toBe(true);

    await header.locator("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const descending = await rates();
    expect(numbers(descending)).toEqual([...numbers(descending)].sort((a, b) => b - a));
    expect(emptiesLast(descending)).toBe(true);

    await header.locator("button").click();
    await inPage("window.scrollTo(0, 0)");
    // The committed screenshot changes only when asked, so a test run leaves the tree clean.
    const shots = process.env["SHEETPARSE_UPDATE_SCREENSHOT"] ? join(repoRoot, "docs") : join(tmpdir(), "sheetparse-screenshots");
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, "report.png") });
  });

  it("draws accessible SVG charts", async () => {
    const unnamed = await inPage<number>(`Array.from(document.querySelectorAll("svg.chart")).filter((svg) => !svg.querySelector("title")?.textContent || !svg.querySelector("desc")?.textContent || svg.getAttribute("role") !== "img").length`);
    expect(unnamed).toBe(0);
    expect(await page.locator("svg.chart").count()).toBeGreaterThan(0);
  });

  it("prints on A4 with no blank page and no page holding only a file heading, a 事業 whole where it fits", async () => {
    await page.emulateMedia({ media: "print" });
    const style = await inPage<{ breaks: string[]; inside: string[]; heading: number; line: number }>(`({
      breaks: Array.from(document.querySelectorAll("section[data-project], section.policy"), (s) => getComputedStyle(s).breakBefore),
      inside: Array.from(document.querySelectorAll("section[data-project], section.policy"), (s) => getComputedStyle(s).breakInside),
      heading: parseFloat(getComputedStyle(document.querySelector("section.file > h2")).fontSize),
      line: parseFloat(getComputedStyle(document.querySelector("section.file > h2 + p.muted")).fontSize),
    })`);
    // Printed while print is emulated: after emulateMedia("screen") the PDF would use the screen CSS.
    const pages = textSizesPerPage(await page.pdf({ format: "A4", preferCSSPageSize: true }));
    await page.emulateMedia({ media: "screen" });
    // No forced break: one could leave a page blank or a heading alone on it.
    expect(new Set(style.breaks)).toEqual(new Set(["auto"]));
    expect(new Set(style.inside)).toEqual(new Set(["avoid"]));
    // 94 pages before issue 14 part 6 (a forced break before every 施策 and 事業), 74 after.
    expect(pages.length).toBeLessThanOrEqual(80);
    const px = (pt: number): number => Math.round((pt * 96) / 72);
    // A file heading and its "N行、UTF-8" line are the only texts drawn at their two sizes
    // outside a sheet; a page with text at no other size holds nothing but a heading.
    const headingOnly = pages.flatMap((sizes, index) => (sizes.every((size) => px(size) === Math.round(style.heading) || px(size) === Math.round(style.line)) ? [index + 1] : []));
    expect(headingOnly).toEqual([]);
  }, 60_000);

  it("fits a 390 px phone screen: nothing wider than the screen outside a scrolling table box", async () => {
    const phone = await browser?.newPage({ viewport: { width: 390, height: 844 } });
    if (!phone) throw new Error("no browser");
    await phone.goto(url, { waitUntil: "load" });
    const measured = await phone.evaluate<{ scrollWidth: number; wide: string[] }>(`(() => {
      const scrolls = (element) => ["auto", "scroll"].includes(getComputedStyle(element).overflowX);
      const inScrollBox = (element) => { for (let p = element.parentElement; p; p = p.parentElement) if (scrolls(p)) return true; return false; };
      const wide = Array.from(document.querySelectorAll("body *")).filter((element) => {
        const box = element.getBoundingClientRect();
        return (box.left < -0.5 || box.right > innerWidth + 0.5) && !inScrollBox(element);
      });
      return { scrollWidth: document.documentElement.scrollWidth, wide: wide.slice(0, 10).map((e) => e.tagName + "." + (e.getAttribute("class") ?? "") + " in #" + (e.closest("[id]")?.id ?? "")) };
    })()`);
    await phone.close();
    // Before: scrollWidth 390 only because the sections' content-visibility clipped their overflow; charts and tables ran 8–44 px off screen.
    expect(measured).toEqual({ scrollWidth: 390, wide: [] });
  }, 60_000);

  it("draws every money axis of the page in one unit", async () => {
    const units = await inPage<string[]>(`Array.from(document.querySelectorAll("svg.chart text.unit tspan"), (t) => getComputedStyle(t).display === "none" ? "" : t.textContent).filter((t) => t !== "")`);
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units).size).toBe(1);
  });
});
