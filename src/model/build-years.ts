/**
 * Year blocks → FiscalYearRecords: one record per fiscal year, ascending, wherever the
 * blocks stand in the sheet. A year written twice merges; a field given twice with a
 * different value is reported and the first value kept (SPEC §3.0).
 */
import type { GridNode, SectionNode, SheetNode, Span, YearBlockNode } from "../syntax/ast.js";
import type { MeasureKey } from "../profile/schema.js";
import { matchKey } from "../source/normalize.js";
import { MONEY_KEYS, YEAR_QUANTITY_KEYS } from "../profile/fields.js";
import { matchFiscalYearPrefix } from "../japanese/fiscal-year.js";
import { readQuantity, type BuildContext } from "./build-context.js";
import type { HeadingPhase } from "../japanese/grid-heading.js";
import type { FiscalYearRecord, Phase, Quantity, YearExtra } from "./schema.js";
import { entriesIn, entryText, paragraphsOf, valueSpan, type EntryRef } from "./tree-read.js";

type QuantityKey = (typeof YEAR_QUANTITY_KEYS)[number];

function isQuantityKey(key: string): key is QuantityKey {
  return (YEAR_QUANTITY_KEYS as readonly string[]).includes(key);
}

function phaseOf(block: YearBlockNode, section: SectionNode): Phase {
  const first = block.children[0];
  // A label whose value is on the next line is wrapped with that line in a text block.
  const opener = first?.type === "textBlock" ? first.children[0] : first;
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
    extras: [],
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


/** Two writings of one quantity agree when they mean the same (`1,000千円` and `1000千円`). */
function sameQuantity(a: Quantity, b: Quantity): boolean {
  return a.status === b.status && a.value === b.value && a.unit === b.unit && (a.status !== "value" || a.value !== null || a.raw === b.raw);
}

/**
 * A grid's value: a `－` or an empty cell says only that there is nothing under this measure,
 * so it gives way to a value of another row for the same key (決算額 `－` and 予算額 `1,420`
 * in a 予算 column), and a value written over it is no conflict.
 */
function setGridQuantity(context: BuildContext, record: FiscalYearRecord, key: QuantityKey, quantity: Quantity, span: Span, label: string): void {
  context.locations.setLabel(record, key, label);
  const existing = record[key];
  if (existing && existing.status !== "value" && quantity.status === "value") {
    record[key] = quantity;
    context.locations.setField(record, key, span, true);
    return;
  }
  if (existing && existing.status === "value" && quantity.status !== "value") return;
  setQuantity(context, record, key, quantity, span, label);
}

function setQuantity(context: BuildContext, record: FiscalYearRecord, key: QuantityKey, quantity: Quantity, span: Span, label?: string): void {
  // Messages quote the label as the sheet wrote it (SPEC §7.4).
  if (label !== undefined) context.locations.setLabel(record, key, label);
  const existing = record[key];
  // A blank cell gives way to a value written for the same year elsewhere.
  if (existing && !(existing.status === "blank" && quantity.status !== "blank")) {
    if (quantity.status !== "blank" && !sameQuantity(existing, quantity)) context.duplicates.push({ record, key, span, first: existing.raw, second: quantity.raw });
    return;
  }
  record[key] = quantity;
  context.locations.setField(record, key, span, true);
}

/**
 * An amount's cell, or, where a PDF's or an HTML table's text put it on the next line
 * (`予算額` ⏎ `9,409,000円`), that line.
 */
function quantityCell(ref: EntryRef): { text: string; span: Span } {
  const next = ref.entry.value === null || ref.entry.value.text === "" ? (ref.block ? paragraphsOf(ref.block)[0] : undefined) : undefined;
  return next ? { text: next.text, span: next.position } : { text: ref.entry.value?.text ?? "", span: valueSpan(ref.entry) };
}

/** A label that names its year (`令和4年度決算額`) is quoted without it, beside the record's own year label. */
function stripYear(label: string): string {
  const prefixed = matchFiscalYearPrefix(label);
  return prefixed && prefixed.end < label.length ? label.slice(prefixed.end).trim() : label;
}

/** What a grid says of one year's columns, to decide its phase once every grid is read. */
interface GridYear {
  /** Phases named by the year headings themselves (`令和4年度(決算見込)`). */
  headingPhases: Set<HeadingPhase>;
  /** Phases of the columns under a year spanning several (`予算 | 決算`) that hold a filled cell. */
  filledPhases: Set<HeadingPhase>;
  spansColumns: boolean;
  /** Keys that got a filled cell, for a year whose columns name no phase. */
  filledKeys: Set<string>;
}

/**
 * The key a grid value fills (SPEC §7.3): `cost` (事業費) and `settlement` words depend on the
 * column — a 予算 column holds the budget; `cost` in a column with no phase is not known, and
 * stays an extra under its label. Null: an extra.
 */
function keyOf(measure: MeasureKey | null, named: HeadingPhase | null, phase: HeadingPhase | null): QuantityKey | null {
  switch (measure) {
    case null:
      return null;
    case "cost":
      return phase === "budget" ? "budget" : phase === null ? null : "settlement";
    case "settlement":
      // Only a column headed 予算 turns a 決算額 row's cell into the budget; a phase known
      // from the sheet's year alone does not (its 予算額 row would say otherwise).
      return named === "budget" ? "budget" : "settlement";
    default:
      return measure;
  }
}

function budgetPhase(year: number, sheetYear: number | null): Phase {
  return sheetYear !== null && year > sheetYear ? "plan" : "current";
}

/** The phase of a year first read from a grid: its heading's, else its filled columns', else what its values show. */
function gridPhase(record: FiscalYearRecord, grid: GridYear, sheetYear: number | null): Phase {
  const fromPhase = (phase: HeadingPhase): Phase => (phase === "budget" ? budgetPhase(record.fiscalYear, sheetYear) : phase);
  const named = [...grid.headingPhases].filter((phase): phase is HeadingPhase => phase !== null);
  if (named.length === 1 && named[0]) return fromPhase(named[0]);
  if (grid.spansColumns || named.length > 1) {
    for (const phase of ["actual", "estimate", "budget"] as const) if (grid.filledPhases.has(phase)) return fromPhase(phase);
    return budgetPhase(record.fiscalYear, sheetYear);
  }
  if (sheetYear !== null) return record.fiscalYear < sheetYear ? "actual" : budgetPhase(record.fiscalYear, sheetYear);
  if (grid.filledKeys.has("settlement") || grid.filledKeys.has("outcomeActual")) return "actual";
  if (grid.filledKeys.has("budget")) return "current";
  if (grid.filledKeys.has("outcomeTarget")) return "plan";
  return "actual";
}

/**
 * A value under one of a year's several columns (`予算 | 決算`) for a key the record holds once
 * (うち特定財源, 成果実績): it waits until the year's phase is known. The column of that phase
 * fills the key; the others become extras named by their column (`うち特定財源（予算）`).
 */
interface Deferred {
  record: FiscalYearRecord;
  /** Null: an extra in every column. */
  key: QuantityKey | null;
  quantity: Quantity;
  span: Span;
  label: string;
  column: { phase: HeadingPhase | null; sub: string };
}

/** Whether a column's phase is the record's: 決算 for actual, 決算見込 for estimate, 予算 for current and plan. */
function columnFits(phase: HeadingPhase | null, record: Phase): boolean {
  if (phase === "budget") return record === "current" || record === "plan";
  return phase === record;
}

function addExtra(context: BuildContext, record: FiscalYearRecord, label: string, value: Quantity, span: Span): void {
  const extra: YearExtra = { label, value };
  record.extras.push(extra);
  context.locations.set(extra, span);
}

/** Labels of amounts among a grid's extras (人件費, 一般財源, 国庫支出金, 地方債, トータルコスト). */
const MONEY_LABEL_ENDINGS = ["費", "額", "財源", "金", "債", "コスト", "負担"];

/**
 * Whether a table's unit note applies to a row: amounts only. A count in a money table
 * (活動団体数 under `(単位：円)`) gets no unit rather than a wrong one.
 */
/** Drops a trailing bracketed note and the circled numbers and letters of a formula (`①`, `(A)`, `B`). */
function stripTrailingMarks(key: string): string {
  let end = key.length;
  for (;;) {
    const last = key.charCodeAt(end - 1);
    const circled = last >= 0x2460 && last <= 0x2473;
    const letter = last >= 0x41 && last <= 0x5a;
    if (end > 0 && (circled || letter)) {
      end--;
      continue;
    }
    if (last === 0x29) {
      const open = key.lastIndexOf("(", end - 1);
      if (open > 0) {
        end = open;
        continue;
      }
    }
    return key.slice(0, end);
  }
}

function takesTableUnit(key: QuantityKey | null, label: string): boolean {
  if (key !== null) return MONEY_KEYS.has(key);
  // `事業費(A)`, `人件費計(千円)①`: a trailing note or formula mark is not the label's ending.
  const base = stripTrailingMarks(matchKey(label));
  return MONEY_LABEL_ENDINGS.some((ending) => base.endsWith(ending));
}

/**
 * A column's phase: its heading's, else, in a sheet whose title names its year, 決算 for the
 * years before it and 予算 for its own and later ones (SPEC §7.3); else unknown.
 */
function columnPhase(phase: HeadingPhase | null, year: number, sheetYear: number | null): HeadingPhase | null {
  if (phase !== null || sheetYear === null) return phase;
  return year < sheetYear ? "actual" : "budget";
}

function readGrid(grid: GridNode, context: BuildContext, records: Map<number, FiscalYearRecord>, fromGrids: Map<FiscalYearRecord, GridYear>, deferred: Deferred[], sheetYear: number | null): void {
  const { locations } = context;
  for (const row of grid.children) {
    if (row.type !== "gridRow") continue;
    for (const { column, cell } of row.values) {
      const heading = grid.columns[column];
      if (!heading) continue;
      let record = records.get(heading.year.year);
      if (!record) {
        record = emptyRecord(heading.year.year, heading.year.label, "actual");
        records.set(heading.year.year, record);
        locations.set(record, heading.heading.position);
        fromGrids.set(record, { headingPhases: new Set(), filledPhases: new Set(), spansColumns: false, filledKeys: new Set() });
      }
      const key = keyOf(row.measure, heading.phase, columnPhase(heading.phase, heading.year.year, sheetYear));
      const unit = row.unit ?? (takesTableUnit(key ?? (row.measure === "cost" ? "settlement" : null), row.label.text) ? grid.unit : null) ?? undefined;
      const quantity = readQuantity(context, cell.text, key !== null && MONEY_KEYS.has(key) ? "money" : "other", cell.position, unit);
      const seen = fromGrids.get(record);
      if (seen) {
        if (heading.sub !== null) seen.spansColumns = true;
        else if (heading.phase !== null) seen.headingPhases.add(heading.phase);
        // A number says which phase the year is in; `－` (nothing settled yet) does not.
        if (quantity.status === "value" && heading.phase !== null) seen.filledPhases.add(heading.phase);
        if (quantity.status === "value" && key !== null) seen.filledKeys.add(key);
      }
      const sub = heading.sub?.text;
      if (key === null && sub === undefined) {
        addExtra(context, record, row.label.text, quantity, row.label.position);
      } else if (sub !== undefined && key !== "budget" && key !== "settlement") {
        deferred.push({ record, key, quantity, span: cell.position, label: row.label.text, column: { phase: heading.phase, sub } });
      } else if (key !== null) {
        setGridQuantity(context, record, key, quantity, cell.position, row.label.text);
      }
    }
  }
}

export function buildYears(sheet: SheetNode, context: BuildContext): FiscalYearRecord[] {
  const { locations, duplicates } = context;
  const records = new Map<number, FiscalYearRecord>();
  const fromGrids = new Map<FiscalYearRecord, GridYear>();
  const deferred: Deferred[] = [];
  for (const section of sheet.children) {
    for (const block of section.children) {
      if (block.type === "grid") readGrid(block, context, records, fromGrids, deferred, sheet.year?.year ?? null);
      if (block.type !== "yearBlock") continue;
      // A single year's label with no value on its row or the next (one token per line
      // whose value went elsewhere) makes no record of that year.
      if (block.single && entriesIn(block).every((ref) => quantityCell(ref).text === "")) continue;
      let record = records.get(block.year.year);
      if (!record) {
        record = emptyRecord(block.year.year, block.year.label, phaseOf(block, section));
        records.set(block.year.year, record);
        locations.set(record, block.position);
      } else if (fromGrids.delete(record)) {
        // A year block says its phase by its own row, which a grid's guess gives way to, and
        // names the year as the template does (a grid's heading may be `R4`).
        record.phase = phaseOf(block, section);
        record.label = block.year.label;
      }
      for (const ref of entriesIn(block)) {
        const { entry } = ref;
        if (entry.context !== "yearBlock") continue;
        const span = valueSpan(entry);
        if (isQuantityKey(entry.key)) {
          const cell = quantityCell(ref);
          const quantity = readQuantity(context, cell.text, MONEY_KEYS.has(entry.key) ? "money" : "other", cell.span, entry.unit);
          setQuantity(context, record, entry.key, quantity, cell.span, stripYear(entry.label.text));
        } else if (entry.key === "activities") {
          const text = entryText(ref);
          if (record.activities !== null && text !== null && text !== record.activities) {
            duplicates.push({ record, key: "activities", span, first: record.activities, second: text });
          } else if (record.activities === null) {
            locations.setLabel(record, "activities", entry.label.text);
            record.activities = text;
            locations.setField(record, "activities", span);
          }
        }
      }
    }
  }
  const sheetYear = sheet.year?.year ?? null;
  for (const [record, grid] of fromGrids) record.phase = gridPhase(record, grid, sheetYear);
  for (const item of deferred) {
    const fits = columnFits(item.column.phase, item.record.phase);
    if (fits && item.key !== null) setGridQuantity(context, item.record, item.key, item.quantity, item.span, item.label);
    // An empty cell of another phase's column says nothing worth an extra.
    else if (fits || item.quantity.status !== "blank") addExtra(context, item.record, `${item.label}（${item.column.sub}）`, item.quantity, item.span);
  }
  const years = [...records.values()].sort((a, b) => a.fiscalYear - b.fiscalYear);
  for (const record of years) record.achievementRate = achievementRate(record);
  return years;
}
