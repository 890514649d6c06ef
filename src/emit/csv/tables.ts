/**
 * The CSV tables (SPEC §3.1), a registry checked for completeness, and the pure
 * functions from a Document to CSV text: one header, then each document's rows.
 */
import type { Document } from "../../model/schema.js";
import { neutraliseCell, type Cell } from "./cell.js";
import { documentRows, type TableRow, type TableSpec } from "./table.js";
import type { TableName } from "./table-names.js";
import { formatRecord } from "./write.js";
import { diagnosticsTable } from "./tables/diagnostics.js";
import { futureTargetsTable } from "./tables/future-targets.js";
import { yearExtrasTable } from "./tables/year-extras.js";
import { mainProjectsTable } from "./tables/main-projects.js";
import { opinionsTable } from "./tables/opinions.js";
import { policiesTable } from "./tables/policies.js";
import { projectsTable } from "./tables/projects.js";
import { targetsTable } from "./tables/targets.js";
import { yearsTable } from "./tables/years.js";

export { TABLE_NAMES, DEFAULT_TABLE, type TableName } from "./table-names.js";

export const tables = {
  years: yearsTable,
  projects: projectsTable,
  futureTargets: futureTargetsTable,
  yearExtras: yearExtrasTable,
  policies: policiesTable,
  mainProjects: mainProjectsTable,
  targets: targetsTable,
  opinions: opinionsTable,
  diagnostics: diagnosticsTable,
} as const satisfies Record<TableName, TableSpec>;

export interface CsvOptions {
  /** Keep cells starting with `= + - @` as they are (no leading `'`). */
  rawCells?: boolean;
  /** Append a `line` column (1-based source line of the row's object); needs a document with positions. */
  positions?: boolean;
}

/** The `file` cell: the input's path, `<stdin>` for standard input. */
export function fileCell(document: Document): string {
  return document.source.path ?? "<stdin>";
}

/** Column names of a table: `file`, the identifying keys, the data, and `line` with positions. */
export function tableColumns(name: TableName, options: CsvOptions = {}): string[] {
  const columns = ["file", ...tables[name].columns];
  return withPositions(name, options) ? [...columns, "line"] : columns;
}

/** Whether a table gets the `line` column: not `diagnostics`, whose rows have their own. */
function withPositions(name: TableName, options: CsvOptions): boolean {
  return options.positions === true && !tables[name].columns.includes("line");
}

/** One row's cells: `file` first, `line` last with positions, neutralised unless rawCells. */
function recordOf(name: TableName, file: string, row: TableRow, options: CsvOptions): Cell[] {
  const cells: Cell[] = [file, ...row.cells];
  if (withPositions(name, options)) cells.push(row.line ?? null);
  return options.rawCells ? cells : cells.map(neutraliseCell);
}

/** The rows of one document as cells, `file` first, neutralised unless rawCells. */
export function* tableRecords(name: TableName, document: Document, options: CsvOptions = {}): Generator<Cell[]> {
  const file = fileCell(document);
  for (const row of documentRows(tables[name], document)) yield recordOf(name, file, row, options);
}

/** The header record, CRLF-terminated. */
export function formatCsvHeader(name: TableName, options: CsvOptions = {}): string {
  return formatRecord(tableColumns(name, options));
}

/**
 * The CSV records of `rows` (of table `name`, from the input named by `file`), CRLF-terminated:
 * a sheet's rows when sheets are written as they are read.
 */
export function formatTableRows(name: TableName, file: string, rows: Iterable<TableRow>, options: CsvOptions = {}): string {
  let text = "";
  for (const row of rows) text += formatRecord(recordOf(name, file, row, options));
  return text;
}

/** The CSV records of one document (no header), CRLF-terminated; empty when the table has no rows. */
export function formatCsvRows(name: TableName, document: Document, options: CsvOptions = {}): string {
  return formatTableRows(name, fileCell(document), documentRows(tables[name], document), options);
}
