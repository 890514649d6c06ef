/**
 * The command line's own words in Japanese (issue 14, part 2): usage errors, commander's
 * errors, help pages, the stylish footer, --profile and --rule errors, the --profile auto
 * note. Under a ja locale without --lang, and the same runs with --lang en kept English.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const JA = { env: { LANG: "ja_JP.UTF-8" } };
const CHECKED = ["fixtures/check/blank-approach.txt", "fixtures/check/year-gap.txt", "fixtures/check/mixed-punctuation.txt"];

describe("usage errors under a Japanese locale, and with --lang en", () => {
  it("a mistyped command", async () => {
    expect(await runCli(["chekc", "x.txt"], JA)).toMatchObject({ stdout: "", stderr: "sheetparse: コマンド \"chekc\" はありません（check のことですか）\n", code: 2 });
    expect(await runCli(["chekc", "x.txt", "--lang", "en"], JA)).toMatchObject({ stdout: "", stderr: 'sheetparse: unknown command "chekc" — did you mean check?\n', code: 2 });
    expect((await runCli(["help", "chekc"], JA)).stderr).toMatch(/^sheetparse: コマンド "chekc" はありません（check のことですか）（コマンド: .*check.*）\n$/);
  });

  it("an unknown option, with commander's suggestion, and the hint", async () => {
    expect(await runCli(["--formt", "json"], JA)).toMatchObject({
      stderr: "エラー: オプション '--formt' はありません\n（--format のことですか）\n（使い方は sheetparse --help で表示されます）\n",
      code: 2,
    });
    expect(await runCli(["--formt", "json", "--lang", "en"], JA)).toMatchObject({
      stderr: "error: unknown option '--formt'\n(Did you mean --format?)\n(run sheetparse --help for usage)\n",
      code: 2,
    });
  });

  it("a bad choice, a missing argument, too many arguments, a refused value", async () => {
    expect((await runCli(["--format", "xml"], JA)).stderr).toContain("エラー: オプション '--format <format>' の値 'xml' は使えません（json, ndjson, yaml, csv のどれか）\n");
    expect((await runCli(["ast"], JA)).stderr).toContain("エラー: 引数 'file' がありません\n");
    expect((await runCli(["schema", "x"], JA)).stderr).toContain("エラー: 'schema' の引数が多すぎます（引数はとりません、指定は 1 個）\n");
    expect((await runCli(["check", "--max-warnings", "1e3"], JA)).stderr).toContain("の値 '1e3' は使えません。0 以上の整数を十進の数字で指定してください。\n");
    expect((await runCli(["x.txt", "--bom"], JA)).stderr).toBe("sheetparse: --bom は --format csv でだけ使えます（使い方は sheetparse --help で表示されます）\n");
    // A value commander echoes stays one line, in either language.
    expect((await runCli(["--format", "a\nb"], JA)).stderr.split("\n")[0]).toContain("'a\\nb'");
    expect((await runCli(["--format", "xml", "--lang", "en"], JA)).stderr).toBe("error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, yaml, csv.\n(run sheetparse --help for usage)\n");
  });

  it("--profile and --rule errors", async () => {
    const sheet = "fixtures/policy-with-projects.txt";
    expect((await runCli([sheet, "--profile", "nope"], JA)).stderr).toBe("sheetparse: プロファイル \"nope\" はありません（組み込みのプロファイル: reference, common。または YAML のプロファイルファイルを指定）\n");
    expect((await runCli([sheet, "--profile", "nope", "--lang", "en"], JA)).stderr).toBe('sheetparse: unknown profile "nope" (built-in profiles: reference, common; or give a YAML profile file)\n');
    expect((await runCli(["check", sheet, "--rule", "year-sequence=loud"], JA)).stderr).toBe('sheetparse: --rule year-sequence: 重大度 "loud" は使えません（off, warn, warning, error, info のどれか）\n');
    expect((await runCli(["check", sheet, "--config", "nope.yaml"], JA)).stderr).toBe("sheetparse: nope.yaml: 設定ファイルを読み込めません: ファイルもフォルダもありません\n");
  });
});

describe("help pages", () => {
  it("--help, check --help and help check in Japanese, same options as in English", async () => {
    const japanese = await runCli(["--help"], JA);
    expect(japanese.code).toBe(0);
    expect(japanese.stdout).toMatch(/^使い方: sheetparse \[options\] \[command\] \[inputs\.\.\.\]\n/);
    expect(japanese.stdout).toContain("\nオプション:\n");
    expect(japanese.stdout).toContain("ヘルプを表示する");
    expect((await runCli(["help", "check"], JA)).stdout).toBe((await runCli(["check", "--help"], JA)).stdout);
    const flags = (text: string) => [...text.matchAll(/^ {2}(?:-\w, )?(--[a-z-]+)/gm)].map((match) => match[1]);
    for (const args of [["--help"], ["check", "--help"], ["report", "--help"]]) {
      expect(flags((await runCli(args, JA)).stdout)).toEqual(flags((await runCli(args)).stdout));
      expect((await runCli([...args, "--lang", "en"], JA)).stdout).toBe((await runCli(args)).stdout);
    }
  });

  it("wraps Japanese within the width, never starting a line with a closing bracket or punctuation", async () => {
    const { stdout } = await runCli(["check", "--help"], JA);
    expect(stdout).toContain("ルール（既定の重大度は README に）:");
    for (const line of stdout.split("\n")) {
      // The after-help text is wrapped by hand; commander's part is wrapped by display width at 80.
      expect(line.trimStart()).not.toMatch(/^[、。）」]/);
    }
  });
});

describe("check's report and notes", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-lang-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("the stylish footer and severities", async () => {
    const run = await runCli(["check", ...CHECKED], JA);
    expect(run.stdout).toContain("  29:4  警告  【Action】方針が空欄です");
    expect(run.stdout).toContain("  31:1  エラー  令和3年度が令和元年度の次にあり");
    expect(run.stdout.endsWith("\n✖ 問題 3 件（エラー 1、警告 1、情報 1）\n")).toBe(true);
    const english = await runCli(["check", ...CHECKED, "--lang", "en"], JA);
    expect(english.stdout).toBe((await runCli(["check", ...CHECKED])).stdout);
    expect(english.stdout.endsWith("\n✖ 3 problems (1 error, 1 warning, 1 info)\n")).toBe(true);
  });

  it("the --profile auto note", async () => {
    const notes = join(dir, "notes.txt");
    writeFileSync(notes, "# notes\n\nnothing to see\n");
    expect((await runCli(["check", notes, "--profile", "auto"], JA)).stderr).toContain(
      `sheetparse: ${notes}: --profile auto: よく合うプロファイルがありません。"reference" でも 2 行中 0 行しか読み取れません`,
    );
    expect((await runCli(["check", notes, "--profile", "auto", "--lang", "en"], JA)).stderr).toContain(`--profile auto: no profile fits well; "reference" recognised only 0 of 2 lines`);
  });
});
