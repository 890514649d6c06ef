/**
 * A text shown in a message: cut, so that a 1 MB cell cannot make a 1 MB message, and with
 * tabs and other control characters as spaces, so that a message stays one aligned line.
 */
export function shown(text: string, max = 40): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  let out = "";
  for (const ch of cut) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || code === 0x7f ? " " : ch;
  }
  return `${out}${cut.length < text.length ? "…" : ""}`;
}

/** English quoting: `"text"`. */
export function quote(text: string, max = 40): string {
  return `"${shown(text, max)}"`;
}

/** Japanese quoting: `「text」`. */
export function kagi(text: string, max = 40): string {
  return `「${shown(text, max)}」`;
}
