import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReportCommand } from "../../../src/cli/commands/report.js";
import { memoryIo, type MemoryIo } from "../../cli/memory-io.js";
import { sheetText } from "./helpers.js";

describe("sheetparse report", () => {
  let dir = "";
  let memory: MemoryIo;
  const stderr = (): string => memory.stderr().toString("utf8");

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-report-cmd-"));
    memory = memoryIo();
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the page to --output and exits 0", async () => {
    writeFileSync(join(dir, "a.txt"), sheetText());
    const output = join(dir, "report.html");
    expect(await runReportCommand(memory.io, [join(dir, "a.txt")], {}, { output })).toBe(0);
    const page = readFileSync(output, "utf8");
    expect(page.match(/data-project/g)).toHaveLength(1);
    expect(stderr()).toBe("");
  });

  it("exits 2 when an input is unreadable, and the page still covers the others", async () => {
    writeFileSync(join(dir, "a.txt"), sheetText());
    writeFileSync(join(dir, "bad.txt"), Uint8Array.from([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x81]));
    const output = join(dir, "report.html");
    const missing = join(dir, "missing.txt");
    expect(await runReportCommand(memory.io, [join(dir, "a.txt"), missing, join(dir, "bad.txt")], { encoding: "utf-8" }, { output })).toBe(2);
    const page = readFileSync(output, "utf8");
    expect(page.match(/data-project/g)).toHaveLength(1);
    expect(page.match(/<tr class="fatal">/g)).toHaveLength(2);
    expect(stderr()).toContain(`${missing}: `);
  });
});
