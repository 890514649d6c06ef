/**
 * Normalised copies for matching: numbers, labels and markers are matched on NFKC text,
 * while emitted texts stay as written (SPEC §2).
 */

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/** NFKC copy of `text`; skips the work for plain ASCII, the common case in numbers. */
export function nfkc(text: string): string {
  return ASCII_ONLY.test(text) ? text : text.normalize("NFKC");
}

/**
 * The characters `String.prototype.trim` removes (ECMAScript WhiteSpace and LineTerminator),
 * so that our cell trimming, blank-line test and `trim()` always agree.
 */
export function isTrimSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** Whitespace as layout: the characters `trim()` removes. */
export function isSpace(ch: string): boolean {
  return ch.length === 1 && isTrimSpace(ch.charCodeAt(0));
}

/** Removes every whitespace character (after NFKC the ideographic space is a plain space). */
export function removeSpaces(text: string): string {
  let i = 0;
  while (i < text.length && !isTrimSpace(text.charCodeAt(i))) i++;
  // Most keys hold no space at all: return the string itself, allocating nothing.
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isTrimSpace(code)) out += text.charAt(i);
  }
  return out;
}

/**
 * The key a label or marker is matched by: NFKC, all spaces removed, so that
 * `予 算 額`, `予算額` and `予算額` (fullwidth) compare equal.
 */
export function matchKey(text: string): string {
  return removeSpaces(nfkc(text));
}
