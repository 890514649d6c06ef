/**
 * The bad-input battery (SPEC §6): every input ends in a result or a clear diagnostic
 * with file, line and column, the right exit code, no stack trace, in bounded time.
 * Its heaviest cases are in test/long/bad-input.test.ts (`npm run test:long`): a 100 MB
 * file, a folder of 10,000 files, every fixture cut at every line (quadratic by nature;
 * this file cuts each fixture at a sample of its lines) and markers repeated 20,000 times
 * (5,000 here).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { documentSchema } from "../src/model/schema.js";
import { runCli } from "./cli/helpers.js";
import { BINARY_BYTES, cutFixtures, cutSource, expectCutParses, expectNoStack, REPEATED_MARKERS, SAMPLE_SHEET } from "./helpers/cuts.js";
import { fixturesDir } from "./helpers/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-bad-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const sample = SAMPLE_SHEET;
const binary = BINARY_BYTES;

describe("bad input through the CLI", () => {
  it("an empty file gives an empty document and exit 0", async () => {
    const run = await runCli([file("empty.txt", "")]);
    expect(run.code).toBe(0);
    const document = documentSchema.parse(JSON.parse(run.stdout));
    expect(document.source.lineCount).toBe(0);
    expect(document.projects).toEqual([]);
  });

  it("a file of spaces only is layout: no unrecognised line", async () => {
    const run = await runCli([file("spaces.txt", "   \n\t\n　　\n")]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).unrecognized).toEqual([]);
  });

  it("a binary file is exit 2 with file, line and column", async () => {
    const path = file("image.txt", binary);
    const run = await runCli([path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}:\\d+:\\d+: .*binary`));
    expectNoStack(run.stderr);
  });

  it("a wrong --encoding is exit 2 naming the first bad byte's position", async () => {
    const run = await runCli([join(fixturesDir, "cp932.txt"), "--encoding", "utf-8"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cp932\.txt:\d+:\d+: invalid utf-8 byte sequence/);
    expectNoStack(run.stderr);
  });

  it("an unknown --encoding name is a usage error", async () => {
    const run = await runCli([join(fixturesDir, "cp932.txt"), "--encoding", "latin-9"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown encoding");
  });

  it("a 1 MB single line is one unrecognised line, not a hang", async () => {
    const run = await runCli([file("long-line.txt", "あ".repeat(350_000) + "1".repeat(10_000))], { timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).unrecognized).toHaveLength(1);
  });

  it("CSV-formula and prototype-named cells are kept as text, harmlessly", async () => {
    const text = sample.replace("事業名\t自主防災組織育成支援事業", "事業名\t=HYPERLINK(\"x\")").replace("担当\t防災危機管理課", "担当\t__proto__") + "\n__proto__\tconstructor\n";
    const run = await runCli([file("proto.txt", text)]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.projects[0].name).toBe('=HYPERLINK("x")');
    expect(document.projects[0].department).toBe("__proto__");
    expect(({} as Record<string, unknown>)["constructor"]).toBe(Object);
  });
});

describe("bad input in process", () => {
  // Every line is cut in `npm run test:long`; here about 25 lines of each fixture, evenly
  // spread from a random first one (a failure names its line), and the whole file.
  it.each(cutFixtures())("$name cut at a sample of its lines still parses to a valid document and tree", (fixture) => {
    const { text, lines } = cutSource(fixture);
    const stride = Math.max(1, Math.ceil(lines.length / 25));
    const sample = new Set<number>([lines.length - 1]);
    for (let line = Math.floor(Math.random() * stride); line < lines.length; line += stride) sample.add(line);
    for (const line of sample) expectCutParses(text, lines, line);
  });

  it("a 1 MB labelled row of 300,000 cells is checked without overflowing the stack", () => {
    const text = `事業の説明\n事業名\t防災訓練事業${"\t余".repeat(300_000)}\n担当\t防災課\n`;
    const diagnostics = parse(text).diagnostics;
    expect(diagnostics.filter((d) => d.ruleId === "fatal")).toEqual([]);
    expect(diagnostics.filter((d) => d.ruleId === "unclaimed-cell")).toHaveLength(300_000);
  });

  it("deeply repeated markers finish in bounded time", () => {
    // 5,000 times each; test/long/bad-input.test.ts repeats them 20,000 times.
    for (const marker of REPEATED_MARKERS) {
      const document = parse(`${marker}\n`.repeat(5_000));
      expect(documentSchema.safeParse(document).success).toBe(true);
    }
  });

  it("labels named __proto__ or constructor never reach object keys", () => {
    const document = parse("事業の説明\n__proto__\t1\nconstructor\t2\n事業名\t__proto__\n");
    expect(document.projects[0]?.name).toBe("__proto__");
    expect(Object.getPrototypeOf(document.projects[0])).toBe(Object.prototype);
    // 事業の説明 is not followed by a row of its labels, so it opens nothing (SPEC §7.1).
    expect(document.unrecognized.map((u) => u.line)).toEqual([1, 2, 3]);
  });
});
