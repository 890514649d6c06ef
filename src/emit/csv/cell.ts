/** One CSV cell as the tables produce it, before quoting. */

/** A text cell, a number cell, or an empty cell (null: the model has no value). */
export type Cell = string | number | null;

/** Leading characters that make Excel and LibreOffice read a text cell as a formula (OWASP "CSV injection"), fullwidth forms included because Japanese Excel folds them. */
const FORMULA_STARTS: ReadonlySet<string> = new Set(["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]);

/**
 * Neutralises a text cell that a spreadsheet would evaluate, by prefixing `'`.
 * Numbers stay numbers (`-5` is data, not a formula), so only strings are touched.
 */
export function neutraliseCell(cell: Cell): Cell {
  if (typeof cell !== "string" || cell.length === 0) return cell;
  return FORMULA_STARTS.has(cell.charAt(0)) ? `'${cell}` : cell;
}
