/**
 * `sheetparse report`: one self-contained HTML page for a batch of sheets. Inline CSS,
 * inline SVG, one small inline script allowed by its hash; a Content-Security-Policy that
 * allows nothing else, so the page makes no request of any kind, opened from disk or served.
 */
import { createHash } from "node:crypto";
import { html, trusted, type SafeHtml } from "./escape.js";
import { diagnosticList } from "./diagnostics.js";
import { buildReportModel, type FileEntry, type ReportFile } from "./model.js";
import { overviewTable } from "./overview-table.js";
import { policySection } from "./policy-section.js";
import { projectSection } from "./project-section.js";
import { SORT_SCRIPT } from "./sort-script.js";
import { STYLES } from "./styles.js";
import { summarySection } from "./summary.js";

export type { ReportFile } from "./model.js";

/** Options of the page. */
export interface ReportOptions {
  /** The page's <title> and heading; a default names the kind of sheets. */
  title?: string;
}

/** The CSP source of an inline script: `'sha256-…'` of its exact text. */
export function scriptHash(script: string): string {
  return `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;
}

/** The Content-Security-Policy of the page: nothing external, only our inline style and the script with this hash. */
export function contentSecurityPolicy(script: string): string {
  return `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptHash(script)}; img-src data:; base-uri 'none'; form-action 'none'`;
}

function fileSection(file: FileEntry): SafeHtml {
  const sheets = file.sheets.map((sheet) => (sheet.kind === "policy" ? policySection(sheet) : projectSection(sheet)));
  const loose = diagnosticList(file.diagnostics, file.fatal ? "読み込めませんでした" : "シートの外のチェック結果");
  return html`<section class="file" id="${file.id}" aria-labelledby="${file.id}-h"><h2 id="${file.id}-h">${file.label}</h2>${
    file.fatal ? null : html`<p class="muted">${file.lineCount}行、${file.encoding}</p>`
  }${loose === null ? null : html`<section class="file-diagnostics">${loose}</section>`}${file.sheets.length === 0 && !file.fatal ? html`<p class="muted">施策・事業のシートがありません。</p>` : null}${sheets}</section>`;
}

/** The whole page as a string (UTF-8 when written). Pure: the same files give the same bytes. */
export function renderReport(files: readonly ReportFile[], options: ReportOptions = {}): string {
  return [...renderReportChunks(files, options)].join("");
}

/**
 * The page in pieces, in order: the head with the summary and the overview table, then one
 * piece per file, then the end. Joined they are {@link renderReport}'s page. A batch of
 * 20,000 files makes a page of hundreds of megabytes; written piece by piece, only one
 * file's section exists as a string at a time (issue 15, item 6).
 */
export function* renderReportChunks(files: readonly ReportFile[], options: ReportOptions = {}): Generator<string> {
  const model = buildReportModel(files);
  const title = options.title ?? "行政評価シート レポート";
  yield html`<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(SORT_SCRIPT)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="sheetparse report">
<title>${title}</title>
<style>${trusted(STYLES)}</style>
</head>
<body>
<header class="page"><h1>${title}</h1><p class="muted">${model.files.length}ファイル、施策${model.policies.length}件、事業${model.projects.length}件</p>
<nav class="toc" aria-label="目次"><ul><li><a href="#summary">概要</a></li><li><a href="#overview">事業の一覧</a></li><li><a href="#sheets">シート</a></li></ul></nav></header>
<main>
${summarySection(model)}
<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">事業の一覧</h2>${overviewTable(model.projects)}</section>
<div id="sheets">
`.text;
  for (const file of model.files) yield fileSection(file).text;
  yield html`
</div>
</main>
<footer class="page">sheetparse report が生成した自己完結型のページです (外部への通信はありません)。</footer>
<script>${trusted(SORT_SCRIPT)}</script>
</body>
</html>
`.text;
}
