/**
 * Normalised copies for matching: numbers, labels and markers are matched on NFKC text,
 * while emitted texts stay as written (SPEC §2).
 */

/**
 * Characters NFKC leaves alone that fill most sheets: ASCII, hiragana, katakana, the
 * common CJK ideographs, and the Japanese punctuation the template uses. Fullwidth
 * digits and letters, halfwidth kana and the ideographic space are not among them.
 * (None of them is a combining mark, nor composes with the character before it.)
 */
export function isNfkcStable(code: number): boolean {
  if (code < 0x80) return true;
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code >= 0x3041 && code <= 0x3096) return true;
  if (code >= 0x30a1 && code <= 0x30fc) return true;
  return code === 0x3001 || code === 0x3002 || (code >= 0x300c && code <= 0x3011) || code === 0x2015 || code === 0x2014 || code === 0x25b3 || code === 0x25b2;
}

/** NFKC copy of `text`; skips the work when every character is already stable, the common case. */
export function nfkc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (!isNfkcStable(text.charCodeAt(i))) return text.normalize("NFKC");
  }
  return text;
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
 * Splits a trailing parenthesised note off a match key: `予算額(千円)` → `予算額` and
 * `千円`. Null when the key ends in no such note (or is nothing but one).
 */
export function splitTrailingNote(key: string): { base: string; note: string } | null {
  if (!key.endsWith(")")) return null;
  const open = key.lastIndexOf("(");
  if (open <= 0) return null;
  return { base: key.slice(0, open), note: key.slice(open + 1, -1) };
}

/**
 * The key a label or marker is matched by: NFKC, all spaces removed, so that
 * `予 算 額`, `予算額` and `予算額` (fullwidth) compare equal.
 */
export function matchKey(text: string): string {
  // One pass for the common case, a text NFKC keeps: it is its own key unless it holds a space.
  let spaced = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isNfkcStable(code)) return removeSpaces(text.normalize("NFKC"));
    if (!spaced && isTrimSpace(code)) spaced = true;
  }
  return spaced ? removeSpaces(text) : text;
}
