/**
 * Plausible variations of the reference template found in review: each must be read,
 * never dropped silently. Sheets are written inline, ⇥ standing for a tab.
 */
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

const sheet = (...lines: string[]): string => lines.join("\n").replaceAll("⇥", "\t");
const head = ["事業の説明", "事業名⇥みどり文庫事業", "担当⇥図書館"];

describe("template variations", () => {
  it("a label alone on its line takes its value from the next line", () => {
    const document = parse(sheet("事業の説明", "事業名", "みどり文庫事業", "担当", "図書館", "予算科目", "一般会計", "", "総合計画上の位置付け", "施策の大綱", "学びのまち", "施策", "生涯学習"));
    const project = document.projects[0];
    expect([project?.name, project?.department, project?.budgetAccount]).toEqual(["みどり文庫事業", "図書館", "一般会計"]);
    expect([project?.position.outline, project?.policy]).toEqual(["学びのまち", "生涯学習"]);
    expect(document.unrecognized).toEqual([]);
  });

  it("a label with an empty value does not swallow a line after a blank line", () => {
    const document = parse(sheet(...head, "予算科目⇥⇥", "", "ここは説明ではない"));
    expect(document.projects[0]?.budgetAccount).toBeNull();
    expect(document.unrecognized.map((u) => u.line)).toEqual([6]);
  });

  it("the same year written twice agrees when the values mean the same, and a blank gives way", () => {
    const document = parse(sheet(...head, "【Do】これまでの実績と現在の取組み", "令和元年度⇥決算額⇥1,000千円", "成果実績⇥⇥", "当初の成果目標⇥⇥5 人", "平成31年度⇥決算額⇥1000千円", "成果実績⇥⇥4人", "当初の成果目標⇥⇥５人"));
    const year = document.projects[0]?.years[0];
    expect(year?.outcomeActual?.value).toBe(4);
    expect(year?.achievementRate).toBe(0.8);
    expect(document.diagnostics.filter((d) => d.ruleId === "year-sequence")).toEqual([]);
  });

  it("an opinion source may carry its text in the same row, or stand in brackets", () => {
    const document = parse(sheet("総合計画上の位置付け", "施策の大綱⇥A⇥施策の目的⇥B⇥施策⇥C", "令和2年度の取組状況への意見", "市議会からの意見⇥議会の意見。", "【市民からの意見】", "市民の意見。"));
    expect(document.policies[0]?.opinions.map((o) => [o.source, o.text])).toEqual([["市議会", "議会の意見。"], ["市民", "市民の意見。"]]);
  });

  it("成果指標 may carry its name and 単位 in its own row", () => {
    const document = parse(sheet(...head, "成果指標⇥貸出冊数⇥単位⇥冊"));
    expect(document.projects[0]?.indicator).toEqual({ name: "貸出冊数", unit: "冊" });
  });

  it("a value may follow its label in one cell without a space when it is quoted", () => {
    const document = parse(sheet("事業の説明", "事業名⇥みどり文庫事業", "担当⇥図書館⇥事業の目的「本に親しむ」機会を増やす。"));
    expect(document.projects[0]?.purpose).toBe("「本に親しむ」機会を増やす。");
  });

  it("a cell no label claims is reported, not dropped", () => {
    const document = parse(sheet(...head, "予算科目⇥一般会計⇥備考"));
    expect(document.diagnostics.filter((d) => d.ruleId === "unclaimed-cell").map((d) => [d.line, d.column])).toEqual([[4, 11]]);
  });

  it("a label word inside running text stays text", () => {
    const document = parse(sheet(...head, "【Do】これまでの実績と現在の取組み", "令和2年度⇥決算額⇥1", "実施内容と改善点⇥⇥", "登録を促した。", "成果目標 の達成に向け周知した。"));
    expect(document.projects[0]?.years[0]?.activities).toBe("登録を促した。\n成果目標 の達成に向け周知した。");
    expect(document.projects[0]?.years[0]?.outcomeTarget).toBeNull();
  });

  it("a text runs on across a page break, but ends at a plain blank line", () => {
    const document = parse(sheet(...head, "【Check】令和2年度実績の評価と分析", "評価⇥一行目。", "", "― 4 ―", "", "二行目。", "分析⇥分析。", "", "これは続きではない"));
    expect(document.projects[0]?.check?.evaluation).toBe("一行目。\n二行目。");
    expect(document.unrecognized.map((u) => u.text)).toEqual(["これは続きではない"]);
  });

  it("a row of dashes under 今後の成果目標's years is the not-applicable values row", () => {
    const document = parse(sheet(...head, "【Plan】今後の計画", "令和4年度⇥予算額⇥100千円", "今後の成果目標", "令和5年度⇥⇥令和6年度", "--⇥⇥--"));
    expect(document.projects[0]?.futureTargets.map((t) => t.value.status)).toEqual(["notApplicable", "notApplicable"]);
  });

  it("an invalid 当初の成果目標 leaves the rate to 成果目標", () => {
    const document = parse(sheet(...head, "【Do】これまでの実績と現在の取組み", "令和2年度⇥決算額⇥1", "成果目標⇥⇥10人", "成果実績⇥⇥5人", "当初の成果目標⇥⇥未定"));
    expect(document.projects[0]?.years[0]?.achievementRate).toBe(0.5);
  });
});

