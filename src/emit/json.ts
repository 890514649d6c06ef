/**
 * JSON out: UTF-8, two-space indent (or none, for NDJSON), kana and kanji as they are.
 * A document is written in pieces, one sheet at a time, so that a huge input never
 * needs its whole JSON as one string (V8 caps a string at about 512 M characters).
 */
import type { Document } from "../model/schema.js";

/**
 * The pieces of `JSON.stringify(document, null, indent)`, each top-level array item
 * stringified on its own; `margin` indents every line (a document inside an array).
 */
export function* documentJsonPieces(document: Document, indent: 0 | 2, margin = ""): Generator<string> {
  const newline = indent ? "\n" : "";
  const pad1 = indent ? `${margin}  ` : "";
  const pad2 = indent ? `${margin}    ` : "";
  const colon = indent ? ": " : ":";
  const indented = (text: string, pad: string): string => (indent ? text.replaceAll("\n", `\n${pad}`) : text);
  const entries = Object.entries(document).filter(([, value]) => value !== undefined);
  yield `{${newline}`;
  for (const [index, [key, value]] of entries.entries()) {
    const head = `${pad1}${JSON.stringify(key)}${colon}`;
    const tail = index < entries.length - 1 ? `,${newline}` : newline;
    if (Array.isArray(value) && value.length > 0) {
      yield `${head}[${newline}`;
      for (const [at, item] of value.entries()) {
        yield `${pad2}${indented(JSON.stringify(item, null, indent) ?? "null", pad2)}${at < value.length - 1 ? `,${newline}` : newline}`;
      }
      yield `${pad1}]${tail}`;
    } else {
      yield `${head}${indented(JSON.stringify(value, null, indent) ?? "null", pad1)}${tail}`;
    }
  }
  yield `${indent ? margin : ""}}`;
}
