/** The Japanese labels messages name, for the model keys they stand for (reference template wording). */

/** Labels of FiscalYearRecord fields. */
export const YEAR_FIELD_LABELS = {
  budget: "予算額",
  settlement: "決算額",
  specificRevenue: "うち 特定財源",
  outcomeTarget: "成果目標",
  outcomeActual: "成果実績",
  initialTarget: "当初の成果目標",
  activities: "実施内容",
} as const;

/** Labels of position fields. */
export const POSITION_LABELS = {
  outline: "施策の大綱",
  objective: "施策の目的(目標)",
  policy: "施策",
  direction: "施策の方向",
} as const;

const YEAR_FIELD_LOOKUP: ReadonlyMap<string, string> = new Map(Object.entries(YEAR_FIELD_LABELS));

/** The label of a year field key, or the key itself for one the table does not know. */
export function yearFieldLabel(key: string): string {
  return YEAR_FIELD_LOOKUP.get(key) ?? key;
}
