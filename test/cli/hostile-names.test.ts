/**
 * File names and arguments made to attack the output (issue 15, item 2), through the real
 * CLI: stdout reports and every `sheetparse: …` line on stderr keep them on one line, with
 * control characters visible, so a GitHub Actions log never sees a workflow command of theirs.
 */
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUnsafeCodePoint } from "../../src/report/printable.js";
import { cliFixtures, repoRoot, runCli } from "./helpers.js";

const NAME = "x\n::error file=README.md,line=1::pwned\n\u001b[2J\u009b31m\u202E.txt";
const SHOWN = "x\\n::error file=README.md,line=1::pwned\\n\\x1B[2J\\x9B31m\\u202E.txt";
/** A character that must not reach a terminal, line feeds (the outputs' own line ends) apart. */
function hasControl(text: string): boolean {
  return [...text].some((ch) => ch !== "\n" && isUnsafeCodePoint(ch.codePointAt(0) ?? 0));
}

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sheetparse-hostile-"));
  copyFileSync(join(repoRoot, cliFixtures.one), join(dir, NAME));
  // An unreadable input under the same kind of name: a symlink to itself.
  symlinkSync(`loop${NAME}`, join(dir, `loop${NAME}`));
  writeFileSync(join(dir, "warn.txt"), "事業の説明\n事業名\t防災\n担当\t課\tx\n");
  copyFileSync(join(dir, "warn.txt"), join(dir, `w${NAME}`));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function escapeRegExp(text: string): string {
  return text.replace(/[\\[\]().*+?^$|{}]/g, "\\$&");
}

/** No line of the output starts a workflow command, and no control character is left but line ends. */
function expectHarmless(text: string): void {
  expect(hasControl(text)).toBe(false);
  expect(text.split("\n").filter((line) => /^\s*(?:::|##\[)/.test(line))).toEqual([]);
}

describe("a hostile file name on the command line", () => {
  it("check (stylish): the name shown escaped on stdout, the unreadable one on stderr", async () => {
    const run = await runCli(["check", `w${NAME}`, `loop${NAME}`], { cwd: dir });
    expectHarmless(run.stdout);
    expectHarmless(run.stderr);
    expect(run.stdout).toContain(`w${SHOWN}\n`);
    expect(run.stderr).toBe(`sheetparse: loop${SHOWN}: symlink loop\n`);
    expect(run.code).toBe(2);
  });

  it("check --reporter github: exactly one workflow command per diagnostic", async () => {
    const run = await runCli(["check", `w${NAME}`, `loop${NAME}`, "--reporter", "github"], { cwd: dir });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=(w|loop)x%0A%3A%3Aerror file=README\.md%2Cline=1%3A%3Apwned%0A\\x1B\[2J\\x9B31m\\u202E\.txt[,:]/);
    expectHarmless(run.stderr);
  });

  it("parsing: stderr lines of --strict diagnostics, of an unreadable input and of the summary", async () => {
    const run = await runCli([`w${NAME}`, `loop${NAME}`, NAME, "--strict", "--format", "ndjson"], { cwd: dir });
    expectHarmless(run.stderr);
    expect(run.stderr).toContain(`\nloop${SHOWN}: symlink loop\n`);
    expect(run.stderr).toMatch(new RegExp(`^${escapeRegExp(`w${SHOWN}`)}:1:1: `, "m"));
    expect(run.code).toBe(2);
  });

  it("a name that is a workflow command without any newline gets ./ where it starts a line", async () => {
    const command = "::error file=README.md::pwned.txt";
    copyFileSync(join(dir, "warn.txt"), join(dir, command));
    const check = await runCli(["check", command], { cwd: dir });
    expectHarmless(check.stdout);
    expect(check.stdout).toContain(`\n./${command}\n`);
    const parse = await runCli([command, "--strict"], { cwd: dir });
    expectHarmless(parse.stderr);
    expect(parse.stderr).toMatch(/^\.\/::error file=README\.md::pwned\.txt:1:1: /);
  });

  it("report -o to a hostile path that cannot be written", async () => {
    const run = await runCli(["report", NAME, "-o", `${NAME}/r.html`], { cwd: dir });
    expect(run.stderr).toBe(`sheetparse: cannot write ${SHOWN}/r.html: not a directory\n`);
    expect(run.code).toBe(2);
  });

  it("an argument commander refuses is echoed on one line", async () => {
    const run = await runCli(["check", "--reporter", "x\n::error file=README.md::pwned"], { cwd: dir });
    expectHarmless(run.stderr);
    expect(run.stderr.split("\n")[0]).toContain("x\\n::error file=README.md::pwned");
    expect(run.code).toBe(2);
  });

  it("an unknown option keeps commander's suggestion on its own line", async () => {
    const run = await runCli(["check", "--reportr\n::error::x"], { cwd: dir });
    expectHarmless(run.stderr);
    expect(run.code).toBe(2);
  });
});
