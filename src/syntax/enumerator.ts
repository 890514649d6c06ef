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

/** An enumerator or section code in front of a label, on the key: `1`, `1.`, `(2)`, `2` (from `②`), `III-1`, `ア`, `(ア)`. */
const LEADING_ENUMERATOR = /^\(?(?:\d{1,3}|[ivx]{1,4}|[\u30a2-\u30f3])\)?(?:-\d{1,3})?[.)]?/iu;

/** Characters an enumerated key may start with, for the vocabulary's first-character prefilter. */
export const ENUMERATOR_STARTS = "0123456789(IVXivxアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

/**
 * The key without a leading enumerator (SPEC §7.2: `1 事業名`, `(2) 事業名`, `② 事業名`,
 * `Ⅲ-1 施策`, `ア 事業名` match 事業名), or null when there is none or nothing is left.
 */
export function stripEnumerator(key: string): string | null {
  const match = LEADING_ENUMERATOR.exec(key);
  if (!match || match[0].length === 0 || match[0].length === key.length) return null;
  return key.slice(match[0].length);
}
