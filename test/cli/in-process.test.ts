/**
 * A run in process leaves nothing of itself in the process (issue 13, part 4): no exit code,
 * no listener on the process (the temporary files' signal handlers go with the files), the
 * working directory as it was; and the process's own streams are untouched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliFixtures, runCli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-in-process-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const EVENTS = ["exit", "SIGINT", "SIGTERM", "SIGHUP", "uncaughtException", "unhandledRejection"] as const;

/** What a run could leave behind in this process. */
function processState(): unknown {
  return {
    exitCode: process.exitCode,
    cwd: process.cwd(),
    listeners: EVENTS.map((event) => [event, process.listenerCount(event)]),
    stdout: process.stdout.listenerCount("error"),
    stderr: process.stderr.listenerCount("error"),
  };
}

describe("an in-process run leaves the process as it was", () => {
  it.each<[string, string[], string | undefined]>([
    ["--output (a temporary file, renamed into place)", [cliFixtures.one, "-o", join(dir, "out.json")], undefined],
    ["report --output (and its spool)", ["report", cliFixtures.one, "-o", join(dir, "out.html")], undefined],
    ["a usage error (exit 2)", ["--format", "xml"], undefined],
    ["an unreadable input (exit 2), from another folder", ["missing.txt"], dir],
    ["--jobs 2 (worker threads)", [cliFixtures.one, cliFixtures.two, "--jobs", "2", "--format", "ndjson"], undefined],
  ])("%s", async (_name, args, cwd) => {
    const before = processState();
    await runCli(args, cwd === undefined ? {} : { cwd });
    expect(processState()).toEqual(before);
  });
});
