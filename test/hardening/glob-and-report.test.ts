/** Issue 15 item 6: globs do not follow into /proc or /sys nor loop; the report page comes in pieces. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { renderReport, renderReportChunks } from "../../src/emit/html/page.js";
import { parse } from "../../src/index.js";
import { expandGlob } from "../../src/source/glob.js";
import { fixturesDir } from "../helpers/fixtures.js";
import { runCli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-glob-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sheet = join(fixturesDir, "policy-with-projects.txt");
mkdirSync(join(dir, "sub"));
cpSync(sheet, join(dir, "a.txt"));
cpSync(sheet, join(dir, "sub", "b.txt"));
symlinkSync("/proc/self", join(dir, "p"));
symlinkSync("..", join(dir, "sub", "loop"));

describe("glob operands", () => {
  it("do not enter /proc through a symlink, and say so; loops end", () => {
    const { files, skipped } = expandGlob(`${dir}/**/*.txt`);
    expect(files).toContain(join(dir, "a.txt"));
    expect(files).toContain(join(dir, "sub", "b.txt"));
    expect(files.every((path) => !path.includes("/p/"))).toBe(true);
    expect(skipped[0]).toEqual({ path: join(dir, "p"), reason: { id: "virtualFolder", data: { path: expect.stringMatching(/^\/proc\/\d+$/) } } });
  });

  it("the CLI finishes quickly, names the skipped link, and reads the rest", async () => {
    const run = await runCli([`${dir}/**/*.txt`, "--format", "ndjson"], { timeoutMs: 20_000 });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${join(dir, "p")}: not searched: /proc/`);
    expect(run.stdout.split("\n").filter((line) => line.includes('"policies":[{')).length).toBeGreaterThanOrEqual(2);
  });

  it("a pattern inside /proc matches nothing there", () => {
    const { files, skipped } = expandGlob("/proc/self/*");
    expect(files).toEqual([]);
    expect(skipped.length).toBeGreaterThan(0);
  });
});

describe("the report page in pieces", () => {
  it("joins to the page: the head's pieces, then each file's head, one piece per sheet and its end, then the end", () => {
    const document = parse(readFileSync(sheet), { path: "a.txt" });
    const sheets = document.policies.length + document.projects.length;
    const files = [{ path: "a.txt", document, fatal: false }, { path: "b.txt", document, fatal: false }];
    const chunks = [...renderReportChunks(files)];
    // The head comes in pieces too (its rows are kept apart, issue 15 item 6); a file's sheets
    // are pieces of their own, so a file of thousands of sheets is never one string (issue 13).
    const first = chunks.findIndex((chunk) => chunk.startsWith('<section class="file" id="f1"'));
    const second = chunks.findIndex((chunk) => chunk.startsWith('<section class="file" id="f2"'));
    expect(first).toBeGreaterThan(0);
    expect(second - first).toBe(sheets + 2);
    for (const chunk of chunks.slice(first + 1, first + 1 + sheets)) expect(chunk).toMatch(/^<section class="(policy|project)"/);
    expect(chunks[first + 1 + sheets]).toBe("</section>");
    expect(chunks.length - second).toBe(sheets + 3);
    expect(chunks.at(-1)).toMatch(/^\n<\/div>\n<\/main>/);
    expect(chunks.join("")).toBe(renderReport(files));
  });
});
