/**
 * Output failures the system reports late (ENOTDIR at the final rename, EIO on a write)
 * get a one-line reason and exit 2, never "internal error" (issue 15, item 9).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { PassThrough } from "node:stream";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { outputErrorMessage } from "../../src/cli/io.js";
import { systemReason } from "../../src/cli/system-error.js";
import { cliFixtures, repoRoot, runCli } from "./helpers.js";

function systemError(code: string, message: string, syscall = "write"): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, syscall, errno: -1 });
}

describe("outputErrorMessage", () => {
  it.each([
    ["EIO", "EIO: i/o error, write", "cannot write out.html: input/output error"],
    ["ENOTDIR", "ENOTDIR: not a directory, rename 'a' -> 'b'", "cannot write out.html: not a directory"],
    ["ENOSPC", "ENOSPC: no space left on device, write", "cannot write out.html: no space left on the device"],
    ["EXDEV", "EXDEV: cross-device link not permitted, rename 'a' -> 'b'", "cannot write out.html: cross-device link not permitted (EXDEV)"],
  ])("%s (%j) gives %j", (code, message, expected) => {
    expect(outputErrorMessage(systemError(code, message, code === "ENOTDIR" || code === "EXDEV" ? "rename" : "write"), "out.html")).toBe(expected);
  });

  it("is null for a bug of ours and for a failed read, which is no output's fault", () => {
    expect(outputErrorMessage(new TypeError("x is undefined"), "out.html")).toBeNull();
    expect(outputErrorMessage(systemError("EIO", "EIO: i/o error, read", "read"), "out.html")).toBeNull();
    expect(systemReason({ code: "ERR_INVALID_ARG_TYPE" })).toBeNull();
  });
});

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sheetparse-reasons-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI (in process) with stdin held open until `meanwhile` has run, once a temporary output file exists under `folder`. */
async function runWhileOpen(args: readonly string[], folder: string, meanwhile: () => void): Promise<{ stderr: string; code: number | null }> {
  const stdin = new PassThrough();
  const running = runCli(args, { stdin });
  const deadline = Date.now() + 30_000;
  while (!(existsSync(folder) && readdirSync(folder).some((name) => name.endsWith(".tmp")))) {
    if (Date.now() > deadline) throw new Error("no temporary file appeared");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  meanwhile();
  stdin.end(readFileSync(join(repoRoot, cliFixtures.one)));
  const { stderr, code } = await running;
  return { stderr, code };
}

describe("report -o when the folder turns into a file before the page is put in place", () => {
  it("names the reason (not a directory) and exits 2", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    const run = await runWhileOpen(["report", "-", "-o", join(out, "r.html")], out, () => {
      renameSync(out, join(dir, "moved"));
      writeFileSync(out, "now a file\n");
    });
    expect(run.stderr).toBe(`sheetparse: cannot write ${join(out, "r.html")}: not a directory\n`);
    expect(run.code).toBe(2);
  }, 40_000);
});
