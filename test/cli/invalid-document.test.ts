/**
 * A Document that breaks its schema is never emitted: through the real CLI (a test seam in
 * the built rule registry breaks one input's model), every command that emits or reports
 * Documents gives that input's `fatal` invalidDocument diagnostic instead, goes on with the
 * others, and exits 2.
 */
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { libraryDocument, repoRoot, runCli, type RunOptions, type Transcript } from "./helpers.js";

const BROKEN = "fixtures/policy-with-projects.txt";
const GOOD = "fixtures/crlf.txt";
const MESSAGE = "internal error: the Document does not match its schema at .projects[0].years[0].achievementRate: Invalid input: expected number, received Infinity";
const seam = pathToFileURL(join(repoRoot, "test/cli/fixtures/seams/break-document.mjs")).href;

// The seam's rule is in the registry for this file's runs only.
let removeSeam: () => void = () => undefined;
beforeAll(async () => {
  const { breakDocuments } = (await import(seam)) as { breakDocuments(target: string): Promise<() => void> };
  removeSeam = await breakDocuments(BROKEN);
});
afterAll(() => removeSeam());

/** A run of the CLI with the seam in place: tsc's build, whose registry the seam reaches. */
async function runBroken(args: readonly string[], options: RunOptions = {}): Promise<Transcript> {
  return await runCli(args, { ...options, build: "modules" });
}

const fatalDocument = {
  schemaVersion: 1,
  source: { path: BROKEN, encoding: "utf-8", bom: false, lineCount: libraryDocument(BROKEN).source.lineCount, profile: "reference", layout: "tab", format: "text" },
  policies: [],
  projects: [],
  unrecognized: [],
  diagnostics: [{ ruleId: "fatal", messageId: "invalidDocument", severity: "error", message: MESSAGE, line: 1, column: 1, path: BROKEN }],
};

describe("a Document that breaks its schema, through the CLI", () => {
  it("the seam breaks only the input it names", async () => {
    const run = await runBroken([GOOD]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(libraryDocument(GOOD));
  });

  it.each([["json"], ["yaml"], ["ndjson"]])("--format %s: the fatal Document in its place, one line on stderr, exit 2", async (format) => {
    const run = await runBroken([BROKEN, "--format", format]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${BROKEN}: ${MESSAGE}\n`);
    expect(run.stdout).toContain(MESSAGE);
    expect(run.stdout).not.toContain("自主防災組織育成支援事業");
    if (format !== "yaml") expect(JSON.parse(run.stdout)).toEqual(fatalDocument);
  });

  it("--positions too; in a batch the other input is emitted as usual", async () => {
    const run = await runBroken([GOOD, BROKEN, "--format", "ndjson", "--positions"]);
    expect(run.code).toBe(2);
    const [good, broken] = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(good).toMatchObject({ source: { path: GOOD }, projects: [{ name: "移動図書館運行事業", line: expect.any(Number) }] });
    expect(broken).toEqual(fatalDocument);
    expect(run.stderr).toContain(`${BROKEN}: ${MESSAGE}\n`);
  });

  it("--format csv: no rows of the input, its diagnostic in the diagnostics table", async () => {
    const years = await runBroken([BROKEN, "--table", "years"]);
    expect(years.code).toBe(2);
    expect(years.stdout.trimEnd().split("\r\n")).toHaveLength(1);
    const diagnostics = await runBroken([BROKEN, "--table", "diagnostics"]);
    expect(diagnostics.code).toBe(2);
    expect(diagnostics.stdout).toContain("invalidDocument");
  });

  it("check: the fatal diagnostic in the report and on stderr, exit 2", async () => {
    const run = await runBroken(["check", GOOD, BROKEN, "--reporter", "json"]);
    expect(run.code).toBe(2);
    const files = JSON.parse(run.stdout) as { filePath: string; diagnostics: { ruleId: string; messageId: string; message: string }[] }[];
    expect(files.map((file) => file.filePath)).toEqual([GOOD, BROKEN]);
    expect(files[1]?.diagnostics.map((d) => [d.ruleId, d.messageId, d.message])).toEqual([["fatal", "invalidDocument", MESSAGE]]);
    expect(run.stderr).toContain(`${BROKEN}: ${MESSAGE}\n`);
  });

  it("report: the page names the input and its problem, exit 2", async () => {
    const run = await runBroken(["report", GOOD, BROKEN]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sheetparse: ${BROKEN}: ${MESSAGE}\n`);
    expect(run.stdout).toContain("does not match its schema at .projects[0].years[0].achievementRate");
    expect(run.stdout).toContain("移動図書館運行事業");
    expect(run.stdout).not.toContain("自主防災組織育成支援事業");
  });
});

describe("a Document that breaks its schema, with its sheets set aside in temporary files (issue 13)", () => {
  // A threshold of 0 characters sends every sheet's JSON to a file, as a big input's would go.
  const spilled = { env: { SHEETPARSE_SPOOL_THRESHOLD: "0" } };

  it.each([["json"], ["ndjson"]])("--format %s: the same fatal Document in its place, exit 2", async (format) => {
    const run = await runBroken([BROKEN, "--format", format], spilled);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`${BROKEN}: ${MESSAGE}\n`);
    expect(JSON.parse(run.stdout)).toEqual(fatalDocument);
  });

  it("--positions in a batch: the other input is emitted as usual", async () => {
    const run = await runBroken([GOOD, BROKEN, "--format", "ndjson", "--positions"], spilled);
    expect(run.code).toBe(2);
    const [good, broken] = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(good).toMatchObject({ source: { path: GOOD }, projects: [{ name: "移動図書館運行事業", line: expect.any(Number) }] });
    expect(broken).toEqual(fatalDocument);
  });

  it("check and report say the same as without the files", async () => {
    for (const args of [["check", GOOD, BROKEN, "--reporter", "json"], ["report", GOOD, BROKEN]]) {
      expect(await runBroken(args, spilled)).toEqual(await runBroken(args));
    }
  });
});
