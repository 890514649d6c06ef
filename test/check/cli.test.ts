/**
 * CLI transcripts of `sheetparse check` (colour off): stdout, stderr and the exit code,
 * compared exactly. The reference sheet's transcripts, one per reporter, are kept in
 * transcripts/; UPDATE_TRANSCRIPTS=1 rewrites them for review.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/helpers.js";
import { repoRoot, seedsDir } from "../helpers/fixtures.js";

const SEED = "../shared/seeds/000_c75840063dde7d0e.txt";
const hasSeed = existsSync(join(seedsDir, "000_c75840063dde7d0e.txt"));
const version = (JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string }).version;

/** `$ sheetparse ARGS`, stdout, stderr, `Exit code: N`. */
async function transcript(args: readonly string[], cwd?: string): Promise<string> {
  const run = await runCli(args, cwd === undefined ? {} : { cwd });
  return `$ sheetparse ${args.join(" ")}\n${run.stdout}${run.stderr}Exit code: ${run.code ?? "signal"}\n`;
}

describe.skipIf(!hasSeed)("check on the reference sheet", () => {
  it("--reporter json: exactly the expected diagnostics, exit 0", async () => {
    const run = await runCli(["check", SEED, "--reporter", "json"]);
    const expected = JSON.parse(readFileSync(join(seedsDir, "000_c75840063dde7d0e.check.json"), "utf8")) as { diagnostics: unknown[] };
    const [entry] = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; severity: string; line: number }[]; errorCount: number; warningCount: number; infoCount: number }[];
    expect(entry?.diagnostics.map(({ ruleId, severity, line }) => ({ ruleId, severity, line }))).toEqual(expected.diagnostics);
    expect([entry?.errorCount, entry?.warningCount, entry?.infoCount]).toEqual([0, 12, 1]);
    expect(run.code).toBe(0);
  });

  it("--max-warnings 0: exit 1; --max-warnings 12: exit 0", async () => {
    expect((await runCli(["check", SEED, "--max-warnings", "0"])).code).toBe(1);
    expect((await runCli(["check", SEED, "--max-warnings", "12"])).code).toBe(0);
  });

  it.each(["stylish", "json", "github", "sarif", "junit"])("--reporter %s matches its transcript", async (reporter) => {
    const path = join(repoRoot, "test/check/transcripts", `seed.${reporter}.txt`);
    const actual = (await transcript(["check", SEED, "--reporter", reporter])).replaceAll(`"version": "${version}"`, '"version": "{version}"');
    if (process.env["UPDATE_TRANSCRIPTS"]) writeFileSync(path, actual);
    expect(actual).toBe(readFileSync(path, "utf8"));
  });
});

