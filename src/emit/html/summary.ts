/**
 * The summary at the top: counts of files, 施策, 事業, achievement bands, and check results
 * by severity and rule. Rendered from the batch's totals, in pieces: its rows were set
 * aside as the files were read, and are written out as they are, never joined.
 */
import { html, type SafeHtml } from "./escape.js";
import { SEVERITIES, SEVERITY_LABELS, severityBadge } from "./diagnostics.js";
import { BAND_LABELS } from "./format.js";
import type { BatchTotals } from "./totals.js";

/** A piece of the page: markup, or markup already encoded as UTF-8. */
export type PageChunk = string | Uint8Array;

function stat(value: number, label: string, className = ""): SafeHtml {
  return html`<div class="stat ${className}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`;
}

function* ruleTable(totals: BatchTotals): Generator<PageChunk> {
  if (totals.diagnostics === 0) {
    yield html`<p>チェックで見つかった問題はありません。</p>`.text;
    return;
  }
  yield html`<table class="rules"><caption>ルール別のチェック結果</caption><thead><tr><th scope="col">ルール</th><th scope="col">重大度</th><th scope="col">件数</th><th scope="col">箇所</th></tr></thead><tbody>`.text;
  for (const rule of totals.sortedRules()) {
    yield html`<tr><th scope="row"><code>${rule.ruleId}</code></th><td>${severityBadge(rule.severity)}</td><td class="num">${rule.count}</td><td><details><summary>箇所を表示</summary><ul class="occurrences">`.text;
    yield* rule.occurrences;
    yield "</ul></details></td></tr>";
  }
  yield "</tbody></table>";
}

function* fileTable(totals: BatchTotals): Generator<PageChunk> {
  yield html`<details class="files"><summary>ファイルの一覧 (${totals.files})</summary><div class="table-wrap"><table><thead><tr><th scope="col">ファイル</th><th scope="col">文字コード</th><th scope="col">行数</th><th scope="col">施策</th><th scope="col">事業</th>${SEVERITIES.map((severity) => html`<th scope="col">${SEVERITY_LABELS[severity]}</th>`)}</tr></thead><tbody>`.text;
  yield* totals.fileRows;
  yield "</tbody></table></div></details>";
}

/** The summary section, in pieces. */
export function* summaryChunks(totals: BatchTotals): Generator<PageChunk> {
  const bySeverity = (severity: (typeof SEVERITIES)[number]): number => totals.severities.get(severity) ?? 0;
  yield html`<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">概要</h2><div class="stats">${stat(totals.files, "ファイル")}${totals.unreadable > 0 ? stat(totals.unreadable, "読めないファイル", "sev-error") : null}${stat(totals.policies, "施策")}${stat(totals.projects, "事業")}</div><div class="stats"><span class="stats-heading">最新実績年度の達成状況</span>${(["met", "near", "missed", "none"] as const).map((band) =>
    stat(totals.bands.get(band) ?? 0, band === "none" ? "達成率なし" : BAND_LABELS[band], `band-${band}`),
  )}</div><div class="stats"><span class="stats-heading">チェック結果</span>${SEVERITIES.map((severity) => stat(bySeverity(severity), SEVERITY_LABELS[severity], `sev-${severity}`))}</div>`.text;
  yield* ruleTable(totals);
  yield* fileTable(totals);
  yield "</section>";
}