describe("notes in brackets", () => {
  it("a marker with a note is still a marker, and a label's unit note applies to bare numbers", () => {
    const document = parse(sheet(...head, "【Do】これまでの実績と現在の取組み⇥（単位：千円）", "令和3年度⇥予算額（千円）⇥12,345", "成果目標（人）⇥⇥500"));
    const year = document.projects[0]?.years[0];
    expect([year?.budget?.value, year?.budget?.unit, year?.budget?.yen]).toEqual([12345, "千円", 12345000]);
    expect([year?.outcomeTarget?.value, year?.outcomeTarget?.unit]).toEqual([500, "人"]);
    expect(document.unrecognized).toEqual([]);
  });

  it("a 目標 column heading may hold its year in brackets", () => {
    const document = parse(sheet("総合計画上の位置付け", "施策の大綱⇥A⇥施策の目的⇥B⇥施策⇥C", "目標", "指標名⇥指標の考え方⇥方向性⇥現状値（平成29年度）⇥目標値（令和4年度）", "貸出冊数⇥年間の貸出冊数⇥増やす⇥1,000冊⇥1,200冊"));
    expect(document.policies[0]?.targets[0]?.values.map((v) => [v.year, v.label, v.value.value])).toEqual([[2017, "現状値（平成29年度）", 1000], [2022, "目標値（令和4年度）", 1200]]);
  });
});

describe("a 事業 sheet whose 事業の説明 heading was lost", () => {
  it("starts at its 事業名 row at the top of a file", () => {
    const document = parse(sheet("事業名⇥みどり文庫事業", "担当⇥図書館", "総合計画上の位置付け", "施策の大綱⇥学びのまち", "施策⇥生涯学習", "【Do】これまでの実績と現在の取組み", "令和3年度⇥予算額⇥1,000千円"));
    expect(document.policies).toEqual([]);
    expect(document.projects.map((p) => [p.name, p.department, p.policy, p.years.length])).toEqual([["みどり文庫事業", "図書館", "生涯学習", 1]]);
    expect(document.unrecognized).toEqual([]);
  });

  it("starts at its 事業名 row after a 施策 sheet's 目標の達成状況", () => {
    const document = parse(sheet("総合計画上の位置付け", "施策の大綱⇥A⇥施策の目的⇥B⇥施策⇥C", "目標の達成状況", "", "事業名⇥X事業", "担当⇥総務課", "【Do】これまでの実績と現在の取組み", "令和3年度⇥予算額⇥1"));
    expect(document.policies[0]?.achievementStatus).toBeNull();
    expect(document.projects.map((p) => p.name)).toEqual(["X事業"]);
  });
});
