/**
 * SPEC §7.1, never a wrong value: structure opens only on evidence, a table ends at the
 * first row that does not fit it, and a value taken from the next line must look like one.
 * Each case here swallowed lines or took a wrong value before.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, type Document } from "../../src/index.js";
import { referenceProfile } from "../../src/profile/reference.js";
import { builtinProfiles } from "../../src/profile/registry.js";
import { fixturesDir } from "../helpers/fixtures.js";

const sheet = (...lines: string[]): string => lines.join("\n").replaceAll("⇥", "\t");
const unrecognizedLines = (document: Document): number[] => document.unrecognized.map((u) => u.line);
const projectsOnly = readFileSync(join(fixturesDir, "projects-only.txt"), "utf8");

describe("a lone marker word opens nothing without its rows", () => {
  it.each(["目標", "目 標", "主要事業と関連部署", "目標の達成状況"])("%s before another city's lines swallows none of them", (word) => {
    const document = parse(sheet("さくら台市 事務事業評価", word, "市民の満足度を高める", "区分⇥令和4年度⇥令和5年度", "事業費⇥1,200⇥1,300"));
    expect(document.policies).toEqual([]);
    expect(unrecognizedLines(document)).toEqual([1, 2, 3, 4, 5]);
  });

  it("a sheet after such a line still reads in full", () => {
    const alone = parse(projectsOnly);
    const after = parse(sheet("目標", "達成率⇥98%") + "\n" + projectsOnly);
    expect(after.policies).toEqual([]);
    expect(after.projects.map((p) => [p.name, p.years.length])).toEqual(alone.projects.map((p) => [p.name, p.years.length]));
    expect(unrecognizedLines(after).slice(0, 2)).toEqual([1, 2]);
  });

  it("目標 with its header row still opens the 目標 table", () => {
    const document = parse(sheet("目標", "指標名⇥指標の考え方⇥方向性⇥2017年⇥2022年", "参加者数⇥延べ人数⇥増やす⇥100人⇥150人"));
    expect(document.policies[0]?.targets.map((t) => [t.indicator, t.values.map((v) => v.value.value)])).toEqual([["参加者数", [100, 150]]]);
    expect(document.unrecognized).toEqual([]);
  });

  it("目標の達成状況 inside a 施策 sheet still takes its text", () => {
    const document = parse(sheet("総合計画上の位置付け", "施策の大綱⇥A⇥施策⇥B", "目標の達成状況", "おおむね順調である。"));
    expect(document.policies[0]?.achievementStatus).toBe("おおむね順調である。");
  });

  it("成果指標 with no 事業 sheet open opens none", () => {
    const document = parse(sheet("成果指標", "参加者数"));
    expect(document.projects).toEqual([]);
    expect(unrecognizedLines(document)).toEqual([1, 2]);
  });

  it("事業の説明 without a row of its labels is unrecognised", () => {
    const document = parse(sheet("事業の説明", "この事業は市民のためのものです。"));
    expect(document.projects).toEqual([]);
    expect(unrecognizedLines(document)).toEqual([1, 2]);
  });
});

describe("a table ends at the first row that does not fit", () => {
  it("a line of prose after the 主要事業と関連部署 rows is not a row", () => {
    const document = parse(sheet(
      "総合計画上の位置付け", "施策の大綱⇥A⇥施策⇥B",
      "主要事業と関連部署", "施策の方向⇥事業名⇥部署名", "地域の防災⇥防災訓練事業⇥防災課",
      "以下は別の資料である。", "備品⇥机⇥椅子",
    ));
    expect(document.policies[0]?.mainProjects.map((m) => m.project)).toEqual(["防災訓練事業"]);
    expect(unrecognizedLines(document)).toEqual([6, 7]);
  });

  it("a row that starts with a label of another part ends the 目標 table and is read afresh", () => {
    const document = parse(sheet(
      "目標", "指標名⇥指標の考え方⇥方向性⇥2017年⇥2022年", "参加者数⇥延べ人数⇥増やす⇥100人⇥150人",
      "事業名⇥防災訓練事業", "担当⇥防災課",
    ));
    expect(document.policies[0]?.targets).toHaveLength(1);
    expect(document.projects.map((p) => [p.name, p.department])).toEqual([["防災訓練事業", "防災課"]]);
  });
});

describe("a value taken from the next line must look like a value", () => {
  it("a label standing alone does not take a label of another section as its value", () => {
    const document = parse(sheet("事業の説明", "担当⇥防災課", "事業名", "部署名"));
    expect(document.projects[0]?.name).toBeNull();
    expect(unrecognizedLines(document)).toEqual([4]);
  });

  it("nor a label of another section, letter-spaced", () => {
    const profile = { ...referenceProfile, name: "with-rate", extras: ["執行率"] };
    const document = parse(sheet("事業の説明", "事業名⇥防災訓練事業", "執行率", "指 標 名"), { profile });
    expect(document.projects[0]?.extras).toEqual([{ label: "執行率", value: "", line: 3 }]);
    expect(unrecognizedLines(document)).toEqual([4]);
  });

  it.each(["1", "(2)", "②", "Ⅲ-1", "ア", "令和3年度", "【Do】これまでの実績と現在の取組み"])("nor %s", (next) => {
    const document = parse(sheet("事業の説明", "担当⇥防災課", "事業名", next));
    expect(document.projects[0]?.name).toBeNull();
  });

  it("a prose text ends at a line that is a label of another part", () => {
    const document = parse(sheet("事業の説明", "事業名⇥防災訓練事業", "事業の目的⇥市民の安全を守る。", "指標名⇥参加者数"));
    expect(document.projects[0]?.purpose).toBe("市民の安全を守る。");
    expect(unrecognizedLines(document)).toEqual([4]);
  });
});

describe("labels and markers match without an enumerator or code (SPEC §7.2)", () => {
  it.each(["1 事業名", "1.事業名", "(2) 事業名", "② 事業名", "Ⅲ-1 事業名", "ア 事業名", "事業名(コード)"])("%s", (label) => {
    const document = parse(sheet("1 事業の説明", `${label}⇥防災訓練事業`, "(3) 担当⇥防災課"));
    expect(document.projects[0]).toMatchObject({ name: "防災訓練事業", department: "防災課" });
    expect(document.unrecognized).toEqual([]);
  });

  it("an enumerator in front of a word that is no label stays unread", () => {
    const document = parse(sheet("事業の説明", "事業名⇥防災訓練事業", "(4) 備考欄⇥なし"));
    expect(unrecognizedLines(document)).toEqual([3]);
  });
});

describe("several label value pairs in one cell are split at the profile's labels (SPEC §7.2)", () => {
  const common = builtinProfiles.get("common");

  it("担当部 … 担当課 … 課長名 …: the department and two extras", () => {
    if (!common) throw new Error("no common profile");
    const document = parse(sheet("事業の説明", "事業名 公園愛護活動支援事業", "担当部 市民生活部 担当課 環境保全課 課長名 佐藤 花子"), { profile: { ...common, extras: [...common.extras, "課長名"] } });
    expect(document.projects[0]).toMatchObject({ name: "公園愛護活動支援事業", department: "環境保全課" });
    expect(document.projects[0]?.extras.map((e) => [e.label, e.value])).toEqual([["担当部", "市民生活部"], ["課長名", "佐藤 花子"]]);
    expect(document.unrecognized).toEqual([]);
  });

  it("a value keeps its single spaces up to the next label; a word no profile knows stays in the value", () => {
    const document = parse(sheet("事業の説明", "事業名 みどり文庫事業", "担当 健康福祉部 国保年金課 所属長名 山田 太郎"));
    // The reference keeps no 所属長名: it is part of the value, as written, not a guessed split.
    expect(document.projects[0]?.department).toBe("健康福祉部 国保年金課 所属長名 山田 太郎");
  });

  it("a prose value is never split", () => {
    const document = parse(sheet("事業の説明", "事業名 みどり文庫事業", "事業の目的 予算科目 の見直しに合わせて 担当 を決める。"));
    expect(document.projects[0]?.purpose).toBe("予算科目 の見直しに合わせて 担当 を決める。");
    expect(document.projects[0]?.budgetAccount).toBeNull();
  });

  it("an enumerated label heads its cell too", () => {
    const document = parse(sheet("事業の説明", "(1) 事業名 みどり文庫事業", "② 担当 図書館"));
    expect(document.projects[0]).toMatchObject({ name: "みどり文庫事業", department: "図書館" });
  });
});
