/**
 * The overview table of every 事業. Plain HTML that reads without JavaScript; each cell
 * carries `data-sort` (a number, or text) so the inline script can sort by any column.
 */
import type { FiscalYearRecord, ProjectSheet, Quantity } from "../../model/schema.js";
import { html, type SafeHtml } from "./escape.js";
import { BAND_LABELS, eraFiscalYear, formatRate, formatYen, rateBand } from "./format.js";
import type { ProjectEntry } from "./model.js";
import type { PageChunk } from "./summary.js";
import type { BatchTotals } from "./totals.js";

/** The figures of one overview row. */
export interface OverviewRow {
  /** Latest year with phase `actual`, or null. */
  latestActual: FiscalYearRecord | null;
  /** Latest year whose 予算額 is an amount in yen. */
  latestBudget: { fiscalYear: number; yen: number } | null;
  /** Latest year whose 決算額 is an amount in yen. */
  latestSettlement: { fiscalYear: number; yen: number } | null;
  errors: number;
  warnings: number;
}

function latestAmount(project: ProjectSheet, pick: (year: FiscalYearRecord) => Quantity | null): { fiscalYear: number; yen: number } | null {
  for (let i = project.years.length - 1; i >= 0; i--) {
    const year = project.years[i];
    const quantity = year ? pick(year) : null;
    if (year && quantity?.status === "value" && quantity.yen !== undefined) return { fiscalYear: year.fiscalYear, yen: quantity.yen };
  }
  return null;
}

/** The figures the overview shows for a 事業. */
export function overviewRow(entry: ProjectEntry): OverviewRow {
  const { project } = entry;
  const actuals = project.years.filter((year) => year.phase === "actual");
  return {
    latestActual: actuals[actuals.length - 1] ?? null,
    latestBudget: latestAmount(project, (year) => year.budget),
    latestSettlement: latestAmount(project, (year) => year.settlement),
    errors: entry.diagnostics.filter((d) => d.diagnostic.severity === "error").length,
    warnings: entry.diagnostics.filter((d) => d.diagnostic.severity === "warning").length,
  };
}

function amountCell(amount: { fiscalYear: number; yen: number } | null): SafeHtml {
  if (!amount) return html`<td class="num" data-sort=""></td>`;
  return html`<td class="num" data-sort="${amount.yen}">${formatYen(amount.yen)}<br><span class="muted">${eraFiscalYear(amount.fiscalYear)}</span></td>`;
}

/** A 事業's row of the overview table. */
export function overviewRowHtml(entry: ProjectEntry): SafeHtml {
  const figures = overviewRow(entry);
  const rate = figures.latestActual?.achievementRate ?? null;
  const band = rateBand(rate);
  const year = figures.latestActual?.fiscalYear ?? null;
  return html`<tr><th scope="row" data-sort="${entry.project.name ?? ""}"><a href="#${entry.id}">${entry.project.name ?? "(事業名なし)"}</a></th><td data-sort="${entry.policyName ?? ""}">${entry.policyName ?? ""}</td><td data-sort="${entry.project.department ?? ""}">${entry.project.department ?? ""}</td><td data-sort="${year ?? ""}">${year === null ? "" : html`${eraFiscalYear(year)}<br><span class="muted">(${year})</span>`}</td><td class="num rate band-${band}" data-sort="${rate ?? ""}">${rate === null ? "—" : html`${formatRate(rate)}<br><span class="band-label">${BAND_LABELS[band]}</span>`}</td>${amountCell(figures.latestBudget)}${amountCell(figures.latestSettlement)}<td class="num" data-sort="${figures.errors}">${figures.errors}</td><td class="num" data-sort="${figures.warnings}">${figures.warnings}</td></tr>`;
}

/** Columns: heading and whether it sorts as a number. */
export const OVERVIEW_COLUMNS = [
  ["事業", "text"],
  ["施策", "text"],
  ["担当", "text"],
  ["最新実績年度", "number"],
  ["達成率", "number"],
  ["最新予算額", "number"],
  ["最新決算額", "number"],
  ["エラー", "number"],
  ["警告", "number"],
] as const;

/**
 * The overview table, in pieces: its rows were rendered as each file was read (see
 * totals.ts). `data-sortable` lets the inline script make its headers sort buttons.
 */
export function* overviewTableChunks(totals: BatchTotals): Generator<PageChunk> {
  if (totals.projects === 0) {
    yield html`<p>事業シートがありません。</p>`.text;
    return;
  }
  const head = OVERVIEW_COLUMNS.map(([label, type]) => html`<th scope="col" data-type="${type}">${label}</th>`);
  yield html`<div class="table-wrap"><table class="overview" id="overview-table" data-sortable><caption>事業の一覧 (${totals.projects}件)。達成率は最新の実績年度のもの。見出しをクリックすると並べ替えます。</caption><thead><tr>${head}</tr></thead><tbody>`.text;
  yield* totals.overviewRows;
  yield "</tbody></table></div>";
}
