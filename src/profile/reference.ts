/** The reference template (Joso City's 施策評価 / 事務事業評価 sheets), as profile data. */
import type { Profile } from "./schema.js";

export const referenceProfile: Profile = {
  name: "reference",
  description: "The reference template: 総合計画上の位置付け, 主要事業と関連部署, 目標, 事業の説明, 【Do】【Check】【Action】【Plan】",
  markers: {
    position: ["総合計画上の位置付け"],
    mainProjects: ["主要事業と関連部署"],
    targets: ["目標"],
    opinions: ["{year}の取組状況への意見", "取組状況への意見"],
    achievementStatus: ["目標の達成状況"],
    description: ["事業の説明"],
    do: ["【Do】これまでの実績と現在の取組み", "【Do】これまでの実績と現在の取組"],
    check: ["【Check】{year}実績の評価と分析", "【Check】実績の評価と分析"],
    action: ["【Action】今後に向けた改善点"],
    indicator: ["成果指標"],
    plan: ["【Plan】今後の計画"],
  },
  labels: {
    position: {
      outline: ["施策の大綱"],
      objective: ["施策の目的", "施策の目標"],
      policy: ["施策"],
      direction: ["施策の方向"],
    },
    mainProjects: { direction: ["施策の方向"], project: ["事業名"], department: ["部署名"] },
    targets: { indicator: ["指標名"], basis: ["指標の考え方"], direction: ["方向性"] },
    description: { name: ["事業名"], department: ["担当"], purpose: ["事業の目的"], budgetAccount: ["予算科目"] },
    yearBlock: {
      budget: ["予算額"],
      settlement: ["決算額"],
      specificRevenue: ["うち特定財源"],
      outcomeTarget: ["成果目標"],
      outcomeActual: ["成果実績"],
      initialTarget: ["当初の成果目標"],
      activities: ["実施内容と改善点", "実施内容"],
    },
    check: { evaluation: ["評価"], analysis: ["分析"] },
    action: { approach: ["方針"] },
    indicator: { unit: ["単位"] },
    plan: { futureTargets: ["今後の成果目標"] },
  },
  opinionSourceSuffixes: ["からの意見"],
  artifacts: { lines: ["NEXT CYCLE"], pageNumbers: true },
  extras: [],
  notApplicableMarks: [],
  defaultMoneyUnit: null,
};
