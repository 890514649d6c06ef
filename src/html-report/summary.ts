/** The summary at the top: counts of files, 施策, 事業, achievement bands, and check results by severity and rule. */
import type { Severity } from "../model/schema.js";
import { html, type SafeHtml } from "./escape.js";
import { SEVERITIES, SEVERITY_LABELS, locationOf, severityBadge } from "./diagnostics.js";
import { BAND_LABELS, rateBand, type RateBand } from "./format.js";
import type { DiagnosticEntry, ReportModel } from "./model.js";
import { overviewRow } from "./overview-table.js";

/** Diagnostics grouped by rule id (Map: rule ids are values from the data, never object keys), rules sorted by worst severity then id. */
export function groupByRule(entries: readonly DiagnosticEntry[]): { ruleId: string; severity: Severity; entries: DiagnosticEntry[] }[] {
  const groups = new Map<string, DiagnosticEntry[]>();
  for (const entry of entries) {
    const list = groups.get(entry.diagnostic.ruleId);
    if (list) list.push(entry);
    else groups.set(entry.diagnostic.ruleId, [entry]);
  }
  const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);
  return [...groups]
    .map(([ruleId, list]) => ({ ruleId, entries: list, severity: list.reduce<Severity>((worst, e) => (rank(e.diagnostic.severity) < rank(worst) ? e.diagnostic.severity : worst), "info") }))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || a.ruleId.localeCompare(b.ruleId));
}

function stat(value: number, label: string, className = ""): SafeHtml {
  return html`<div class="stat ${className}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`;
}

function ruleTable(model: ReportModel): SafeHtml {
  if (model.diagnostics.length === 0) return html`<p>チェックで見つかった問題はありません。</p>`;
  const rows = groupByRule(model.diagnostics).map(
    (group) =>
      html`<tr><th scope="row"><code>${group.ruleId}</code></th><td>${severityBadge(group.severity)}</td><td class="num">${group.entries.length}</td><td><details><summary>箇所を表示</summary><ul class="occurrences">${group.entries.map(
        (entry) => html`<li><a href="#${entry.id}">${locationOf(entry)}</a></li>`,
      )}</ul></details></td></tr>`,
  );
  return html`<table class="rules"><caption>ルール別のチェック結果</caption><thead><tr><th scope="col">ルール</th><th scope="col">重大度</th><th scope="col">件数</th><th scope="col">箇所</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function fileTable(model: ReportModel): SafeHtml {
  const rows = model.files.map((file) => {
    const diagnostics = [...file.diagnostics, ...file.sheets.flatMap((sheet) => sheet.diagnostics)];
    const count = (severity: Severity): number => diagnostics.filter((d) => d.diagnostic.severity === severity).length;
    return html`<tr${file.fatal ? html` class="fatal"` : null}><th scope="row"><a href="#${file.id}">${file.label}</a></th><td>${file.fatal ? "読めません" : file.encoding}</td><td class="num">${file.lineCount}</td><td class="num">${file.sheets.filter((s) => s.kind === "policy").length}</td><td class="num">${file.sheets.filter((s) => s.kind === "project").length}</td>${SEVERITIES.map((severity) => html`<td class="num">${count(severity)}</td>`)}</tr>`;
  });
  return html`<details class="files"><summary>ファイルの一覧 (${model.files.length})</summary><table><thead><tr><th scope="col">ファイル</th><th scope="col">文字コード</th><th scope="col">行数</th><th scope="col">施策</th><th scope="col">事業</th>${SEVERITIES.map((severity) => html`<th scope="col">${SEVERITY_LABELS[severity]}</th>`)}</tr></thead><tbody>${rows}</tbody></table></details>`;
}

/** The summary section. */
export function summarySection(model: ReportModel): SafeHtml {
  const bands = new Map<RateBand, number>();
  for (const project of model.projects) {
    const band = rateBand(overviewRow(project).latestActual?.achievementRate ?? null);
    bands.set(band, (bands.get(band) ?? 0) + 1);
  }
  const bySeverity = (severity: Severity): number => model.diagnostics.filter((d) => d.diagnostic.severity === severity).length;
  const unreadable = model.files.filter((file) => file.fatal).length;
  return html`<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">概要</h2><div class="stats">${stat(model.files.length, "ファイル")}${unreadable > 0 ? stat(unreadable, "読めないファイル", "sev-error") : null}${stat(model.policies.length, "施策")}${stat(model.projects.length, "事業")}</div><div class="stats"><span class="stats-heading">最新実績年度の達成状況</span>${(["met", "near", "missed", "none"] as const).map((band) =>
    stat(bands.get(band) ?? 0, band === "none" ? "達成率なし" : BAND_LABELS[band], `band-${band}`),
  )}</div><div class="stats"><span class="stats-heading">チェック結果</span>${SEVERITIES.map((severity) => stat(bySeverity(severity), SEVERITY_LABELS[severity], `sev-${severity}`))}</div>${ruleTable(model)}${fileTable(model)}</section>`;
}
