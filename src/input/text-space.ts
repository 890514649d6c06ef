/**
 * HTML-style white space for texts read from markup: runs of ASCII white space become one
 * space; the ends are trimmed of ASCII white space and NO-BREAK SPACE (an "empty" cell of an
 * exported table is often `&nbsp;`). The ideographic space U+3000 is text in Japanese
 * documents and stays, unlike String.prototype.trim, which would remove it.
 */

function isAsciiSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Collapses ASCII white space runs to one space. */
export function collapseSpace(text: string): string {
  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isAsciiSpace(code)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out !== "") out += " ";
    pendingSpace = false;
    out += text[i];
  }
  return out;
}

/** Trims ASCII white space and U+00A0 at both ends; U+3000 stays. */
export function trimSpace(text: string): string {
  const skip = (code: number) => isAsciiSpace(code) || code === 0xa0;
  let start = 0;
  let end = text.length;
  while (start < end && skip(text.charCodeAt(start))) start++;
  while (end > start && skip(text.charCodeAt(end - 1))) end--;
  return text.slice(start, end);
}
