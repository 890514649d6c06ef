/**
 * JSON, NDJSON and YAML out, one document at a time: a batch is written as it is
 * parsed, and nothing of a document is kept once it has been written.
 */
import type { Writable } from "node:stream";
import { documentJsonPieces, type DocumentTexts } from "../emit/json.js";
import { documentYamlPieces } from "../emit/yaml.js";
import type { Document } from "../model/schema.js";
import { write } from "./io.js";

/** Pieces are gathered into writes of about this many characters: fewer, larger writes are faster. */
const WRITE_CHUNK = 1 << 16;

/** Writes pieces of text (a document's JSON or YAML, a report) in bounded chunks, waiting for the stream when it is full. */
export async function writePieces(out: Writable, before: string, pieces: Iterable<string> | AsyncIterable<string>, after: string): Promise<void> {
  let buffer = before;
  for await (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= WRITE_CHUNK) {
      await write(out, buffer);
      buffer = "";
    }
  }
  await write(out, buffer + after);
}

/** The indent of a document's JSON in `format`: none in NDJSON, whose document is one line. */
export function jsonIndent(format: "json" | "ndjson"): 0 | 2 {
  return format === "ndjson" ? 0 : 2;
}

/** Receives the documents of a run in order; `end` finishes the output. */
export interface Sink {
  /**
   * `sheets`: the texts of the Document's sheets when it holds none (JSON, NDJSON, YAML and CSV, see
   * streamed-sheets.ts), and of its diagnostics when they are made as they are written (JSON, NDJSON); `json`: the whole document's text in the sink's format, when a
   * worker thread rendered it (see commands/parse.ts).
   */
  write(document: Document, sheets?: DocumentTexts, json?: string): Promise<void>;
  end(): Promise<void>;
}

/**
 * A sink for json (an array when `asArray`, else the one document), ndjson (one line
 * per document) or yaml (`---` between documents when `asArray`).
 */
export function createDocumentSink(format: "json" | "ndjson" | "yaml", out: Writable, asArray: boolean): Sink {
  let written = 0;
  return {
    async write(document, sheets, json) {
      if (format === "yaml") {
        await writePieces(out, asArray ? "---\n" : "", documentYamlPieces(document, sheets), "");
      } else {
        const before = format === "json" && asArray ? (written === 0 ? "[\n" : ",\n") : "";
        const after = format === "json" && asArray ? "" : "\n";
        await writePieces(out, before, json === undefined ? documentJsonPieces(document, jsonIndent(format), "", sheets) : [json], after);
      }
      written++;
    },
    async end() {
      if (format === "json" && asArray) await write(out, written === 0 ? "[]\n" : "\n]\n");
      else if (format === "yaml" && asArray && written === 0) await write(out, "[]\n");
    },
  };
}
