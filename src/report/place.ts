/**
 * The place in the original file that a diagnostic's line stands for, when the input was
 * read from a PDF (`p.3`) or a workbook (`評価シート!B7`), as every reporter shows it beside
 * `line:column` (SPEC §8). Empty for text input.
 */
import type { Diagnostic } from "../model/schema.js";

export function placeText(d: Pick<Diagnostic, "page" | "sheet" | "cell">): string {
  if (d.page !== undefined) return `p.${d.page}`;
  if (d.sheet !== undefined) return d.cell === undefined ? d.sheet : `${d.sheet}!${d.cell}`;
  return "";
}

/** ` (p.3)` after a message, or nothing. */
export function placeSuffix(d: Pick<Diagnostic, "page" | "sheet" | "cell">): string {
  const place = placeText(d);
  return place === "" ? "" : ` (${place})`;
}
