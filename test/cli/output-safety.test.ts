/**
 * `--output` never destroys data: an output that is one of the inputs is refused, a run
 * that fails, is interrupted or reads nothing leaves the target as it was, and no
 * temporary file is left behind.
 */
import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { PassThrough } from "node:stream";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bin, cliFixtures, repoRoot, runCli } from "./helpers.js";

const TEMP_FILE = /\.sheetparse-\d+-[0-9a-f]+\.tmp$/;

let dir = "";
let sheet = "";
const OLD = "the previous output\n";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "sheetparse-output-"));
  sheet = join(dir, "s.txt");
  copyFileSync(join(repoRoot, cliFixtures.one), sheet);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Every temporary file of ours under `folder`. */
function leftovers(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((name) => TEMP_FILE.test(name));
}

function sheetBytes(): Buffer {
  return readFileSync(join(repoRoot, cliFixtures.one));
}

describe("an output that is one of the inputs is refused, before anything is written", () => {
  // Each makes the output path in the test's folder and says why it is refused.
  it.each([
    ["the same name", (): [string, string] => [sheet, "it is one of the inputs"]],
    ["a symlink to it", (): [string, string] => (symlinkSync(sheet, join(dir, "link.json")), [join(dir, "link.json"), `it is the input ${sheet}`])],
    ["a hard link to it", (): [string, string] => (linkSync(sheet, join(dir, "hard.json")), [join(dir, "hard.json"), `it is the input ${sheet}`])],
  ])("%s", async (_, target) => {
    const [output, why] = target();
    for (const format of ["json", "yaml", "csv"]) {
      const run = await runCli([sheet, "--format", format, "-o", output]);
      expect(run.stderr).toBe(`sheetparse: refusing to overwrite ${output}: ${why}\n`);
      expect(run.code).toBe(2);
      expect(readFileSync(sheet)).toEqual(sheetBytes());
    }
    const report = await runCli(["report", sheet, "-o", output]);
    expect(report.code).toBe(2);
    expect(readFileSync(sheet)).toEqual(sheetBytes());
  });

  it("standard input redirected from the output file", () => {
    const stdin = openSync(sheet, "r");
    const run = spawnSync(bin, ["-", "-o", sheet], { stdio: [stdin, "pipe", "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    closeSync(stdin);
    expect(run.stderr).toBe(`sheetparse: refusing to overwrite ${sheet}: it is standard input\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(sheet)).toEqual(sheetBytes());
  });

  it("--table all: a DIR/NAME.csv that is a symlink to an input; the folder is left as it was", async () => {
    const out = join(dir, "out");
    mkdirSync(out);
    symlinkSync(sheet, join(out, "years.csv"));
    const run = await runCli([sheet, "--table", "all", "-o", out]);
    expect(run.stderr).toBe(`sheetparse: refusing to overwrite ${join(out, "years.csv")}: it is the input ${sheet}\n`);
    expect(run.code).toBe(2);
    expect(readFileSync(sheet)).toEqual(sheetBytes());
    expect(readdirSync(out)).toEqual(["years.csv"]);
  });
});

describe("when no input could be read, the target is left as it was", () => {
  it("json, csv and report: a mistyped folder", async () => {
    const target = join(dir, "out.txt");
    for (const args of [["--format", "json"], ["--table", "projects"], ["--format", "ndjson"]]) {
      writeFileSync(target, OLD);
      const run = await runCli([join(dir, "no-such-folder"), ...args, "-o", target]);
      expect(run.stderr).toBe(`${join(dir, "no-such-folder")}: no such file or directory\nsheetparse: no input could be read: ${target} left as it was\n`);
      expect(run.code).toBe(2);
      expect(readFileSync(target, "utf8")).toBe(OLD);
    }
    const run = await runCli(["report", join(dir, "no-such-folder"), "-o", target]);
    expect(run.stderr).toContain(`sheetparse: no input could be read: ${target} left as it was\n`);
    expect(run.code).toBe(2);
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(leftovers(dir)).toEqual([]);
  });

  it("--table all: a folder it created is removed again", async () => {
    const out = join(dir, "new", "tables");
    const run = await runCli([join(dir, "missing.txt"), "--table", "all", "-o", out]);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, "new"))).toBe(false);
  });

  it("but one readable input in a batch is enough: the others get their fatal documents, exit 2", async () => {
    const target = join(dir, "out.json");
    writeFileSync(target, OLD);
    const run = await runCli([sheet, join(dir, "missing.txt"), "-o", target]);
    expect(run.code).toBe(2);
    expect((JSON.parse(readFileSync(target, "utf8")) as unknown[]).length).toBe(2);
  });
});

describe("a failed write leaves the target as it was", () => {
  // A file size limit (ulimit -f) makes writes fail with EFBIG; Node ignores SIGXFSZ.
  const limited = (args: readonly string[]): ReturnType<typeof spawnSync> =>
    spawnSync("bash", ["-c", 'ulimit -f 4 && exec "$0" "$@"', bin, ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

  it.each([[[]], [["--format", "yaml"]], [["--table", "years"]], [["report"]]])("%j", (extra) => {
    const target = join(dir, "out.txt");
    writeFileSync(target, OLD);
    const inputs = Array.from({ length: 20 }, () => sheet);
    const args = extra[0] === "report" ? ["report", ...inputs, "-o", target] : [...inputs, ...extra, "-o", target];
    const run = limited(args);
    expect(run.stderr).toBe(`sheetparse: cannot write ${target}: file too large\n`);
    expect(run.status).toBe(2);
    expect(readFileSync(target, "utf8")).toBe(OLD);
    expect(leftovers(dir)).toEqual([]);
  });
});

describe("a run that succeeds", () => {
  it("replaces the target, keeping its mode, and leaves no temporary file", async () => {
    const target = join(dir, "out.json");
    writeFileSync(target, OLD);
    chmodSync(target, 0o600);
    const run = await runCli([sheet, "-o", target]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8"))).toMatchObject({ source: { path: sheet } });
    expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(leftovers(dir)).toEqual([]);
  });

  it("writes through a symlink to the file it names, and the link stays a link", async () => {
    const real = join(dir, "real.csv");
    writeFileSync(real, OLD);
    symlinkSync("real.csv", join(dir, "link.csv"));
    const run = await runCli([sheet, "--table", "projects", "-o", join(dir, "link.csv")]);
    expect(run.code).toBe(0);
    expect(lstatSync(join(dir, "link.csv")).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toMatch(/^file,projectIndex,/);
  });

  it("-o - is standard output, for report too", async () => {
    const run = await runCli(["report", sheet, "-o", "-"], { cwd: dir });
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/i);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("--table all -o - is a usage error: the tables need a folder", async () => {
    const run = await runCli([sheet, "--table", "all", "-o", "-"]);
    expect(run.stderr).toBe("sheetparse: --table all writes one file per table: add --output DIR (run sheetparse --help for usage)\n");
    expect(run.code).toBe(2);
  });
});

describe("up front and on interruption", () => {
  /** Starts the CLI as a process with a stdin that stays open, so the run waits there until it is killed or fails. */
  function start(args: readonly string[]): { exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>; kill(signal: NodeJS.Signals): void } {
    const child = spawn(bin, [...args], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
      child.on("close", (code, signal) => resolve({ code, signal, stderr })),
    );
    return { exit, kill: (signal) => child.kill(signal) };
  }

  it("a bad output path fails before any input is read (stdin is never waited for)", async () => {
    // In process, on a standard input that never ends: a run that waited for it would never finish.
    const stdin = new PassThrough();
    const result = await runCli(["-", "-o", join(dir, "no-such-folder", "out.json")], { stdin });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 2, stderr: `sheetparse: cannot write ${join(dir, "no-such-folder", "out.json")}: no such directory\n` });
    // Not even started: a process reading its stdin would stay alive waiting for it.
    expect(stdin.readableFlowing).toBeNull();
    stdin.destroy();
  });

  it("SIGINT removes the temporary file, leaves the target as it was, and ends the process by the signal", async () => {
    const target = join(dir, "out.json");
    writeFileSync(target, OLD);
    const run = start(["-", "-o", target]);
    // The temporary file is made up front; once it is there the run waits for stdin.
    for (let tries = 0; leftovers(dir).length === 0 && tries < 200; tries++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(leftovers(dir)).toHaveLength(1);
    run.kill("SIGINT");
    const result = await run.exit;
    expect(result.signal).toBe("SIGINT");
    expect(leftovers(dir)).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe(OLD);
  });
});