describe("check exit codes", () => {
  it("0 for a clean sheet, and prints nothing", async () => {
    expect(await transcript(["check", "fixtures/check/valid.txt"])).toBe("$ sheetparse check fixtures/check/valid.txt\nExit code: 0\n");
  });

  it("1 for an error", async () => {
    expect(await transcript(["check", "fixtures/check/year-gap.txt"])).toBe(`$ sheetparse check fixtures/check/year-gap.txt

fixtures/check/year-gap.txt
  31:1  error  令和3年度 follows 令和元年度: fiscal year 2020 is missing (事業 "市民講座運営事業")  year-sequence

✖ 1 problem (1 error, 0 warnings, 0 infos)
Exit code: 1
`);
  });

  it("0 for warnings, 1 for more warnings than --max-warnings", async () => {
    expect((await runCli(["check", "fixtures/check/blank-approach.txt"])).code).toBe(0);
    expect((await runCli(["check", "fixtures/check/blank-approach.txt", "--max-warnings", "1"])).code).toBe(0);
    expect((await runCli(["check", "fixtures/check/blank-approach.txt", "--max-warnings", "0"])).code).toBe(1);
  });

  it("0 for infos, whatever --max-warnings says", async () => {
    expect((await runCli(["check", "fixtures/check/mixed-punctuation.txt", "--max-warnings", "0"])).code).toBe(0);
  });

  it("2 for an unreadable input, which is still in the report while the others are checked", async () => {
    const run = await runCli(["check", "fixtures/check/blank-approach.txt", "fixtures/check/nope.txt", "--reporter", "github"]);
    const [first, second, ...rest] = run.stdout.split("\n");
    expect(first).toBe('::warning file=fixtures/check/blank-approach.txt,line=29,col=4,endLine=29,endColumn=4,title=required-field::【Action】方針 is blank (事業 "市民講座運営事業")');
    expect(second).toMatch(/^::error file=fixtures\/check\/nope\.txt,line=1,col=1,title=fatal::.*no such file or directory$/);
    expect(rest).toEqual([""]);
    expect(run.stderr).toMatch(/^sheetparse: fixtures\/check\/nope\.txt: .*no such file or directory\n$/);
    expect(run.code).toBe(2);
  });

  it("2 for an unknown rule, listing the known ones", async () => {
    const run = await runCli(["check", "fixtures/check/valid.txt", "--rule", "no-such-rule=off"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      'sheetparse: --rule: unknown rule "no-such-rule" (known rules: required-section, required-field, invalid-quantity, year-sequence, unit-mismatch, main-project-mismatch, position-mismatch, mixed-punctuation, target-not-met, unrecognized-line, no-sheet, unclaimed-cell)\n',
    );
  });

  it.each([
    [["--reporter", "xml"]],
    [["--max-warnings", "-1"]],
    [["--max-warnings", "many"]],
    [["--rule", "required-field=loud"]],
  ])("2 for a bad option %j", async (extra) => {
    const run = await runCli(["check", "fixtures/check/valid.txt", ...extra]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).not.toBe("");
  });

  it("--rule switches a rule off or makes it an error", async () => {
    expect(await runCli(["check", "fixtures/check/blank-approach.txt", "--rule", "required-field=off"])).toMatchObject({ code: 0, stdout: "" });
    expect((await runCli(["check", "fixtures/check/blank-approach.txt", "--rule", "required-field=error"])).code).toBe(1);
  });

  it("reads standard input", async () => {
    const run = await runCli(["check", "-", "--reporter", "github"], { input: readFileSync(join(repoRoot, "fixtures/check/invalid-quantity.txt")) });
    expect(run.stdout).toMatch(/^::error line=33,col=7,endLine=33,endColumn=11,title=invalid-quantity::/);
    expect(run.code).toBe(1);
  });
});

describe("check with a config file", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sheet = join(repoRoot, "fixtures/check/blank-approach.txt");

  it("finds sheetparse.config.yaml from the working directory upward; --rule wins over it", async () => {
    mkdirSync(join(dir, "city", "sheets"), { recursive: true });
    writeFileSync(join(dir, "city", "sheetparse.config.yaml"), "rules:\n  required-field: error\n");
    const cwd = join(dir, "city", "sheets");
    expect((await runCli(["check", sheet, "--reporter", "json"], { cwd })).code).toBe(1);
    expect((await runCli(["check", sheet, "--rule", "required-field=warn"], { cwd })).code).toBe(0);
  });

  it("takes maxWarnings from the file, and --max-warnings over it", async () => {
    const path = join(dir, "strict.yaml");
    writeFileSync(path, "maxWarnings: 0\n");
    expect((await runCli(["check", sheet, "--config", path])).code).toBe(1);
    expect((await runCli(["check", sheet, "--config", path, "--max-warnings", "5"])).code).toBe(0);
  });

  it("stops with exit 2 and the line and column of a problem in it", async () => {
    const path = join(dir, "bad.yaml");
    writeFileSync(path, "# rules for our sheets\nrules:\n  mixed-punctuations: off\n");
    const run = await runCli(["check", sheet, "--config", path]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^sheetparse: .*bad\.yaml:3:3: unknown rule "mixed-punctuations" \(known rules: required-section, /);
  });

  it("exit 2 for a --config file that does not exist", async () => {
    const run = await runCli(["check", sheet, "--config", join(dir, "nope.yaml")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope\.yaml: cannot read config file/);
  });
});

describe("check fails on input that was not read as a sheet (no-sheet)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-no-sheet-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("an empty file: exit 1", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const run = await runCli(["check", empty, "--reporter", "json"]);
    expect(run.code).toBe(1);
    const [entry] = JSON.parse(run.stdout) as { diagnostics: { ruleId: string; messageId: string }[] }[];
    expect(entry?.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([["no-sheet", "emptyInput"]]);
  });

  it("empty standard input: exit 1", async () => {
    expect((await runCli(["check", "-"], { input: "" })).code).toBe(1);
  });

  it("a README renamed .txt: exit 1; --rule no-sheet=warn relaxes it", async () => {
    const readme = join(dir, "README.txt");
    writeFileSync(readme, readFileSync(join(repoRoot, "README.md")));
    expect((await runCli(["check", readme, "--rule", "unrecognized-line=off"])).code).toBe(1);
    expect((await runCli(["check", readme, "--rule", "unrecognized-line=off", "--rule", "no-sheet=warn"])).code).toBe(0);
  });
});
