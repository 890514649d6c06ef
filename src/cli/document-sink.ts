/**
 * JSON, NDJSON and YAML out, one document at a time: a batch is written as it is
 * parsed, and nothing of a document is kept once it has been written.
 */
import type { Writable } from "node:stream";
import { toJson, toJsonLine } from "../emit/json.js";
import { toYaml } from "../emit/yaml.js";
import type { Document } from "../model/schema.js";
import { write } from "./io.js";

/** Receives the documents of a run in order; `end` finishes the output. */
export interface Sink {
  write(document: Document): Promise<void>;
  end(): Promise<void>;
}

/**
 * A sink for json (an array when `asArray`, else the one document), ndjson (one line
 * per document) or yaml (`---` between documents when `asArray`).
 */
export function createDocumentSink(format: "json" | "ndjson" | "yaml", out: Writable, asArray: boolean): Sink {
  let written = 0;
  return {
    async write(document) {
      if (format === "ndjson") await write(out, toJsonLine(document));
      else if (format === "yaml") await write(out, `${asArray ? "---\n" : ""}${await toYaml(document)}`);
      else if (!asArray) await write(out, toJson(document));
      else await write(out, `${written === 0 ? "[\n" : ",\n"}${toJson(document).trimEnd()}`);
      written++;
    },
    async end() {
      if (format === "json" && asArray) await write(out, written === 0 ? "[]\n" : "\n]\n");
      else if (format === "yaml" && asArray && written === 0) await write(out, "[]\n");
    },
  };
}
