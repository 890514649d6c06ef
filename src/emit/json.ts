/**
 * JSON out: UTF-8, two-space indent (or none, for NDJSON), kana and kanji as they are.
 * A document is written in pieces, one sheet at a time, so that a huge input never
 * needs its whole JSON as one string (V8 caps a string at about 512 M characters).
 */
import type { Document } from "../model/schema.js";

/** A list's items as JSON texts (`JSON.stringify(item, null, indent)` each), given apart from the Document. */
export interface SheetTexts {
  count: number;
  texts(): Iterable<string>;
}

/**
 * A Document's lists given apart from it as JSON texts: its sheets (set aside as they were
 * read), and maybe its diagnostics (made as they are written); the Document's own are empty.
 */
export interface DocumentTexts {
  policies: SheetTexts;
  projects: SheetTexts;
  diagnostics?: SheetTexts;
}

/** The JSON texts of a list's items. */
function* itemTexts(items: Iterable<unknown>, indent: 0 | 2): Generator<string> {
  for (const item of items) yield JSON.stringify(item, null, indent) ?? "null";
}

/**
 * `count` items given apart as JSON texts, each stringified as it is read from `items()`
 * (which may make it then: a DiagnosticList), so that the list is never whole (issue 13).
 */
export function listTexts(count: number, items: () => Iterable<unknown>, indent: 0 | 2): SheetTexts {
  return { count, texts: () => itemTexts(items(), indent) };
}

/**
 * The pieces of `JSON.stringify(document, null, indent)`, each top-level array item
 * stringified on its own; `margin` indents every line (a document inside an array).
 * `sheets` gives the texts of the policies and projects when the Document holds none of
 * them: they were made as each sheet was read, and set aside (issue 13).
 */
export function documentJsonPieces(document: Document, indent: 0 | 2, margin = "", sheets?: DocumentTexts): Generator<string> {
  // A copy: an interface has no index signature, the record of lists that objectJsonPieces takes.
  return objectJsonPieces(document, indent, margin, sheets && { ...sheets });
}

/**
 * The pieces of `JSON.stringify(object, null, indent)` for a plain object (no toJSON), each
 * item of its array-valued keys stringified on its own, so that a big list is never one
 * string; `margin` indents every line. `lists` gives some keys' items as texts instead.
 */
export function* objectJsonPieces(object: object, indent: 0 | 2, margin = "", lists?: Readonly<Record<string, SheetTexts>>): Generator<string> {
  const newline = indent ? "\n" : "";
  const pad1 = indent ? `${margin}  ` : "";
  const pad2 = indent ? `${margin}    ` : "";
  const colon = indent ? ": " : ":";
  const indented = (text: string, pad: string): string => (indent ? text.replaceAll("\n", `\n${pad}`) : text);
  const entries = Object.entries(object).filter(([, value]) => value !== undefined);
  yield `{${newline}`;
  for (const [index, [key, value]] of entries.entries()) {
    const head = `${pad1}${JSON.stringify(key)}${colon}`;
    const tail = index < entries.length - 1 ? `,${newline}` : newline;
    const given = lists && Object.hasOwn(lists, key) ? lists[key] : undefined;
    const list: SheetTexts | undefined = given ?? (Array.isArray(value) ? { count: value.length, texts: () => itemTexts(value, indent) } : undefined);
    if (list && list.count > 0) {
      yield `${head}[${newline}`;
      let at = 0;
      for (const text of list.texts()) {
        yield `${pad2}${indented(text, pad2)}${at < list.count - 1 ? `,${newline}` : newline}`;
        at++;
      }
      yield `${pad1}]${tail}`;
    } else {
      yield `${head}${indented(JSON.stringify(value, null, indent) ?? "null", pad1)}${tail}`;
    }
  }
  yield `${indent ? margin : ""}}`;
}
