/** Spans the rules report at, derived from the model's recorded locations. */
import type { Locations } from "../model/locations.js";
import type { FiscalYearRecord } from "../model/schema.js";
import type { Span } from "../syntax/ast.js";

/**
 * The year cell that opens a record's first block (`令和3年度`). The record's location is its
 * block, which starts at that cell; the label is the cell as written, so its length ends it.
 */
export function yearCellSpan(record: FiscalYearRecord, locations: Locations): Span | undefined {
  const block = locations.get(record);
  if (!block) return undefined;
  const { start } = block;
  return { start, end: { line: start.line, column: start.column + record.label.length, offset: start.offset + record.label.length } };
}
