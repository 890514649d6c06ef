/** The two charts of a 事業 — outcome targets vs actuals, budget vs settlement — each with its data table. */
import type { ProjectSheet, Quantity } from "../../model/schema.js";
import { barChart } from "./charts.js";
import { html, join, type SafeHtml } from "./escape.js";
import { eraFiscalYear, formatFiscalYear, formatNumber, formatRate, formatYen, MONEY_SCALES } from "./format.js";

function numberOf(quantity: Quantity | null | undefined): number | null {
  return quantity?.status === "value" && quantity.value !== null ? quantity.value : null;
}

function yenOf(quantity: Quantity | null | undefined): number | null {
  return quantity?.status === "value" && quantity.yen !== undefined ? quantity.yen : null;
}

/** A quantity as a table cell: the number with its unit, `—` when not applicable, empty when blank. */
export function formatQuantity(quantity: Quantity | null | undefined): string {
  if (!quantity) return "";
  if (quantity.status === "notApplicable") return "—";
  if (quantity.status === "blank") return "";
  if (quantity.value === null) return quantity.raw;
  return `${formatNumber(quantity.value)}${quantity.unit === null ? "" : ` ${quantity.unit}`}`;
}

function moneyCell(quantity: Quantity | null | undefined): string {
  const yen = yenOf(quantity);
  return yen === null ? formatQuantity(quantity) : formatYen(yen);
}

interface OutcomeRow {
  fiscalYear: number;
  target: Quantity | null;
  actual: Quantity | null;
  rate: number | null;
}

/** Outcome rows by fiscal year: the year records that have an outcome, then 今後の成果目標. */
export function outcomeRows(project: ProjectSheet): OutcomeRow[] {
  const rows: OutcomeRow[] = [];
  for (const year of project.years) {
    const target = year.initialTarget?.status === "value" ? year.initialTarget : year.outcomeTarget ?? year.initialTarget;
    if (!target && !year.outcomeActual) continue;
    rows.push({ fiscalYear: year.fiscalYear, target, actual: year.outcomeActual, rate: year.achievementRate });
  }
  for (const future of project.futureTargets) {
    if (rows.some((row) => row.fiscalYear === future.fiscalYear)) continue;
    rows.push({ fiscalYear: future.fiscalYear, target: future.value, actual: null, rate: null });
  }
  return rows.sort((a, b) => a.fiscalYear - b.fiscalYear);
}

function unitOf(project: ProjectSheet, rows: readonly OutcomeRow[]): string {
  return project.indicator?.unit ?? rows.map((row) => row.actual?.unit ?? row.target?.unit).find((unit) => unit) ?? "";
}

function category(year: number): readonly [string, string] {
  return [eraFiscalYear(year), `(${year})`];
}

/** The outcome chart (targets vs actuals, achievement rates above the actuals) and its table. */
export function outcomeFigure(project: ProjectSheet, id: string): SafeHtml {
  const rows = outcomeRows(project);
  if (rows.length === 0) return html`<p class="no-chart">成果目標・成果実績の記載がありません。</p>`;
  const unit = unitOf(project, rows);
  const indicator = project.indicator?.name ?? "成果指標";
  const summary = rows
    .filter((row) => numberOf(row.actual) !== null)
    .map((row) => `${formatFiscalYear(row.fiscalYear)} 実績 ${formatQuantity(row.actual)}${row.rate === null ? "" : ` (達成率 ${formatRate(row.rate)})`}`)
    .join("、");
  const chart = barChart({
    id,
    title: `${project.name ?? "事業"}: ${indicator}の目標と実績`,
    desc: `年度ごとの成果目標と成果実績の棒グラフ。${summary}`,
    categories: rows.map((row) => category(row.fiscalYear)),
    series: [
      { name: "目標", className: "s-target", values: rows.map((row) => numberOf(row.target)) },
      { name: "実績", className: "s-actual", values: rows.map((row) => numberOf(row.actual)) },
    ],
    annotations: { series: 1, labels: rows.map((row) => (row.rate === null ? null : formatRate(row.rate))) },
    unit,
    formatTick: formatNumber,
  });
  const body = rows.map(
    (row) =>
      html`<tr><th scope="row">${formatFiscalYear(row.fiscalYear)}</th><td class="num">${formatQuantity(row.target)}</td><td class="num">${formatQuantity(row.actual)}</td><td class="num">${row.rate === null ? "" : formatRate(row.rate)}</td></tr>`,
  );
  return html`<figure class="chart-figure">${chart}<div class="table-wrap"><table class="chart-data"><caption>${indicator}${unit ? ` (${unit})` : ""}</caption><thead><tr><th scope="col">年度</th><th scope="col">目標</th><th scope="col">実績</th><th scope="col">達成率</th></tr></thead><tbody>${body}</tbody></table></div></figure>`;
}

/** One <tspan> per money unit; the page's CSS hides all but its own. */
function inEveryUnit(label: (scale: (typeof MONEY_SCALES)[number]) => string): SafeHtml {
  return join(MONEY_SCALES.map((scale) => html`<tspan class="mu mu-${scale.key}">${label(scale)}</tspan>`));
}

/** The money chart (予算額 and 決算額 by fiscal year) and its table. */
export function moneyFigure(project: ProjectSheet, id: string): SafeHtml {
  const years = project.years.filter((year) => year.budget || year.settlement);
  if (years.length === 0) return html`<p class="no-chart">予算額・決算額の記載がありません。</p>`;
  const chart = barChart({
    id,
    title: `${project.name ?? "事業"}: 予算額と決算額`,
    desc: `年度ごとの予算額と決算額の棒グラフ。${years
      .map((year) => `${formatFiscalYear(year.fiscalYear)} 予算額 ${moneyCell(year.budget) || "なし"} 決算額 ${moneyCell(year.settlement) || "なし"}`)
      .join("、")}`,
    categories: years.map((year) => category(year.fiscalYear)),
    // In yen: the page's unit is known only when every file is read, after this section is
    // set aside (the report streams), so each label is drawn in every unit and the page's
    // `data-money-unit` shows one (styles.ts). Powers of ten keep the same ticks round in all.
    series: [
      { name: "予算額", className: "s-budget", values: years.map((year) => yenOf(year.budget)) },
      { name: "決算額", className: "s-settlement", values: years.map((year) => yenOf(year.settlement)) },
    ],
    unit: inEveryUnit((scale) => `(${scale.unit})`),
    formatTick: (yen) => inEveryUnit((scale) => formatNumber(yen / scale.divisor)),
  });
  const body = years.map(
    (year) =>
      html`<tr><th scope="row">${formatFiscalYear(year.fiscalYear)}</th><td class="num">${moneyCell(year.budget)}</td><td class="num">${moneyCell(year.settlement)}</td><td class="num">${moneyCell(year.specificRevenue)}</td></tr>`,
  );
  return html`<figure class="chart-figure">${chart}<div class="table-wrap"><table class="chart-data"><caption>予算額と決算額</caption><thead><tr><th scope="col">年度</th><th scope="col">予算額</th><th scope="col">決算額</th><th scope="col">うち特定財源</th></tr></thead><tbody>${body}</tbody></table></div></figure>`;
}
