/** Terminal manners: progress only on a TTY, colour only on a TTY without NO_COLOR / --no-color, the batch summary. */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { wantsColor } from "../../src/cli/colors.js";
import { plainColors as plainPaint } from "../../src/report/colors.js";
import type { Colors as Paint } from "../../src/report/types.js";
import { createProgress, formatProgress } from "../../src/cli/progress.js";
import { emptyTally, formatSummary } from "../../src/cli/summary.js";
import { bin, cliFixtures, repoRoot, runCli } from "./helpers.js";

const ESC = "\u001b";

describe("progress line", () => {
  it("formats files done / total and the rate", () => {
    expect(formatProgress(1234, 10000, 2000)).toBe("1,234/10,000 files · 617 files/s");
    expect(formatProgress(0, 3, 0)).toBe("0/3 files · 0 files/s");
  });

  it("redraws at most every 100 ms, always shows the last file, and erases itself", () => {
    let time = 0;
    const written: string[] = [];
    const progress = createProgress(4, (text) => written.push(text), () => time);
    progress.tick(); // drawn: the first
    time = 50;
    progress.tick(); // too soon
    time = 80;
    progress.tick(); // too soon
    time = 90;
    progress.tick(); // the last one is always drawn
    progress.clear();
    progress.clear(); // nothing shown any more: nothing to erase
    expect(written).toEqual(["\r\u001b[2K1/4 files · 0 files/s", "\r\u001b[2K4/4 files · 44 files/s", "\r\u001b[2K"]);
  });
});

describe("colour", () => {
  it.each<[boolean, boolean, Record<string, string>, boolean]>([
    [true, true, {}, true],
    [true, false, {}, false],
    [false, true, {}, false],
    [true, true, { NO_COLOR: "1" }, false],
    [true, true, { NO_COLOR: "" }, true],
    [true, true, { TERM: "dumb" }, false],
  ])("flag %j, tty %j, env %j → %j", (flag, tty, env, expected) => {
    expect(wantsColor(flag, tty, env)).toBe(expected);
  });
});

describe("summary", () => {
  it("counts files, documents, sheets and diagnostics by severity", () => {
    const tally = { ...emptyTally(), files: 12, parsed: 11, unreadable: 1, policies: 1, projects: 9, errors: 1, warnings: 2, infos: 0 };
    expect(formatSummary(tally, plainPaint)).toBe("12 files (11 parsed, 1 unreadable); 1 policy, 9 projects; 1 error, 2 warnings, 0 infos");
  });

  it("paints only non-zero error and warning counts", () => {
    const marks: Paint = { ...plainPaint, red: (text) => `<r>${text}</r>`, yellow: (text) => `<y>${text}</y>` };
    expect(formatSummary({ ...emptyTally(), files: 2, parsed: 2, errors: 3 }, marks)).toBe("2 files (2 parsed, 0 unreadable); 0 policies, 0 projects; <r>3 errors</r>, 0 warnings, 0 infos");
  });

  it("is not printed for a single input", async () => {
    expect((await runCli([cliFixtures.one])).stderr).toBe("");
  });
});

describe("stderr is not a TTY (pipes, CI)", () => {
  it("no progress, no colour, no control characters, even without NO_COLOR", async () => {
    const run = await runCli([cliFixtures.batchDir, "missing.txt", "--format", "ndjson"], { env: { NO_COLOR: "" } });
    expect(run.stderr).not.toContain("\r");
    expect(run.stderr).not.toContain(ESC);
    expect(run.stderr.split("\n")).toHaveLength(3);
  });
});

/** `script` (util-linux) runs a command on a pseudo-terminal, so stderr (and stdin) are TTYs. */
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

function onTty(command: string, env: Record<string, string> = {}): { output: string; code: number | null } {
  const base: Record<string, string | undefined> = { ...process.env, TERM: "xterm", ...env };
  delete base["NO_COLOR"];
  delete base["FORCE_COLOR"];
  if (env["NO_COLOR"] !== undefined) base["NO_COLOR"] = env["NO_COLOR"];
  const result = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: repoRoot, env: base, encoding: "utf8", input: "" });
  return { output: result.stdout, code: result.status };
}

describe.skipIf(!hasScript)("stderr is a TTY", () => {
  const batch = `"${bin}" ${cliFixtures.batchDir} missing.txt --format ndjson > /dev/null`;

  it("a progress line, erased before messages, and colour", () => {
    const { output, code } = onTty(batch);
    expect(output).toContain("\r\u001b[2K1/4 files · ");
    expect(output).toContain("\r\u001b[2K4/4 files · ");
    expect(output).toContain(`${ESC}[31m1 error${ESC}[39m`);
    expect(code).toBe(2);
  });

  it("NO_COLOR and --no-color turn colour off; the progress line stays", () => {
    for (const { command, env } of [
      { command: batch, env: { NO_COLOR: "1" } },
      { command: `${batch} --no-color`, env: {} },
    ]) {
      const { output } = onTty(command, env);
      expect(output).toContain("\r\u001b[2K4/4 files · ");
      expect(output.replaceAll("\r\u001b[2K", "")).not.toContain(ESC);
    }
  });

  it("a single input gets neither progress nor summary", () => {
    const { output, code } = onTty(`"${bin}" ${cliFixtures.one} > /dev/null`);
    expect(output).toBe("");
    expect(code).toBe(0);
  });

  it("no operand with stdin on a terminal prints help and exits 2", () => {
    const { output, code } = onTty(`"${bin}"`);
    expect(output).toMatch(/^Usage: sheetparse /);
    expect(code).toBe(2);
  });
});
