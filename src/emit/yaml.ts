/**
 * YAML out: the same tree as JSON, for YAML 1.2 and YAML 1.1 readers alike.
 * The `yaml` package quotes what YAML 1.2 would read as another type; we also
 * double-quote what YAML 1.1 would (`No`, `on`, `2021-04-01`, `12:30`) and every
 * string with a TAB or another control character, in JSON's escapes, which both
 * versions read. The yaml package is loaded only when asked for.
 */
import type { Document } from "../model/schema.js";
import type { DocumentTexts, SheetTexts } from "./json.js";
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

/** An item's YAML as the whole Document's rendering writes it in a top-level list: two spaces in, blank lines left blank. */
function asListItem(yaml: string): string {
  return yaml.replace(/^(?=.)/gmu, "  ");
}

/** A top-level list's items, as values or (sheets set aside as they were read) as their JSON texts. */
type ListItems = { values: readonly unknown[] } | { texts: SheetTexts };

/**
 * The pieces of `toYaml(document)`, one top-level list item at a time, so that neither a big
 * Document's YAML nor the yaml package's tree of it is ever whole in memory (issue 13).
 * `sheets` gives the policies and projects as JSON texts when they were set aside as they
 * were read (the Document then holds none), and maybe the diagnostics likewise. The rest of the Document is rendered with its
 * lists empty, and each top-level `[]` of a list that has items is replaced by its items,
 * each rendered on its own as a one-item list and indented as in the whole rendering.
 * Without line folding (lineWidth 0) an item's rendering does not depend on its depth, and
 * a line that starts with `diagnostics: []` unindented can only be that key: every other
 * line of the Document is indented, or inside a one-line quoted scalar.
 */
export async function* documentYamlPieces(document: Document, sheets?: DocumentTexts): AsyncGenerator<string> {
  const skeleton: Record<string, unknown> = {};
  const lists: [string, ListItems][] = [];
  for (const [key, value] of Object.entries(document)) {
    const texts = sheets && (key === "policies" || key === "projects" || key === "diagnostics") ? sheets[key] : undefined;
    if (texts && texts.count > 0) lists.push([key, { texts }]);
    else if (Array.isArray(value) && value.length > 0) lists.push([key, { values: value }]);
    skeleton[key] = texts || Array.isArray(value) ? [] : value;
  }
  const rest = await toYaml(skeleton);
  let from = 0;
  for (const [key, items] of lists) {
    const empty = `\n${key}: []\n`;
    // From the newline that ended the list before: it begins this list's line too.
    const at = rest.indexOf(empty, Math.max(0, from - 1));
    if (at < 0) throw new Error(`YAML of a Document without its lists has no empty ${key} list`);
    yield `${rest.slice(from, at + 1)}${key}:\n`;
    if ("values" in items) for (const value of items.values) yield asListItem(await toYaml([value]));
    else for (const text of items.texts.texts()) yield asListItem(await toYaml([JSON.parse(text)]));
    from = at + empty.length;
  }
  yield rest.slice(from);
}
