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
  const key = matchKey(text);
  // `、` and `。` stay as they are: only the ASCII comma and period are folded, and most
  // texts hold neither, so the key itself is returned without a copy.
  if (!key.includes(",") && !key.includes(".")) return key;
  return key.replaceAll(",", "、").replaceAll(".", "。");
}

/** Whether two optional texts are the same after folding; null matches nothing. */
export function sameText(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && comparable(a) === comparable(b);
}
