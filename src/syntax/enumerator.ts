/**
 * Enumerators that number a sheet's items (`1`, `(2)`, `②`, `Ⅲ-1`, `ア`): on a line of their
 * own they are layout of the form, never a value (SPEC §7.1).
 */
import { matchKey } from "../source/normalize.js";

/** Matched on the NFKC key without spaces: `②` is `2` and `Ⅲ` is `III` there. */
const LONE_ENUMERATOR = /^\(?(?:\d{1,3}|[ivx]{1,4}|[\u30a2-\u30f3])\)?[.)]?(?:-\d{1,3})?$/iu;

/** True when the text is nothing but an enumerator. */
export function isLoneEnumerator(text: string): boolean {
  const key = matchKey(text);
  return key.length <= 12 && LONE_ENUMERATOR.test(key);
}
