/**
 * YAML out: the same tree as JSON, for YAML 1.2 and YAML 1.1 readers alike.
 * The `yaml` package quotes what YAML 1.2 would read as another type; we also
 * double-quote what YAML 1.1 would (`No`, `on`, `2021-04-01`, `12:30`) and every
 * string with a TAB or another control character, in JSON's escapes, which both
 * versions read. The yaml package is loaded only when asked for.
 */
import { needsEscapes, UNSAFE_LITERAL, yaml11Resolves } from "./yaml-scalars.js";

/** `\uXXXX` for a character JSON.stringify leaves literal; only ever inside a double-quoted scalar. */
function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export async function toYaml(value: unknown): Promise<string> {
  const { Document, Scalar, visit } = await import("yaml");
  const document = new Document(value);
  let escaped = false;
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value !== "string") return;
      if (needsEscapes(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
        escaped = true;
      } else if (yaml11Resolves(node.value)) {
        node.type = Scalar.QUOTE_DOUBLE;
      }
    },
  });
  // doubleQuotedAsJSON: JSON's escapes, no folding, so a double-quoted scalar stays on its line.
  const text = document.toString({ lineWidth: 0, doubleQuotedAsJSON: true });
  // The characters below occur only in strings that were double-quoted above, so
  // replacing them in the text replaces them inside those scalars only.
  return escaped ? text.replace(UNSAFE_LITERAL, escapeChar) : text;
}
