/** One CSV cell as the tables produce it, before quoting. */
import { CP932_FOLDS } from "./cp932-folds.js";

/** A text cell, a number cell, or an empty cell (null: the model has no value). */
export type Cell = string | number | null;

/** Leading characters that make Excel and LibreOffice read a text cell as a formula (OWASP "CSV injection"), fullwidth forms included because Japanese Excel folds them. */
const SPREADSHEET_FORMULA_STARTS: readonly string[] = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"];

/**
 * What neutralisation tests: the starts above, and every character that CP932 output
 * writes as one of them (`−` U+2212 becomes `－`). Judging the cell as written and as it
 * will be encoded means one set serves every output encoding, and a UTF-8 file converted
 * to Shift_JIS later (nkf, Excel's "save as") is as safe as our own CP932 output.
 */
const FORMULA_STARTS: ReadonlySet<string> = new Set([
  ...SPREADSHEET_FORMULA_STARTS,
  ...[...CP932_FOLDS].filter(([, to]) => SPREADSHEET_FORMULA_STARTS.includes(to)).map(([from]) => from),
]);

/**
 * Whether a cell starting with this character could be read as a formula: the character
 * itself, or its compatibility form (`﹢` `⁼` `﹫` and the small and superscript minus
 * fold to `+ = @ −` under NFKC, which converters and some spreadsheets apply).
 */
function startsFormula(cell: string): boolean {
  const first = String.fromCodePoint(cell.codePointAt(0) ?? 0);
  if (FORMULA_STARTS.has(first)) return true;
  // ASCII is its own NFKC form; only the rarer first characters pay for normalising.
  return first.charCodeAt(0) >= 0x80 && FORMULA_STARTS.has(String.fromCodePoint(first.normalize("NFKC").codePointAt(0) ?? 0));
}

/**
 * Neutralises a text cell that a spreadsheet would evaluate, by prefixing `'`.
 * Numbers stay numbers (`-5` is data, not a formula), so only strings are touched.
 */
export function neutraliseCell(cell: Cell): Cell {
  if (typeof cell !== "string" || cell.length === 0) return cell;
  return startsFormula(cell) ? `'${cell}` : cell;
}
