/**
 * Standard input past the sheet limit (issue 15, item 3; the other reading cases are in
 * test/hardening/input-reading.test.ts). In `npm run test:long`: a 256 MiB input.
 */
import { describe, expect, it } from "vitest";
import { MAX_SHEET_BYTES } from "../../src/source/read-bounded.js";
import { runCli } from "../cli/helpers.js";

describe("the CLI on an endless input", () => {
  it("stdin longer than the sheet limit stops with a message", async () => {
    const run = await runCli(["-"], { input: Buffer.alloc(MAX_SHEET_BYTES + 1, 0x41) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("<stdin>: too large: more than 256 MiB, the limit for a sheet");
  });
});
