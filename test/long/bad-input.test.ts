/**
 * The bad-input battery's heaviest cases (SPEC §6; the others are in test/bad-input.test.ts),
 * run by `npm run test:long`, not `npm test`: a 100 MB file and a folder of 10,000 files
 * take tens of seconds to write, parse and remove, and overran hooks' timeouts under load;
 * every fixture cut at every line is quadratic by nature (`npm test` cuts a sample of lines),
 * and markers repeated 20,000 times (`npm test` repeats them 5,000 times).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/helpers.js";
import { parse } from "../../src/index.js";
import { documentSchema } from "../../src/model/schema.js";
import { BINARY_BYTES, cutFixtures, cutSource, expectCutParses, expectNoStack, REPEATED_MARKERS, SAMPLE_SHEET } from "../helpers/cuts.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-bad-long-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const sample = SAMPLE_SHEET;
const binary = BINARY_BYTES;

describe("bad input through the CLI, at scale", () => {
  it("a 100 MB file of layout lines ending in a sheet parses in bounded time", async () => {
    const path = join(dir, "big.txt");
    writeFileSync(path, Buffer.concat([Buffer.alloc(100 * 1024 * 1024, "  \n"), Buffer.from(sample)]));
    const run = await runCli([path, "--format", "ndjson"], { timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document.projects).toHaveLength(2);
    expect(document.source.lineCount).toBeGreaterThan(30_000_000);
  });

  describe("a directory of 10,000 files with some corrupt", () => {
    const batch = join(dir, "batch");
    beforeAll(() => {
      mkdirSync(batch);
      for (let i = 0; i < 10_000; i++) writeFileSync(join(batch, `s${String(i).padStart(5, "0")}.txt`), i % 2500 === 7 ? binary : sample);
    });

    it("gives one NDJSON line per file, a diagnostic per corrupt file, and exit 2", async () => {
      const run = await runCli([batch, "--format", "ndjson"], { timeoutMs: 120_000 });
      expect(run.code).toBe(2);
      expect(run.stdout.trimEnd().split("\n")).toHaveLength(10_000);
      expect(run.stderr.match(/binary/g)).toHaveLength(4);
      expectNoStack(run.stderr);
    });
  });
});

describe("bad input in process, at scale", () => {
  // Every prefix of the file is parsed: ~10 s for whole-city on two free cores, over a
  // minute on a loaded machine (test:long has no test timeout).
  it.each(cutFixtures())("$name cut at every line still parses to a valid document and tree", (fixture) => {
    const { text, lines } = cutSource(fixture);
    for (let line = 0; line < lines.length; line++) expectCutParses(text, lines, line);
  });

  it("markers repeated 20,000 times each finish in bounded time", () => {
    for (const marker of REPEATED_MARKERS) {
      const document = parse(`${marker}\n`.repeat(20_000));
      expect(documentSchema.safeParse(document).success).toBe(true);
    }
  });
});
