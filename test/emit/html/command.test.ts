import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runReportCommand } from "../../../src/cli/commands/report.js";
import { sheetText } from "./helpers.js";

describe("sheetparse report", () => {
  let dir = "";
  const stderr: string[] = [];

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-report-cmd-"));
    stderr.length = 0;
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      stderr.push(String(chunk));
      return true;
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the page to --output and exits 0", async () => {
    writeFileSync(join(dir, "a.txt"), sheetText());
    const output = join(dir, "report.html");
    expect(await runReportCommand([join(dir, "a.txt")], {}, { output })).toBe(0);
    const page = readFileSync(output, "utf8");
    expect(page.match(/data-project/g)).toHaveLength(1);
    expect(stderr).toEqual([]);
  });

  it("exits 2 when an input is unreadable, and the page still covers the others", async () => {
    writeFileSync(join(dir, "a.txt"), sheetText());
    writeFileSync(join(dir, "bad.txt"), Uint8Array.from([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x81]));
    const output = join(dir, "report.html");
    const missing = join(dir, "missing.txt");
    expect(await runReportCommand([join(dir, "a.txt"), missing, join(dir, "bad.txt")], { encoding: "utf-8" }, { output })).toBe(2);
    const page = readFileSync(output, "utf8");
    expect(page.match(/data-project/g)).toHaveLength(1);
    expect(page.match(/<tr class="fatal">/g)).toHaveLength(2);
    expect(stderr.join("")).toContain(`${missing}: `);
  });
});
