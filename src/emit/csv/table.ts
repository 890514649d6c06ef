/** The contract of one CSV table: its columns and a pure function from a Document to rows. */
import type { Document } from "../../model/schema.js";
import type { Cell } from "./cell.js";

/** One row of a table, without the leading `file` cell. */
export interface TableRow {
  /** Cells in the order of the table's columns. */
  cells: readonly Cell[];
  /** 1-based source line of the object the row comes from, when the document carries positions. */
  line?: number | undefined;
}

export interface TableSpec {
  /** Column names after `file`: first the keys that identify a row, then its data. */
  columns: readonly string[];
  /** The rows of one document, in document order. */
  rows(document: Document): Iterable<TableRow>;
}
