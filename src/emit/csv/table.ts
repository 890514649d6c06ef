/**
 * The contract of one CSV table: its columns and a pure function to rows from what the
 * table is made of — one 事業 sheet, one 施策 sheet, or the Document. Sheet tables take one
 * sheet at a time, so that a big input's rows can be made as its sheets are read (issue 13).
 */
import type { Document, PolicySheet, ProjectSheet } from "../../model/schema.js";
import type { Cell } from "./cell.js";

/** One row of a table, without the leading `file` cell. */
export interface TableRow {
  /** Cells in the order of the table's columns. */
  cells: readonly Cell[];
  /** 1-based source line of the object the row comes from, when the document carries positions. */
  line?: number | undefined;
}

interface Columns {
  /** Column names after `file`: first the keys that identify a row, then its data. */
  columns: readonly string[];
}

/** A table of 事業 sheets: the rows of one, given its index in the Document's `projects`. */
export interface ProjectTable extends Columns {
  of: "projects";
  rows(project: ProjectSheet, projectIndex: number): Iterable<TableRow>;
}

/** A table of 施策 sheets: the rows of one, given its index in the Document's `policies`. */
export interface PolicyTable extends Columns {
  of: "policies";
  rows(policy: PolicySheet, policyIndex: number): Iterable<TableRow>;
}

/** A table of the Document itself (its diagnostics). */
export interface DocumentTable extends Columns {
  of: "document";
  rows(document: Document): Iterable<TableRow>;
}

export type TableSpec = ProjectTable | PolicyTable | DocumentTable;

/** The rows of one whole Document, in document order. */
export function* documentRows(table: TableSpec, document: Document): Generator<TableRow> {
  if (table.of === "document") yield* table.rows(document);
  else if (table.of === "projects") for (const [index, project] of document.projects.entries()) yield* table.rows(project, index);
  else for (const [index, policy] of document.policies.entries()) yield* table.rows(policy, index);
}
