/**
 * Texts compared across sheets (施策 names, positions, 事業名) are compared after NFKC,
 * without spaces, and with the two Japanese comma and period styles folded together:
 * `，` and `、` (and `．` and `。`) are a house style, not a different text (SPEC §5).
 * It lives in the model because the model links 事業 to 施策 by name with it, and the
 * rules must judge "the same 施策" exactly as that link did.
 */
import { matchKey } from "../source/normalize.js";

/** The comparison key of a text. NFKC has already turned `，` into `,` and `．` into `.`. */
export function comparable(text: string): string {
  let out = "";
  for (const ch of matchKey(text)) {
    if (ch === "," || ch === "、") out += "、";
    else if (ch === "." || ch === "。") out += "。";
    else out += ch;
  }
  return out;
}

/** Whether two optional texts are the same after folding; null matches nothing. */
export function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && comparable(a) === comparable(b);
}
