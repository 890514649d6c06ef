/** What the sheet builders share: the vocabulary, where things came from, and what they found. */
import type { Cell, Span } from "../syntax/ast.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import type { Locations } from "./locations.js";
import { createQuantityReader, type QuantityKind, type QuantityReader } from "./read-quantity.js";
import type { FiscalYearRecord, Quantity } from "./schema.js";

/** A field given twice for one fiscal year with different values. */
export interface DuplicateField {
  record: FiscalYearRecord;
  key: string;
  /** Where the second, ignored value stands. */
  span: Span;
  first: string;
  second: string;
}

export interface BuildContext {
  vocabulary: Vocabulary;
  locations: Locations;
  duplicates: DuplicateField[];
  /** Quantities whose cell is neither a number, a not-applicable mark, nor blank. */
  invalidQuantities: Set<Quantity>;
  /** Filled cells of rows the builders read that no column or label claims, or a field's second value (`unclaimed-cell`). */
  unclaimed: UnclaimedCell[];
  reader: QuantityReader;
}

const readers = new WeakMap<Vocabulary, QuantityReader>();

export function createBuildContext(vocabulary: Vocabulary, locations: Locations): BuildContext {
  let reader = readers.get(vocabulary);
  if (!reader) {
    reader = createQuantityReader(vocabulary.profile);
    readers.set(vocabulary, reader);
  }
  return { vocabulary, locations, duplicates: [], invalidQuantities: new Set(), unclaimed: [], reader };
}

/** A cell the model does not use: no column claims it, or (with `givenTwice`) its field was already read. */
export interface UnclaimedCell {
  text: string;
  position: Span;
  /** The label as written, when the cell is a second, different value of a field read before. */
  givenTwice?: string;
}

/** Records a field's value that is not used because the field was read already with another value. */
export function ignoreSecondValue(context: { unclaimed: UnclaimedCell[] } | undefined, label: Cell, text: string | null, first: string | null, position: Span): void {
  if (!context || text === null || text === first) return;
  context.unclaimed.push({ text, position, givenTwice: label.text });
}

/** Records the filled cells of a row whose column no key claims. */
export function claimColumns(context: BuildContext, cells: readonly Cell[], claimed: (column: number) => boolean): void {
  cells.forEach((cell, column) => {
    if (cell.text !== "" && !claimed(column)) context.unclaimed.push(cell);
  });
}

/** Reads a quantity cell, recording its position and whether it was valid. */
export function readQuantity(context: BuildContext, text: string, kind: QuantityKind, span: Span, unit?: string): Quantity {
  const { quantity, valid } = context.reader(text, kind, unit);
  context.locations.set(quantity, span);
  if (!valid) context.invalidQuantities.add(quantity);
  return quantity;
}
