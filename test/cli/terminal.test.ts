/** Terminal manners: progress only on a TTY, colour only on a TTY without NO_COLOR / --no-color, the batch summary. */
import { describe, expect, it } from "vitest";
import { wantsColor } from "../../src/cli/colors.js";
import { plainColors as plainPaint } from "../../src/report/colors.js";
import type { Colors as Paint } from "../../src/report/types.js";
import { createProgress, formatProgress } from "../../src/cli/progress.js";
import { emptyTally, formatSummary } from "../../src/cli/summary.js";
import { bin, cliFixtures, runCli } from "./helpers.js";
import { hasScript, onTty } from "./tty.js";

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

/**
 * On a real terminal (a pseudo-terminal, test/cli/tty.ts): what only the process can tell —
 * that stderr is a terminal (progress and colour), and stdin (help instead of waiting).
 */
describe.skipIf(!hasScript)("stderr is a TTY", () => {
  const batch = `"${bin}" ${cliFixtures.batchDir} missing.txt --format ndjson > /dev/null`;

  it("a progress line, erased before messages, and colour", () => {
    const { output, code } = onTty(batch);
    expect(output).toContain("\r\u001b[2K1/4 files · ");
    expect(output).toContain("\r\u001b[2K4/4 files · ");
    expect(output).toContain(`${ESC}[31m1 error${ESC}[39m`);
    expect(code).toBe(2);
  });

  it("no operand with stdin on a terminal prints help and exits 2", () => {
    const { output, code } = onTty(`"${bin}"`);
    expect(output).toMatch(/^Usage: sheetparse /);
    expect(code).toBe(2);
  });
});

/**
 * The rest of a terminal's manners in process, the CLI told that stderr is a terminal as the
 * process tells it above; test/long/terminal.test.ts runs these on a pseudo-terminal too.
 */
describe("stderr is a TTY, in process", () => {
  const batch = [cliFixtures.batchDir, "missing.txt", "--format", "ndjson"];
  const onTerminal = { stderr: true };

  it("a progress line, erased before messages, and colour, as on the terminal above", async () => {
    const run = await runCli(batch, { env: { TERM: "xterm", NO_COLOR: "" }, tty: onTerminal });
    expect(run.stderr).toContain("\r\u001b[2K1/4 files · ");
    expect(run.stderr).toContain("\r\u001b[2K4/4 files · ");
    expect(run.stderr).toContain(`${ESC}[31m1 error${ESC}[39m`);
    expect(run.code).toBe(2);
  });

  it("NO_COLOR and --no-color turn colour off; the progress line stays", async () => {
    for (const { args, env } of [
      { args: batch, env: { NO_COLOR: "1" } },
      { args: [...batch, "--no-color"], env: { NO_COLOR: "" } },
    ]) {
      const run = await runCli(args, { env: { TERM: "xterm", ...env }, tty: onTerminal });
      expect(run.stderr).toContain("\r\u001b[2K4/4 files · ");
      expect(run.stderr.replaceAll("\r\u001b[2K", "")).not.toContain(ESC);
    }
  });

  it("a single input gets neither progress nor summary", async () => {
    const run = await runCli([cliFixtures.one], { env: { TERM: "xterm", NO_COLOR: "" }, tty: onTerminal });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});
