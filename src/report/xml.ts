/** XML 1.0 text: markup characters escaped, characters XML forbids (NUL, ESC, lone surrogates …) dropped. */

function isAllowed(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const ENTITIES: ReadonlyMap<string, string> = new Map([
  ["&", "&amp;"],
  ["<", "&lt;"],
  [">", "&gt;"],
  ['"', "&quot;"],
  ["'", "&apos;"],
]);

/** In attribute values a parser turns line breaks and tabs into spaces, so they are written as references. */
const ATTRIBUTE_ENTITIES: ReadonlyMap<string, string> = new Map([
  ...ENTITIES,
  ["\n", "&#10;"],
  ["\r", "&#13;"],
  ["\t", "&#9;"],
]);

function escapeWith(text: string, entities: ReadonlyMap<string, string>): string {
  let out = "";
  for (const ch of text) {
    if (!isAllowed(ch.codePointAt(0) ?? 0)) continue;
    out += entities.get(ch) ?? ch;
  }
  return out;
}

/** Escapes text for element content. */
export function escapeXml(text: string): string {
  return escapeWith(text, ENTITIES);
}

/** Escapes text for an attribute value (quoted with `"`). */
export function escapeXmlAttribute(text: string): string {
  return escapeWith(text, ATTRIBUTE_ENTITIES);
}
