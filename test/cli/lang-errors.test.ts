/**
 * The output's and the profile's errors in Japanese under a ja locale, at the same place of
 * the file, and `--lang en` printing exactly what sheetparse printed before (issue 14, part 2).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot, runCli, type Transcript } from "./helpers.js";

const JA = { LANG: "ja_JP.UTF-8" };
const dir = mkdtempSync(join(tmpdir(), "sheetparse-lang-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = join(dir, "sheet.txt");
copyFileSync(join(repoRoot, "test/cli/fixtures/invalid-quantity.txt"), sheet);

function profile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The run under a ja locale, and with `--lang en` under it, which must be the C locale's run byte for byte. */
async function both(args: readonly string[]): Promise<{ ja: Transcript; en: Transcript }> {
  const ja = await runCli(args, { env: JA });
  const en = await runCli([...args, "--lang", "en"], { env: JA });
  const today = await runCli(args);
  expect(en.stderr).toBe(today.stderr);
  expect(en.code).toBe(today.code);
  expect(ja.code).toBe(today.code);
  return { ja, en };
}

describe("output errors follow the language", () => {
  it("an --output in a folder that does not exist", async () => {
    const out = join(dir, "no-such-folder", "out.json");
    const { ja, en } = await both([sheet, "-o", out]);
    expect(en.stderr).toBe(`sheetparse: cannot write ${out}: no such directory\n`);
    expect(ja.stderr).toBe(`sheetparse: ${out} に書き込めません: そのフォルダはありません\n`);
    expect(ja.code).toBe(2);
  });

  it("an --output that is a folder, for report too", async () => {
    const { ja, en } = await both(["report", sheet, "-o", dir]);
    expect(en.stderr).toBe(`sheetparse: cannot write ${dir}: is a directory\n`);
    expect(ja.stderr).toBe(`sheetparse: ${dir} に書き込めません: フォルダです\n`);
  });

  it("-o naming an input is refused", async () => {
    const { ja, en } = await both([sheet, "-o", sheet]);
    expect(en.stderr).toBe(`sheetparse: refusing to overwrite ${sheet}: it is one of the inputs\n`);
    expect(ja.stderr).toBe(`sheetparse: ${sheet} は上書きしません: 入力の一つです\n`);
    expect(ja.code).toBe(2);
  });
});

describe("profile errors follow the language, at the same file:line:column", () => {
  it("a bad key", async () => {
    const path = profile("bad-key.yaml", "name: x\nlabels:\n  yearBlock:\n    budgett: [予算]\nextends: reference\n");
    const { ja, en } = await both([sheet, "--profile", path]);
    expect(en.stderr).toBe(`sheetparse: ${path}:4:5: labels.yearBlock: unknown key "budgett"\n`);
    expect(ja.stderr).toBe(`sheetparse: ${path}:4:5: labels.yearBlock: プロファイルに "budgett" というキーはありません\n`);
  });

  it("a word removed that the base does not have", async () => {
    const path = profile("remove.yaml", "name: x\nextends: reference\nlabels:\n  description:\n    name: { remove: [事務事業名] }\n");
    const { ja, en } = await both([sheet, "--profile", path]);
    expect(en.stderr).toMatch(new RegExp(`^sheetparse: ${path}:5:22: labels\\.description\\.name\\.remove\\.0: cannot remove "事務事業名": the base profile has no such word here \\(it has "事業名"`));
    expect(ja.stderr).toMatch(new RegExp(`^sheetparse: ${path}:5:22: labels\\.description\\.name\\.remove\\.0: "事務事業名" は外せません: もとのプロファイルのここにその語はありません（あるのは "事業名"`));
  });

  it("an extends cycle, inside the extended profile's own place", async () => {
    const a = profile("a.yaml", "name: a\nextends: ./b.yaml\n");
    profile("b.yaml", "name: b\nextends: ./a.yaml\n");
    const { ja, en } = await both([sheet, "--profile", a]);
    expect(en.stderr).toMatch(/a\.yaml:2:10: in extended profile: .*b\.yaml:2:10: extends \.\/a\.yaml, which extends this profile again \(a cycle\)\n$/);
    expect(ja.stderr).toMatch(/a\.yaml:2:10: extends したプロファイルの誤り: .*b\.yaml:2:10: extends \.\/a\.yaml がこのプロファイルを再び extends しています（循環）\n$/);
  });

  it("an unknown profile and several profiles without auto", async () => {
    expect((await both([sheet, "--profile", "nope"])).ja.stderr).toBe('sheetparse: プロファイル "nope" はありません（組み込みのプロファイル: reference, common。または YAML のプロファイルファイルを指定）\n');
    expect((await both([sheet, "--profile", "reference", "--profile", "common"])).ja.stderr).toBe(
      "sheetparse: --profile は一つだけ指定してください（複数指定できるのは --profile auto と一緒のときです）\n",
    );
  });
});

describe("read errors follow the language", () => {
  it("a broken symlink and a device", async () => {
    const link = join(dir, "gone.txt");
    symlinkSync(join(dir, "target.txt"), link);
    const { ja, en } = await both([link, "/dev/zero"]);
    expect(en.stderr).toContain(`${link}: broken symlink (to ${join(dir, "target.txt")})`);
    expect(ja.stderr).toContain(`${link}: 読み込めません: リンク先のないシンボリックリンクです（${join(dir, "target.txt")} へのリンク）`);
    expect(en.stderr).toContain("/dev/zero: not a regular file (a character device); give a file, or - for standard input");
    expect(ja.stderr).toContain("/dev/zero: 読み込めません: 通常のファイルではありません（キャラクタデバイス）");
  });

  it("what a folder search skips: a loop back, /proc, a broken link", async () => {
    const folder = join(dir, "search");
    mkdirSync(join(folder, "a"), { recursive: true });
    copyFileSync(sheet, join(folder, "a", "sheet.txt"));
    symlinkSync(folder, join(folder, "a", "up"));
    symlinkSync("/proc/1", join(folder, "proc"));
    symlinkSync("nowhere.txt", join(folder, "broken.txt"));
    const { ja, en } = await both([folder]);
    expect(en.stderr).toContain(`${join(folder, "a", "up")}: symlink loop: leads back to ${folder}`);
    expect(ja.stderr).toContain(`${join(folder, "a", "up")}: 読み込めません: シンボリックリンクが循環しています（${folder} に戻ります）`);
    expect(en.stderr).toMatch(/proc: not searched: \/proc\/\d+ is inside \/proc or \/sys/);
    expect(ja.stderr).toMatch(/proc: 読み込めません: 検索しません: \/proc\/\d+ は \/proc か \/sys の中です/);
    expect(en.stderr).toContain(`${join(folder, "broken.txt")}: broken symlink (to nowhere.txt)`);
    expect(ja.stderr).toContain(`${join(folder, "broken.txt")}: 読み込めません: リンク先のないシンボリックリンクです（nowhere.txt へのリンク）`);
  });
});
