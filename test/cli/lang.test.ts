/** `--lang` and the locale (SPEC §4–§5): Japanese messages on request, today's English otherwise; the HTML report always Japanese. */
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const SHEET = "test/cli/fixtures/invalid-quantity.txt";
const JA_QUANTITY = "令和2年度 決算額の「九千四百円くらい」は数値でも該当なしの記号（—）でも空欄でもありません（事業「自主防災組織育成支援事業」）";
const EN_QUANTITY = `令和2年度 決算額 "九千四百円くらい" is not a number, a not-applicable mark (—) or blank (事業 "自主防災組織育成支援事業")`;

describe("--lang and the locale", () => {
  it("check: Japanese messages under a ja locale, with the same messageIds", async () => {
    const japanese = await runCli(["check", SHEET, "--reporter", "json"], { env: { LANG: "ja_JP.UTF-8" } });
    const english = await runCli(["check", SHEET, "--reporter", "json"]);
    const messages = (run: typeof japanese) => (JSON.parse(run.stdout) as { diagnostics: { message: string; messageId: string }[] }[]).flatMap((file) => file.diagnostics);
    expect(messages(japanese).map((d) => d.message)).toContain(JA_QUANTITY);
    expect(messages(english).map((d) => d.message)).toContain(EN_QUANTITY);
    expect(messages(japanese).map((d) => d.messageId)).toEqual(messages(english).map((d) => d.messageId));
  });

  it("check --lang ja; LC_ALL wins over LANG; --lang en keeps today's English byte for byte", async () => {
    expect((await runCli(["check", SHEET, "--lang", "ja"])).stdout).toContain(JA_QUANTITY);
    const english = await runCli(["check", SHEET]);
    expect(english.stdout).toContain(EN_QUANTITY);
    expect((await runCli(["check", SHEET], { env: { LC_ALL: "C", LANG: "ja_JP.UTF-8" } })).stdout).toBe(english.stdout);
    expect((await runCli(["check", SHEET], { env: { LC_MESSAGES: "ja_JP.UTF-8" } })).stdout).toContain(JA_QUANTITY);
    const forced = await runCli(["check", SHEET, "--lang", "en"], { env: { LANG: "ja_JP.UTF-8" } });
    expect(forced.stdout).toBe(english.stdout);
    expect(forced.stderr).toBe(english.stderr);
    expect(forced.code).toBe(english.code);
  });

  it("the batch summary, unreadable inputs and usage errors in Japanese", async () => {
    const run = await runCli(["test/cli/fixtures/batch", "missing.txt", "--format", "ndjson", "--lang", "ja"]);
    expect(run.stderr).toContain("missing.txt: 読み込めません: ファイルもフォルダもありません\n");
    expect(run.stderr).toMatch(/sheetparse: 4 ファイル（読み取り 3、読み込めず 1）; 施策シート \d+、事業シート \d+; エラー 1、警告 \d+、情報 \d+\n/);
    expect(run.code).toBe(2);
    const usage = await runCli([SHEET, "--encoding", "nope"], { env: { LANG: "ja_JP.UTF-8" } });
    expect(usage.stderr).toBe('sheetparse: 文字コード "nope" は使えません（auto, utf-8, shift_jis, euc-jp, utf-16le or utf-16be のどれか）\n');
    expect(usage.code).toBe(2);
    expect((await runCli(["check", "missing.txt"], { env: { LANG: "ja_JP.UTF-8" } })).stderr).toContain("missing.txt: 読み込めません: ファイルもフォルダもありません");
  });

  it("refuses a language it does not have", async () => {
    const run = await runCli(["check", SHEET, "--lang", "fr"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--lang/);
  });

  it("report: the page is Japanese whatever --lang says; stderr follows --lang", async () => {
    const run = await runCli(["report", SHEET, "missing.txt", "--lang", "en"]);
    expect(run.stdout).toContain("数値でも該当なしの記号（—）でも空欄でもありません");
    expect(run.stdout).not.toContain("is not a number");
    expect(run.stdout).toContain("読み込めません");
    expect(run.stderr).toContain("missing.txt: no such file or directory");
  });
});
