/**
 * The built-in `common` profile (SPEC §7.4): the reference template's words plus the label
 * variants most municipalities use for the same fields, from a survey of about forty
 * (shared/vocabulary.md). A sheet whose labelled rows use common wording reads with no
 * profile written. Words that label another concept elsewhere (方向性, 評価 as a grade) are
 * left out rather than guessed; labels of things the model has no key for are extras.
 */
import { referenceProfile } from "./reference.js";
import type { Profile } from "./schema.js";

const add = (base: readonly string[], more: readonly string[]): string[] => [...new Set([...base, ...more])];
const labels = referenceProfile.labels;

export const commonProfile: Profile = {
  ...referenceProfile,
  name: "common",
  description: "The reference template's words and the variants most cities use: labels (事務事業名, 担当課, 所管課, 目的 …), grid measures (事業費, 特定財源, 目標値 …) and titles (事務事業評価シート …)",
  labels: {
    ...labels,
    position: {
      outline: add(labels.position.outline, ["施策の柱", "基本施策", "分野別施策"]),
      objective: labels.position.objective,
      policy: add(labels.position.policy, ["施策名", "主要施策"]),
      direction: labels.position.direction,
    },
    mainProjects: {
      direction: labels.mainProjects.direction,
      project: add(labels.mainProjects.project, ["事務事業名"]),
      department: add(labels.mainProjects.department, ["担当課", "所管課"]),
    },
    description: {
      name: add(labels.description.name, ["事務事業名", "予算事業名", "予算書上の事務事業名", "計画事業名", "予算・事務事業名"]),
      department: add(labels.description.department, ["担当課", "所管課", "担当課名", "課名", "課(室)名", "室課名", "担当部課名", "所属部課名", "部課名", "担当部課", "課等名", "担当課室"]),
      purpose: add(labels.description.purpose, ["目的", "事業目的", "事業目的(あるべき姿)", "目指す状態", "案件の目的"]),
      budgetAccount: add(labels.description.budgetAccount, ["会計", "会計区分"]),
    },
    targets: {
      indicator: add(labels.targets.indicator, ["指標名称"]),
      basis: add(labels.targets.basis, ["指標設定の考え方及び算式", "説明(算式等)"]),
      direction: labels.targets.direction,
    },
    indicator: { unit: labels.indicator.unit },
  },
  // Grid measures (shared/vocabulary.md §5, §6). 総事業費 and 人件費 are not 事業費: extras.
  measures: {
    budget: ["予算額", "当初予算額", "予算現額", "予算額(当初)", "予算額(補正後)", "予算額計"],
    settlement: ["決算額", "決算", "執行額", "実績額計", "決算見込額", "決算見込"],
    cost: ["事業費", "事業費計", "事業費合計"],
    specificRevenue: ["うち特定財源", "特定財源", "特定財源計", "うち特財"],
    outcomeTarget: ["目標値", "計画値", "成果目標", "年度目標"],
    outcomeActual: ["実績値", "成果実績"],
    initialTarget: ["当初の成果目標"],
  },
  // Most cities' sheets have no PDCA headings: no section is required.
  requiredSections: [],
  titles: {
    policy: ["{year}施策評価シート", "施策評価シート", "{year}施策評価調書", "施策評価調書"],
    project: ["{year}事務事業評価シート", "事務事業評価シート", "{year}事務事業評価調書", "事務事業評価調書", "{year}事務事業評価表", "事務事業評価表"],
  },
  extras: [
    "担当部", "担当部名", "部名", "部局名", "担当部局", "担当係", "係名", "係等名",
    "所属長名", "課長名", "担当課長名", "担当者", "作成者", "作成責任者", "記入責任者",
    "根拠法令", "根拠法令等", "関連根拠法令等", "関係法令・条例等",
    "事業開始年度", "終了予定年度", "開始年度", "終了年度", "事業期間", "実施期間", "事業実施期間",
    "事業番号", "事務事業コード", "事業コード", "整理番号",
    "対象", "事業の対象", "手段", "事業の手段", "事業内容", "事業概要",
    "基本目標", "政策", "基本政策",
  ],
};
