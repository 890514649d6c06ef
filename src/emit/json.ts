/** JSON out: UTF-8, two-space indent, kana and kanji as they are. */
import type { Document } from "../model/schema.js";

export function toJson(value: Document | Document[] | unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** One document on one line, for NDJSON. */
export function toJsonLine(document: Document): string {
  return `${JSON.stringify(document)}\n`;
}
