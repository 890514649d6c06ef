/**
 * CSV out: one table to one destination, or `--table all` to `DIR/<table>.csv`. The
 * header is written once, then each document's rows as it arrives.
 */
import { join } from "node:path";
import { formatCsvHeader, formatCsvRows, TABLE_NAMES, type CsvOptions, type TableName } from "../emit/csv/tables.js";
import type { OutputEncoding, Unmappable } from "../emit/csv/encode.js";
import type { Document } from "../model/schema.js";
import type { Sink } from "./document-sink.js";
import { write } from "./io.js";
import { makeOutputDirectory, openFileOutput, stdoutOutput, type Output } from "./output.js";
import type { TableChoice } from "./parse-options.js";

export interface CsvSinkOptions extends CsvOptions {
  table: TableChoice;
  /** A file (one table) or a directory (`all`); stdout when absent. */
  output?: string;
  bom: boolean;
  encoding: OutputEncoding;
}

type Encode = (text: string) => { bytes: Uint8Array; unmappable: Unmappable[] };

async function encoderFor(encoding: OutputEncoding): Promise<Encode> {
  if (encoding === "utf-8") return (text) => ({ bytes: Buffer.from(text, "utf8"), unmappable: [] });
  // iconv-lite is loaded only for CP932 output.
  const { encodeCp932 } = await import("../emit/csv/encode.js");
  return encodeCp932;
}

function mergeUnmappable(into: Map<string, Unmappable>, found: readonly Unmappable[]): void {
  for (const entry of found) {
    const known = into.get(entry.char);
    into.set(entry.char, known ? { ...known, count: known.count + entry.count } : { ...entry });
  }
}

/**
 * Opens the destinations and writes the headers. Throws OutputError when a destination
 * cannot be opened. `report` hears of characters CP932 could not hold, per document.
 */
export async function createCsvSink(options: CsvSinkOptions, report: (document: Document, unmappable: Unmappable[]) => Promise<void>): Promise<Sink> {
  const encode = await encoderFor(options.encoding);
  const names: readonly TableName[] = options.table === "all" ? TABLE_NAMES : [options.table];
  if (options.table === "all" && options.output !== undefined) makeOutputDirectory(options.output);
  const targets: { name: TableName; output: Output }[] = [];
  for (const name of names) {
    const path = options.table === "all" && options.output !== undefined ? join(options.output, `${name}.csv`) : options.output;
    targets.push({ name, output: path === undefined ? stdoutOutput() : openFileOutput(path) });
  }
  for (const { name, output } of targets) {
    const header = encode(formatCsvHeader(name, options)).bytes;
    await write(output.stream, options.bom ? Buffer.concat([Buffer.from("\uFEFF", "utf8"), header]) : header);
  }
  return {
    async write(document) {
      const unmappable = new Map<string, Unmappable>();
      for (const { name, output } of targets) {
        const text = formatCsvRows(name, document, options);
        if (text.length === 0) continue;
        const encoded = encode(text);
        mergeUnmappable(unmappable, encoded.unmappable);
        await write(output.stream, encoded.bytes);
      }
      if (unmappable.size > 0) await report(document, [...unmappable.values()]);
    },
    async end() {
      for (const { output } of targets) await output.close();
    },
  };
}
