/**
 * `sheetparse report`: one self-contained HTML page for a batch of sheets. Inline CSS,
 * inline SVG, one small inline script allowed by its hash; a Content-Security-Policy that
 * allows nothing else, so the page makes no request of any kind, opened from disk or served.
 */
import { createHash } from "node:crypto";
import { html, trusted } from "./escape.js";
import { diagnosticList } from "./diagnostics.js";
import { buildFileModel, type FileEntry, type ReportFile, type ReportModel, type ReportSheets, type SheetEntry } from "./model.js";
import { overviewTableChunks } from "./overview-table.js";
import { policySection } from "./policy-section.js";
import { projectSection } from "./project-section.js";
import { SORT_SCRIPT } from "./sort-script.js";
import { moneyScaleFor } from "./format.js";
import { STYLES } from "./styles.js";
import { summaryChunks, type PageChunk } from "./summary.js";
import { BatchTotals } from "./totals.js";
import { Utf8Chunks } from "./utf8-chunks.js";

export type { ReportFile } from "./model.js";
export type { PageChunk } from "./summary.js";

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

const SECTION_END = "</section>";

/**
 * A file's section in pieces: its head, then each sheet's section as it is rendered, then
 * its end — so that a file of thousands of sheets never is one string (issue 13).
 */
function* fileSectionPieces(file: FileEntry, visit?: (sheet: SheetEntry) => () => void): Generator<string> {
  const loose = diagnosticList(file.diagnostics, file.fatal ? "読み込めませんでした" : "シートの外のチェック結果");
  // The head is the section as it would be without its sheets, less its end tag.
  const head = html`<section class="file" id="${file.id}" aria-labelledby="${file.id}-h"><h2 id="${file.id}-h">${file.label}</h2>${
    file.fatal ? null : html`<p class="muted">${file.lineCount}行、${file.encoding}</p>`
  }${loose === null ? null : html`<section class="file-diagnostics">${loose}</section>`}${file.sheets.length === 0 && !file.fatal ? html`<p class="muted">施策・事業のシートがありません。</p>` : null}</section>`.text;
  yield head.slice(0, -SECTION_END.length);
  for (const sheet of file.sheets) {
    const done = visit?.(sheet);
    yield (sheet.kind === "policy" ? policySection(sheet) : projectSection(sheet)).text;
    done?.();
  }
  yield SECTION_END;
}

/**
 * A file's sections when its sheets are read one at a time (`ReportFile.sheets`): each
 * stand-in gives way to its sheet while that sheet's section is rendered and its 事業 is
 * counted, then comes back, so that only one sheet is whole in memory. Sheets are rendered
 * in the order of each list (source order), so each list is read straight through.
 */
function* sectionsReadingSheets(model: ReportModel, sheets: ReportSheets, totals: BatchTotals): Generator<string> {
  const rows = new Utf8Chunks();
  const next = <T>(list: Iterator<T>): T => {
    const item = list.next();
    if (item.done === true) throw new Error("report: a file has fewer sheets than its Document lists");
    return item.value;
  };
  const visit = (sheet: SheetEntry): (() => void) => {
    if (sheet.kind === "policy") {
      const standIn = sheet.policy;
      sheet.policy = next(sheets.policies);
      return () => {
        sheet.policy = standIn;
      };
    }
    const standIn = sheet.project;
    sheet.project = next(sheets.projects);
    rows.add(totals.addProject(sheet));
    return () => {
      sheet.project = standIn;
    };
  };
  for (const file of model.files) yield* fileSectionPieces(file, visit);
  totals.addOverviewRows(rows);
}

/** The whole page as a string (UTF-8 when written). Pure: the same files give the same bytes. */
export function renderReport(files: readonly ReportFile[], options: ReportOptions = {}): string {
  return [...renderReportChunks(files, options)].join("");
}

const utf8 = new TextDecoder();

/**
 * The page in pieces, in order: the head with the summary and the overview table, then one
 * piece per file, then the end. Joined they are {@link renderReport}'s page. Two passes over
 * `files` — totals first, then the sections — so that only one file's section exists as a
 * string at a time. The CLI, which reads each file once, uses {@link ReportPage} instead.
 */
export function* renderReportChunks(files: readonly ReportFile[], options: ReportOptions = {}): Generator<string> {
  const totals = new BatchTotals();
  files.forEach((file, index) => totals.add(buildFileModel(file, index)));
  for (const chunk of pageTop(totals, options)) yield typeof chunk === "string" ? chunk : utf8.decode(chunk);
  for (const [index, file] of files.entries()) yield* sectionsOf(buildFileModel(file, index));
  yield pageBottom();
}

/**
 * The page built as its files are read (issue 15, item 6): {@link ReportPage.add} gives each
 * file's section at once, for the caller to set aside, and keeps only the totals that the
 * top of the page needs. Once every file is added, the page is {@link ReportPage.top},
 * then the sections in the order they were added, then {@link ReportPage.bottom}; byte for
 * byte the page of {@link renderReport}.
 */
export class ReportPage {
  private readonly totals = new BatchTotals();
  private readonly options: ReportOptions;

  constructor(options: ReportOptions = {}) {
    this.options = options;
  }

  /** Files added so far. */
  get files(): number {
    return this.totals.files;
  }

  /**
   * Adds the next file of the batch; returns its section, in pieces to be written in turn.
   * With `file.sheets`, the pieces must all be taken before {@link top}.
   */
  add(file: ReportFile): Generator<string> {
    const model = buildFileModel(file, this.totals.files);
    if (file.sheets === undefined) {
      this.totals.add(model);
      return sectionsOf(model);
    }
    // Its 事業 are counted as their sheets are read: the totals are whole once the sections are all taken.
    this.totals.addFile(model);
    return sectionsReadingSheets(model, file.sheets, this.totals);
  }

  /** Everything before the first section: head, summary, overview table. */
  top(): Generator<PageChunk> {
    return pageTop(this.totals, this.options);
  }

  /** Everything after the last section. */
  bottom(): string {
    return pageBottom();
  }
}

function* sectionsOf(model: ReportModel): Generator<string> {
  for (const file of model.files) yield* fileSectionPieces(file);
}

function* pageTop(totals: BatchTotals, options: ReportOptions): Generator<PageChunk> {
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
<body data-money-unit="${moneyScaleFor(totals.maxMoneyYen).key}">
<header class="page"><h1>${title}</h1><p class="muted">${totals.files}ファイル、施策${totals.policies}件、事業${totals.projects}件</p>
<nav class="toc" aria-label="目次"><ul><li><a href="#summary">概要</a></li><li><a href="#overview">事業の一覧</a></li><li><a href="#sheets">シート</a></li></ul></nav></header>
<main>
`.text;
  yield* summaryChunks(totals);
  yield html`
<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">事業の一覧</h2>`.text;
  yield* overviewTableChunks(totals);
  yield html`</section>
<div id="sheets">
`.text;
}

function pageBottom(): string {
  return html`
</div>
</main>
<footer class="page">sheetparse report が生成した自己完結型のページです (外部への通信はありません)。</footer>
<script>${trusted(SORT_SCRIPT)}</script>
</body>
</html>
`.text;
}
