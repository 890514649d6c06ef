/**
 * Each line of the text made from rows, and where it came from: a PDF page, or a worksheet
 * and the address of each cell. Positions in the Document and diagnostics are lines and
 * columns of that text; this turns one into the place in the original file.
 */
import type { RowOrigin } from "./types.js";

/** A line's origin and the 1-based column where each of its cells starts. */
export interface LineOrigin {
  origin: RowOrigin;
  cellStarts: readonly number[];
}

/** The place in the original file: `page` (PDF) or `sheet` and `cell` (Excel). */
export interface Place {
  page?: number;
  sheet?: string;
  cell?: string;
}

export class Origins {
  constructor(private readonly lines: readonly LineOrigin[]) {}

  /** The place of a 1-based line and column; undefined for a position outside the text or a format without places. */
  at(line: number, column = 1): Place | undefined {
    const entry = this.lines[line - 1];
    if (!entry) return undefined;
    const { origin, cellStarts } = entry;
    const place: Place = {};
    if (origin.page !== undefined) place.page = origin.page;
    if (origin.sheet !== undefined) {
      place.sheet = origin.sheet;
      const cell = origin.cells?.[cellIndexAt(cellStarts, column)];
      if (cell !== undefined) place.cell = cell;
    }
    return place.page === undefined && place.sheet === undefined ? undefined : place;
  }
}

/** Index of the cell a column falls in (the last whose start is at or before it). */
function cellIndexAt(starts: readonly number[], column: number): number {
  let index = 0;
  for (let i = 0; i < starts.length; i++) if ((starts[i] ?? Infinity) <= column) index = i;
  return index;
}
