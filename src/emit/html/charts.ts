/**
 * Grouped bar charts as inline SVG, drawn by our own code so the page needs no library
 * and no network. Each chart names itself with <title>/<desc> (role="img"); the numbers
 * are also in a table beside it, which is what a screen reader reads.
 */
import { html, join, type SafeHtml } from "./escape.js";

/** One series of bars: a value per category, null where there is none. */
export interface ChartSeries {
  name: string;
  /** CSS class giving its colour (see styles.ts). */
  className: string;
  values: readonly (number | null)[];
}

/** What a bar chart shows. */
export interface BarChartSpec {
  /** Unique within the page; prefixes the ids of <title> and <desc>. */
  id: string;
  title: string;
  desc: string;
  /** Category labels along the x axis; each may have a second line (the Western year). */
  categories: readonly (readonly [string, string?])[];
  series: readonly ChartSeries[];
  /** Labels drawn above the bars of one series (achievement rates). */
  annotations?: { series: number; labels: readonly (string | null)[] };
  /** Unit shown above the y axis: a word, put in parentheses, or markup drawn as given. */
  unit: string | SafeHtml;
  /** Tick label of a value in chart units (markup: one label per money unit, see moneyFigure). */
  formatTick: (value: number) => string | SafeHtml;
}

const WIDTH = 560;
const HEIGHT = 250;
const MARGIN = { top: 34, right: 12, bottom: 42, left: 70 } as const;

/** Round tick values covering [min, max]: steps of 1, 2 or 5 × 10^n, about `count` of them. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  const low = Math.min(0, min);
  const high = Math.max(0, max);
  if (high === low || !Number.isFinite(high - low)) return [0, 1];
  const raw = (high - low) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power);
  const ticks: number[] = [];
  const first = Math.floor(low / step);
  // Integer multiples of the step, rounded to 12 digits so 3 × 0.1 prints as 0.3; about count + 2 ticks.
  for (let i = first; ; i++) {
    ticks.push(Number((i * step).toPrecision(12)));
    if (i * step >= high) break;
  }
  return ticks;
}

function round(n: number): string {
  return (Math.round(n * 10) / 10).toString();
}

function legend(series: readonly ChartSeries[]): SafeHtml {
  let x = MARGIN.left;
  return join(
    series.map((s) => {
      const item = html`<g class="legend"><rect class="${s.className} key" x="${round(x)}" y="8" width="12" height="12"/><text x="${round(x + 16)}" y="18">${s.name}</text></g>`;
      x += 24 + s.name.length * 13;
      return item;
    }),
  );
}

/** An SVG grouped bar chart (or nothing to draw: an empty-state text) with accessible name and description. */
export function barChart(spec: BarChartSpec): SafeHtml {
  const values = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  if (values.length === 0 || spec.categories.length === 0) return html`<p class="no-chart">グラフにする数値がありません。</p>`;
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  const lowest = ticks[0] ?? 0;
  const highest = ticks[ticks.length - 1] ?? 1;
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const y = (v: number): number => MARGIN.top + plotHeight - ((v - lowest) / (highest - lowest)) * plotHeight;
  const groupWidth = plotWidth / spec.categories.length;
  const barWidth = Math.min(36, (groupWidth * 0.7) / spec.series.length);
  const groupStart = (i: number): number => MARGIN.left + i * groupWidth + (groupWidth - barWidth * spec.series.length) / 2;
  const grid = ticks.map(
    (t) => html`<line class="grid" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(t))}" y2="${round(y(t))}"/><text class="tick" x="${MARGIN.left - 6}" y="${round(y(t) + 4)}" text-anchor="end">${spec.formatTick(t)}</text>`,
  );
  const bars = spec.series.map((s, si) =>
    s.values.map((v, ci) => {
      if (v === null) return null;
      const top = Math.min(y(v), y(0));
      const height = Math.max(Math.abs(y(v) - y(0)), 0.5);
      const label = si === spec.annotations?.series ? spec.annotations.labels[ci] : null;
      const x = groupStart(ci) + si * barWidth;
      return html`<rect class="${s.className}" x="${round(x)}" y="${round(top)}" width="${round(barWidth - 2)}" height="${round(height)}"/>${
        label ? html`<text class="annotation" x="${round(x + barWidth / 2 - 1)}" y="${round(top - 4)}" text-anchor="middle">${label}</text>` : null
      }`;
    }),
  );
  const axis = spec.categories.map(([first, second], i) => {
    const x = round(MARGIN.left + i * groupWidth + groupWidth / 2);
    return html`<text class="category" x="${x}" y="${HEIGHT - MARGIN.bottom + 16}" text-anchor="middle">${first}${
      second === undefined ? null : html`<tspan x="${x}" dy="14">${second}</tspan>`
    }</text>`;
  });
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${spec.id}-title">${spec.title}</title><desc id="${spec.id}-desc">${spec.desc}</desc>${grid}<line class="axis" x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${round(y(0))}" y2="${round(y(0))}"/><text class="unit" x="${MARGIN.left - 6}" y="${MARGIN.top - 12}" text-anchor="end">${typeof spec.unit === "string" ? (spec.unit ? `(${spec.unit})` : "") : spec.unit}</text>${legend(spec.series)}${bars}${axis}</svg>`;
}
