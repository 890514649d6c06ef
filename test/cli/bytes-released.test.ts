/**
 * Issue 13: a file's bytes are let go of once decoded, so that a big input's peak memory
 * holds its text, not its text and its bytes. A caller's frame that still holds the bytes
 * (a register left with the read result while the parse runs is a V8 stack root) keeps the
 * whole buffer alive; this measures what the pipeline really holds in the middle of a parse.
 * It needs a full garbage collection on demand, so it runs the built modules in a Node of
 * its own started with --expose-gc.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers.js";

const BIG = 24 * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), "sheetparse-bytes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The sheets of a fixture, then long lines of padding up to 24 MiB: the first sheet is
 * handed on (and measured) when the second starts, long before the padding is read.
 */
function bigInput(): string {
  const sheets = readFileSync(join(repoRoot, "fixtures/whole-city.txt"), "utf8");
  const padding = `${"x".repeat(1023)}\n`.repeat(Math.ceil((BIG - sheets.length) / 1024));
  const path = join(dir, "big.txt");
  writeFileSync(path, sheets + padding);
  return path;
}

/** Loads the input through the CLI's loader and prints the ArrayBuffer bytes still alive at the first sheet. */
const SCRIPT = `
const { loadInputs } = await import(process.env.LOAD_URL);
let held = null;
const io = { stderr: { write() { return true; } }, env: {} };
const stop = new Error("measured");
const options = {
  sheetConsumer: () => ({
    sheet() {
      if (held !== null) return;
      globalThis.gc();
      held = process.memoryUsage().arrayBuffers;
      throw stop;
    },
  }),
};
for await (const result of loadInputs(io, [process.env.INPUT], options).results) void result;
process.stdout.write(String(held));
`;

describe("a file's bytes while its sheets are parsed", () => {
  it("are no longer held by the loader or the pipeline", () => {
    const input = bigInput();
    const output = execFileSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", SCRIPT], {
      env: { ...process.env, INPUT: input, LOAD_URL: pathToFileURL(join(repoRoot, "dist/cli/load.js")).href },
      encoding: "utf8",
    });
    const held = Number(output);
    expect(Number.isInteger(held)).toBe(true);
    // What stays is the line table and the model's positions: well under the file's 24 MiB.
    expect(held).toBeLessThan(BIG / 4);
  });
});
