/**
 * Report inputs made the way `sheetparse report` makes them (parse, add positions), with
 * the diagnostics a test gives instead of the rules' own, so the page tests do not change
 * when rules are added or reworded.
 */
import { addPositions } from "../../../src/emit/positions.js";
import type { ReportFile } from "../../../src/emit/html/model.js";
import type { Diagnostic, Severity } from "../../../src/model/schema.js";
import { parseDetailed } from "../../../src/parse.js";

/** One input of a report from sheet text, with these diagnostics. */
export function reportFileOf(text: string, path: string | null, diagnostics: readonly Diagnostic[] = []): ReportFile {
  const result = parseDetailed(text, { path });
  const document = result.model ? addPositions(result.document, result.model.locations) : result.document;
  return { path, document: { ...document, diagnostics: [...diagnostics] }, fatal: result.fatal };
}

/** A diagnostic for tests. */
export function diagnosticAt(path: string | null, line: number, ruleId = "target-not-met", severity: Severity = "info", message = "below target"): Diagnostic {
  return { ruleId, messageId: "test", severity, message, line, column: 7, path };
}

/** A 施策 sheet with one 事業, cells taken from `cells` so that tests can put anything in them. */
export function sheetText(cells: { policy?: string; project?: string; department?: string; purpose?: string; opinion?: string; evaluation?: string } = {}): string {
  const policy = cells.policy ?? "防災・減災対策の推進";
  const project = cells.project ?? "自主防災組織育成支援事業";
  const department = cells.department ?? "防災危機管理課";
  return [
    "総合計画上の位置付け",
    "",
    `施策の大綱\t安全で安心して暮らせるまちづくり\t施策の目的\t災害に強い地域をつくる\t施策\t${policy}`,
    "",
    "主要事業と関連部署",
    "",
    "施策の方向\t事業名\t部署名",
    `地域防災力の向上\t${project}\t${department}`,
    "",
    "目標",
    "",
    "指標名\t指標の考え方\t方向性\t2017年\t2022年",
    "自主防災組織の結成率\t行政区の割合\t結成率80%を目指す。\t68.4%\t80.0%",
    "",
    "令和3年度の取組状況への意見",
    "",
    "行政評価委員会（外部委員）からの意見",
    "",
    cells.opinion ?? "個別の支援を検討してほしい。",
    "",
    "事業の説明",
    "",
    `事業名\t${project}`,
    `担当\t${department}\t事業の目的 ${cells.purpose ?? "共助の体制を整える。"}`,
    "予算科目\t一般会計 消防費 災害対策費",
    "",
    "総合計画上の位置付け",
    "",
    "施策の大綱\t安全で安心して暮らせるまちづくり",
    "施策の目標\t災害に強い地域をつくる",
    `施策\t${policy}`,
    "施策の方向\t地域防災力の向上",
    "",
    "【Do】これまでの実績と現在の取組み",
    "",
    "令和4年度\t予算額\t12,345 千円",
    "成果目標\t\t72 %",
    "実施内容と改善点\t\t",
    "説明会を開いた。\t\t",
    "",
    "令和3年度\t決算額\t10,876 千円",
    "成果実績\t\t70.5 %",
    "当初の成果目標\t\t72 %",
    "実施内容と改善点\t\t",
    "補助した。\t\t",
    "",
    "【Check】令和3年度実績の評価と分析",
    "",
    `評価\t${cells.evaluation ?? "訓練は24回となった。"}`,
    "分析\t担い手不足が壁になっている。",
    "",
    "【Action】今後に向けた改善点",
    "",
    "方針\t訓練メニューを用意する。",
    "",
    "成果指標\t",
    "自主防災組織の結成率\t",
    "単位\t%",
    "",
    "【Plan】今後の計画",
    "",
    "令和5年度\t予算額\t1億2,000万円",
    "成果目標\t\t75 %",
    "実施内容\t\t",
    "合同訓練を行う。\t\t",
    "",
    "今後の成果目標\t\t",
    "令和6年度\t\t令和7年度",
    "78 %\t\t80 %",
    "",
  ].join("\n");
}

/** Every `href="#id"` of a page and every `id="…"` it has. */
export function anchorsOf(page: string): { links: string[]; ids: string[] } {
  return {
    links: [...page.matchAll(/href="#([^"]*)"/g)].map((match) => match[1] ?? ""),
    ids: [...page.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1] ?? ""),
  };
}
