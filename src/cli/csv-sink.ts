/**
 * CSV out: one table to one destination, or `--table all` to `DIR/<table>.csv`. The
 * header is written once, then each document's rows as it arrives.
 */
import { join } from "node:path";
import { fileCell, formatCsvHeader, formatCsvRows, formatTableRows, TABLE_NAMES, tables, type CsvOptions, type TableName } from "../emit/csv/tables.js";
import type { PolicyTable, ProjectTable, TableRow } from "../emit/csv/table.js";
import type { OutputEncoding, Unmappable } from "../emit/csv/encode.js";
import type { Document, PolicySheet, ProjectSheet } from "../model/schema.js";
import type { InputRef } from "../source/inputs.js";
import type { Sink } from "./document-sink.js";
import { write } from "./io.js";
import { combineOutputs, makeOutputDirectory, openFileOutput, stdoutOutput, type Destination, type Output } from "./output.js";
import type { TableChoice } from "./parse-options.js";
import { identifyInputs } from "./same-file.js";
import type { CliIo } from "./cli-io.js";

export interface CsvSinkOptions extends CsvOptions {
  table: TableChoice;
  /** A file (one table) or a directory (`all`); stdout when absent. */
  output?: string;
  bom: boolean;
  encoding: OutputEncoding;
}

type Encode = (text: string) => { bytes: Uint8Array; unmappable: Unmappable[] };

/** Text is encoded and written in chunks of about this many characters. */
const WRITE_CHUNK = 1 << 16;

interface CsvTarget {
  name: TableName;
  output: Output;
}

/**
 * The rows of one set-aside sheet, read back from its JSON: the sheet passed its schema
 * check when it was set aside, and JSON keeps every value a table reads.
 */
function sheetRows(table: PolicyTable | ProjectTable, sheet: unknown, index: number): Iterable<TableRow> {
  return table.of === "policies" ? table.rows(sheet as PolicySheet, index) : table.rows(sheet as ProjectSheet, index);
}

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

/** One output per table: stdout, the file of `--output`, or `DIR/<table>.csv` for `all`. Throws OutputError, leaving nothing behind. */
async function openTargets(
  io: CliIo,
  options: CsvSinkOptions,
  names: readonly TableName[],
  inputs: readonly InputRef[],
): Promise<{ targets: CsvTarget[]; destination: Destination }> {
  if (options.output === undefined) {
    const output = stdoutOutput(io);
    return { targets: names.map((name) => ({ name, output })), destination: output };
  }
  const all = options.table === "all";
  const undo = all ? makeOutputDirectory(options.output) : () => undefined;
  const files = identifyInputs(inputs, io.stdinFd);
  const targets: CsvTarget[] = [];
  try {
    for (const name of names) targets.push({ name, output: openFileOutput(all ? join(options.output, `${name}.csv`) : options.output, files) });
  } catch (error) {
    // One table's file is refused: the ones already opened go too, so the folder is as it was.
    await combineOutputs(targets.map((target) => target.output), undo).discard();
    throw error;
  }
  return { targets, destination: combineOutputs(targets.map((target) => target.output), undo) };
}

/**
 * Opens the destinations (refusing any that is one of `inputs`) and writes the headers.
 * Throws OutputError when a destination cannot be opened. `report` hears of characters
 * CP932 could not hold, per document. The files are put in place by `destination.commit()`.
 */
export async function createCsvSink(
  io: CliIo,
  options: CsvSinkOptions,
  inputs: readonly InputRef[],
  report: (document: Document, unmappable: Unmappable[]) => Promise<void>,
): Promise<{ sink: Sink; destination: Destination }> {
  const encode = await encoderFor(options.encoding);
  const names: readonly TableName[] = options.table === "all" ? TABLE_NAMES : [options.table];
  const { targets, destination } = await openTargets(io, options, names, inputs);
  try {
    for (const { name, output } of targets) {
      const header = encode(formatCsvHeader(name, options)).bytes;
      await write(output.stream, options.bom ? Buffer.concat([Buffer.from("\uFEFF", "utf8"), header]) : header);
    }
  } catch (error) {
    await destination.discard();
    throw error;
  }
  const sink: Sink = {
    async write(document, sheets) {
      // Each table's text goes out in chunks; its unmappable characters are kept per table and
      // merged in table order, so the message lists them as a whole-table encoding would.
      const found = targets.map(() => new Map<string, Unmappable>());
      const pending = targets.map(() => "");
      const flush = async (at: number, least: number): Promise<void> => {
        const text = pending[at] ?? "";
        if (text.length === 0 || text.length < least) return;
        pending[at] = "";
        const encoded = encode(text);
        mergeUnmappable(found[at] as Map<string, Unmappable>, encoded.unmappable);
        await write((targets[at] as CsvTarget).output.stream, encoded.bytes);
      };
      const add = async (at: number, text: string): Promise<void> => {
        pending[at] += text;
        await flush(at, WRITE_CHUNK);
      };
      // The diagnostics table is made from the Document's own (they are given apart only for JSON).
      if (sheets?.diagnostics) throw new Error("CSV: the diagnostics were given apart from the Document");
      if (sheets) {
        // Sheets set aside as they were read: each read back once, for every table made of its kind.
        const file = fileCell(document);
        for (const kind of ["policies", "projects"] as const) {
          let index = 0;
          for (const text of sheets[kind].texts()) {
            const sheet: unknown = JSON.parse(text);
            for (const [at, { name }] of targets.entries()) {
              const table = tables[name];
              if (table.of === kind) await add(at, formatTableRows(name, file, sheetRows(table, sheet, index), options));
            }
            index++;
          }
        }
      }
      for (const [at, { name }] of targets.entries()) {
        if (!sheets || tables[name].of === "document") await add(at, formatCsvRows(name, document, options));
        await flush(at, 0);
      }
      const unmappable = new Map<string, Unmappable>();
      for (const table of found) mergeUnmappable(unmappable, [...table.values()]);
      if (unmappable.size > 0) await report(document, [...unmappable.values()]);
    },
    async end() {
      // The tables have no trailer; the files are put in place by the destination.
    },
  };
  return { sink, destination };
}
