/**
 * The streamed page (sections set aside in a temporary file while the batch is read,
 * issue 15 item 6) is byte for byte the page rendered before streaming: the goldens were
 * written by the whole-batch renderer before the change (commit 94e733e), from the same
 * inputs. Paths are relative to the repository, as the page shows them. Since issue 14
 * part 2 the page's diagnostics are Japanese: the goldens were then rewritten, and only
 * the text of the diagnostic items changed.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReportCommand } from "../../../src/cli/commands/report.js";
import { renderReport, ReportPage } from "../../../src/emit/html/page.js";
import { diagnosticAt, reportFileOf, sheetText } from "./helpers.js";
import { referenceFixtureInputs } from "../../helpers/fixtures.js";
import { memoryIo } from "../../cli/memory-io.js";

const GOLDEN = join(import.meta.dirname, "golden");

/** Temporary files this process left in `folder` (the spool and the output's are named after the pid). */
function leftovers(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.includes(`.sheetparse-${process.pid}-`));
}

describe("the streamed report page", () => {
  let dir = "";

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-golden-"));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ["fixtures", "fixtures.html"],
    ["test/cli/fixtures/batch", "batch.html"],
  ])("%s gives the page of before streaming, byte for byte", async (input, golden) => {
    const output = join(dir, "page.html");
    // fixtures/ as before the layout fixtures came (they need other profiles than the default).
    const inputs = input === "fixtures" ? referenceFixtureInputs().map((path) => relative(process.cwd(), path)) : [input];
    expect(await runReportCommand(memoryIo().io, inputs, {}, { output })).toBe(0);
    expect(readFileSync(output).equals(readFileSync(join(GOLDEN, golden)))).toBe(true);
    expect(leftovers(dir)).toEqual([]);
    expect(leftovers(tmpdir())).toEqual([]);
  });

  it("leaves no temporary file when nothing could be read", async () => {
    expect(await runReportCommand(memoryIo().io, [join(dir, "missing.txt")], {}, { output: join(dir, "page.html") })).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
    expect(leftovers(tmpdir())).toEqual([]);
  });

  it("ReportPage's top, sections and bottom are renderReport's page", () => {
    const files = [
      reportFileOf(sheetText(), "a.txt", [diagnosticAt("a.txt", 42, "year-gap", "warning"), diagnosticAt("a.txt", 3)]),
      reportFileOf(sheetText({ project: "<b>事業</b>" }), null, [diagnosticAt(null, 5, "target-not-met", "error")]),
      { path: "gone.txt", document: reportFileOf("", "gone.txt").document, fatal: true },
    ];
    const page = new ReportPage();
    const sections = files.map((file) => [...page.add(file)].join(""));
    const utf8 = new TextDecoder();
    const top = [...page.top()].map((chunk) => (typeof chunk === "string" ? chunk : utf8.decode(chunk))).join("");
    expect(top + sections.join("") + page.bottom()).toBe(renderReport(files));
  });
});
