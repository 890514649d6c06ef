/**
 * Year blocks → FiscalYearRecords: one record per fiscal year, ascending, wherever the
 * blocks stand in the sheet. A year written twice merges; a field given twice with a
 * different value is reported and the first value kept (SPEC §3.0).
 */
import type { SectionNode, SheetNode, Span, YearBlockNode } from "../syntax/ast.js";
import { readQuantity, type BuildContext } from "./build-context.js";
import type { FiscalYearRecord, Phase, Quantity } from "./schema.js";
import { entriesIn, entryText, valueSpan } from "./tree-read.js";

const QUANTITY_KEYS = ["budget", "settlement", "specificRevenue", "outcomeTarget", "outcomeActual", "initialTarget"] as const;
type QuantityKey = (typeof QUANTITY_KEYS)[number];

function isQuantityKey(key: string): key is QuantityKey {
  return (QUANTITY_KEYS as readonly string[]).includes(key);
}

function phaseOf(block: YearBlockNode, section: SectionNode): Phase {
  const opener = block.children[0];
  const key = opener?.type === "field" ? opener.entries[0]?.key : undefined;
  if (key === "settlement") return "actual";
  return section.key === "plan" ? "plan" : "current";
}

function emptyRecord(fiscalYear: number, label: string, phase: Phase): FiscalYearRecord {
  return {
    fiscalYear, label, phase,
    budget: null, settlement: null, specificRevenue: null,
    outcomeTarget: null, outcomeActual: null, initialTarget: null,
    achievementRate: null, activities: null,
  };
}

/** outcomeActual ÷ (initialTarget, else outcomeTarget); null unless both are numbers, the divisor is not 0 and the quotient is finite. */
export function achievementRate(record: FiscalYearRecord): number | null {
  const actual = record.outcomeActual;
  if (!actual || actual.status !== "value" || actual.value === null) return null;
  // A target cell that is not a number (invalid text) does not count: fall back to 成果目標.
  const isNumber = (quantity: Quantity | null): quantity is Quantity => quantity?.status === "value" && quantity.value !== null;
  const divisor = isNumber(record.initialTarget) ? record.initialTarget : isNumber(record.outcomeTarget) ? record.outcomeTarget : null;
  if (!divisor || divisor.value === null || divisor.value === 0) return null;
  const rate = actual.value / divisor.value;
  // 1e300 ÷ 1e-300 overflows to Infinity, which JSON cannot hold (it would print null, YAML .inf): no rate, not a wrong one.
  return Number.isFinite(rate) ? rate : null;
}

const MONEY_KEYS: ReadonlySet<QuantityKey> = new Set(["budget", "settlement", "specificRevenue"]);

/** Two writings of one quantity agree when they mean the same (`1,000千円` and `1000千円`). */
function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.status === b.status && a.value === b.value && a.unit === b.unit && (a.status !== "value" || a.value !== null || a.raw === b.raw);
}

function setQuantity(context: BuildContext, record: FiscalYearRecord, key: QuantityKey, quantity: Quantity, span: Span): void {
  const existing = record[key];
  // A blank cell gives way to a value written for the same year elsewhere.
  if (existing && !(existing.status === "blank" && quantity.status !== "blank")) {
    if (quantity.status !== "blank" && !sameQuantity(existing, quantity)) context.duplicates.push({ record, key, span, first: existing.raw, second: quantity.raw });
    return;
  }
  record[key] = quantity;
  context.locations.setField(record, key, span, true);
}

export function buildYears(sheet: SheetNode, context: BuildContext): FiscalYearRecord[] {
  const { locations, duplicates } = context;
  const records = new Map<number, FiscalYearRecord>();
  for (const section of sheet.children) {
    for (const block of section.children) {
      if (block.type !== "yearBlock") continue;
      let record = records.get(block.year.year);
      if (!record) {
        record = emptyRecord(block.year.year, block.year.label, phaseOf(block, section));
        records.set(block.year.year, record);
        locations.set(record, block.position);
      }
      for (const ref of entriesIn(block)) {
        const { entry } = ref;
        if (entry.context !== "yearBlock") continue;
        const span = valueSpan(entry);
        if (isQuantityKey(entry.key)) {
          const quantity = readQuantity(context, entry.value?.text ?? "", MONEY_KEYS.has(entry.key) ? "money" : "other", span, entry.unit);
          setQuantity(context, record, entry.key, quantity, span);
        } else if (entry.key === "activities") {
          const text = entryText(ref);
          if (record.activities !== null && text !== null && text !== record.activities) {
            duplicates.push({ record, key: "activities", span, first: record.activities, second: text });
          } else if (record.activities === null) {
            record.activities = text;
            locations.setField(record, "activities", span);
          }
        }
      }
    }
  }
  const years = [...records.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
  for (const record of years) record.achievementRate = achievementRate(record);
  return years;
}
