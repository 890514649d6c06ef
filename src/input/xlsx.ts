/**
 * Excel workbooks (`.xlsx`, and `.xls` of Excel 97–2003) → rows, with SheetJS CE
 * (`@e965/xlsx`): every worksheet's used range in order, row by row, each cell as the sheet
 * displays it (its formatted text `w`: `1,234`, `△500`, `12.5%`), so units, signs and
 * marks reach the parser as a reader of the sheet sees them. A merged area's value is at
 * its top-left cell and the rest of the area is empty, as SheetJS stores it. Each row knows
 * its sheet and the address of each of its cells.
 */
import * as XLSX from "@e965/xlsx";
import { InputError, type Row } from "./types.js";
import { MAX_CELLS } from "./limits.js";

/** The text a cell shows; an empty or missing cell is "". */
function displayed(cell: XLSX.CellObject | undefined): string {
  if (!cell || cell.t === "z") return "";
  if (cell.w !== undefined) return cell.w;
  if (cell.v === undefined) return "";
  return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
}

/** SheetJS's messages for files it refuses, in words a user can act on. */
function refusal(error: unknown): InputError {
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return new InputError("encrypted or password-protected workbook (save it without a password)");
  return new InputError(`broken Excel workbook (damaged or truncated; the reader said: ${message.split("\n")[0] ?? message})`);
}

function sheetRows(name: string, sheet: XLSX.WorkSheet, budget: { cells: number }): Row[] {
  const ref = sheet["!ref"];
  if (ref === undefined) return [];
  const range = XLSX.utils.decode_range(ref);
  // From A1, not from the used range's corner: then line N of a one-sheet book is row N, and
  // an empty first column stays a column, as the sheet shows it.
  range.s = { r: 0, c: 0 };
  const data = sheet["!data"] ?? [];
  const rows: Row[] = [];
  // Trailing empty rows of the range are left out; the range of an edited sheet often
  // reaches far below its last value.
  let lastRow = range.s.r - 1;
  for (let r = range.s.r; r <= range.e.r && r < data.length; r++) if ((data[r] ?? []).some((cell) => displayed(cell) !== "")) lastRow = r;
  const columns: string[] = [];
  for (let c = range.s.c; c <= range.e.c; c++) columns.push(XLSX.utils.encode_col(c));
  for (let r = range.s.r; r <= lastRow; r++) {
    // Every row as wide as the used range, as Excel's tab-delimited export writes it.
    const line = data[r] ?? [];
    const end = range.e.c;
    const cells: string[] = [];
    const addresses: string[] = [];
    for (let c = range.s.c; c <= end; c++) {
      cells.push(displayed(line[c]));
      addresses.push(`${columns[c - range.s.c] ?? XLSX.utils.encode_col(c)}${r + 1}`);
    }
    budget.cells -= Math.max(1, cells.length);
    if (budget.cells < 0) throw new InputError(`too many cells: more than ${MAX_CELLS.toLocaleString("en")} (the limit for one input)`);
    rows.push({ cells, origin: { sheet: name, cells: addresses } });
  }
  return rows;
}

/**
 * The rows of every worksheet, a blank row between two sheets. Throws InputError for an
 * encrypted, broken or oversized workbook.
 */
export function readWorkbook(bytes: Uint8Array): Row[] {
  let book: XLSX.WorkBook;
  try {
    // dense: rows as arrays (less memory than an object keyed by address); no formula
    // evaluation, styles or HTML: only the values and their displayed text.
    book = XLSX.read(bytes, { type: "buffer", dense: true, cellText: true, cellHTML: false, cellStyles: false, cellFormula: false, bookVBA: false, WTF: false });
  } catch (error) {
    throw refusal(error);
  }
  const budget = { cells: MAX_CELLS };
  const rows: Row[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    if (!sheet) continue;
    const own = sheetRows(name, sheet, budget);
    if (own.length === 0) continue;
    if (rows.length > 0) rows.push({ cells: [], origin: { sheet: name } });
    rows.push(...own);
  }
  return rows;
}
