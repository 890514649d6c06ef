/** Numbers, money and years the way a Japanese reader expects them on the page. */

const grouped = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 1 });
const groupedExact = new Intl.NumberFormat("ja-JP", { maximumFractionDigits: 6 });

/** A number with thousands separators, as written precision kept (up to 6 decimals). */
export function formatNumber(value: number): string {
  return groupedExact.format(value);
}

const MAN = 10_000;
const OKU = 100_000_000;

/**
 * Yen in 万円 / 億円, as budgets are read aloud in a meeting: `1億2,345万円`,
 * `941.2万円`, `5,000円`. Negative amounts take the accounting mark `△`.
 * Rounding: to the nearest 万円 above 1億円, to 0.1万円 (1,000 yen) above 1万円.
 */
export function formatYen(yen: number): string {
  const sign = yen < 0 ? "△" : "";
  const amount = Math.abs(yen);
  if (amount >= OKU) {
    const man = Math.round(amount / MAN);
    const oku = Math.floor(man / MAN);
    const rest = man % MAN;
    return `${sign}${grouped.format(oku)}億${rest === 0 ? "" : `${grouped.format(rest)}万`}円`;
  }
  if (amount >= MAN) return `${sign}${grouped.format(Math.round(amount / 1000) / 10)}万円`;
  return `${sign}${grouped.format(Math.round(amount))}円`;
}

/** A money unit for chart axes. */
export interface MoneyScale {
  /** ASCII name, for the page's `data-money-unit` and the CSS that shows this unit's labels. */
  key: "sen" | "hyakuman" | "oku";
  unit: "千円" | "百万円" | "億円";
  /** Yen per unit: a power of ten, so the round ticks of one unit are round in every other. */
  divisor: number;
}

/** The units a page may use, smallest first. */
export const MONEY_SCALES: readonly MoneyScale[] = [
  { key: "sen", unit: "千円", divisor: 1000 },
  { key: "hyakuman", unit: "百万円", divisor: 1_000_000 },
  { key: "oku", unit: "億円", divisor: OKU },
];

/**
 * The one unit of every money axis of a page, chosen from its largest amount so that axis
 * numbers stay within five digits: 千円 (the unit the sheets use) below 1億円, 百万円 below
 * 1,000億円, else 億円. One unit per page, so cards compare at a glance and on paper.
 */
export function moneyScaleFor(maxYen: number): MoneyScale {
  const [sen, hyakuman, oku] = MONEY_SCALES as readonly [MoneyScale, MoneyScale, MoneyScale];
  if (maxYen < OKU) return sen;
  if (maxYen < 1000 * OKU) return hyakuman;
  return oku;
}

/** An achievement rate (1 = 100%) as a percentage with one decimal: `97.9%`. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** Achievement bands: met (≥ 100%), near (≥ 90%), missed, or none when there is no rate. */
export type RateBand = "met" | "near" | "missed" | "none";

/** The band of an achievement rate; the page colours and names it. */
export function rateBand(rate: number | null): RateBand {
  if (rate === null) return "none";
  if (rate >= 1) return "met";
  if (rate >= 0.9) return "near";
  return "missed";
}

/** The words shown beside a band's colour, so that colour is never the only cue. */
export const BAND_LABELS = {
  met: "達成",
  near: "概ね達成",
  missed: "未達成",
  none: "—",
} as const satisfies Record<RateBand, string>;

const ERAS = [
  { name: "令和", first: 2019 },
  { name: "平成", first: 1989 },
  { name: "昭和", first: 1926 },
] as const;

/** The era name of a Japanese fiscal year (named by its starting year): 2021 → `令和3年度`, 2019 → `令和元年度`. */
export function eraFiscalYear(year: number): string {
  const era = ERAS.find((candidate) => year >= candidate.first);
  if (!era) return `${year}年度`;
  const n = year - era.first + 1;
  return `${era.name}${n === 1 ? "元" : n}年度`;
}

/** A fiscal year as `令和3年度 (2021)`. */
export function formatFiscalYear(year: number): string {
  return `${eraFiscalYear(year)} (${year})`;
}

/**
 * A year heading as written, with its Western year added when the heading does not
 * already show it: `令和4年度` → `令和4年度 (2022)`, `2017年` stays.
 */
export function withWesternYear(label: string, year: number): string {
  return label.normalize("NFKC").includes(String(year)) ? label : `${label} (${year})`;
}
