/**
 * Normalised copies for matching: numbers, labels and markers are matched on NFKC text,
 * while emitted texts stay as written (SPEC §2).
 */

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** NFKC copy of `text`; skips the work for plain ASCII, the common case in numbers. */
export function nfkc(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize("NFKC");
}

/** Whitespace as layout: ASCII space and tab, ideographic space, NBSP and other Unicode spaces. */
export function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\u3000" || ch === "\u00a0" || /^\s$/u.test(ch);
}

/** Removes every whitespace character (after NFKC the ideographic space is a plain space). */
export function removeSpaces(text: string): string {
  let out = "";
  for (const ch of text) if (!isSpace(ch)) out += ch;
  return out;
}

/**
 * The key a label or marker is matched by: NFKC, all spaces removed, so that
 * `予 算 額`, `予算額` and `予算額` (fullwidth) compare equal.
 */
export function matchKey(text: string): string {
  return removeSpaces(nfkc(text));
}
