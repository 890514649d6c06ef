/**
 * The default command's flags, checked together: choices commander cannot express
 * alone (`--table all` needs `--output`, `--bom` only for CSV…) become one-line usage
 * errors. Light on imports so that `--help` and the other commands start fast.
 */
import { TABLE_NAMES, DEFAULT_TABLE, type TableName } from "../emit/csv/table-names.js";
import type { OutputEncoding } from "../emit/csv/encode.js";

export const FORMATS = ["json", "ndjson", "yaml", "csv"] as const;
export type Format = (typeof FORMATS)[number];

/** `--table` choices: every table, or `all` (one file per table under `--output DIR`). */
export const TABLE_CHOICES = [...TABLE_NAMES, "all"] as const;
export type TableChoice = TableName | "all";

/** `--output-encoding` names, lower-cased, and the encoding each means. */
const OUTPUT_ENCODINGS: ReadonlyMap<string, OutputEncoding> = new Map([
  ["utf-8", "utf-8"],
  ["utf8", "utf-8"],
  ["cp932", "cp932"],
  ["shift_jis", "cp932"],
  ["shift-jis", "cp932"],
  ["sjis", "cp932"],
  ["windows-31j", "cp932"],
]);

/** The name `--output-encoding` was given, as an OutputEncoding, or null when unknown. */
export function parseOutputEncoding(name: string): OutputEncoding | null {
  return OUTPUT_ENCODINGS.get(name.toLowerCase()) ?? null;
}

/** The flags as commander hands them over. */
export interface ParseFlags {
  format: Format;
  table?: TableChoice;
  output?: string;
  positions: boolean;
  strict: boolean;
  bom: boolean;
  outputEncoding?: OutputEncoding;
  rawCells: boolean;
  /** False with `--no-color`. */
  color: boolean;
}

/** What the parse command runs with, once the flags agree with each other. */
export interface ParseCommandOptions {
  format: Format;
  output?: string;
  positions: boolean;
  strict: boolean;
  color: boolean;
  csv: { table: TableChoice; bom: boolean; encoding: OutputEncoding; rawCells: boolean };
}

export type ResolvedFlags = { ok: true; options: ParseCommandOptions } | { ok: false; message: string };

const HINT = "(run sheetparse --help for usage)";

function usage(message: string): ResolvedFlags {
  return { ok: false, message: `${message} ${HINT}` };
}

/**
 * Checks the flags against each other. `formatGiven` tells an explicit `--format` from
 * the default, so that `--table NAME` alone means CSV.
 */
export function resolveParseFlags(flags: ParseFlags, formatGiven: boolean): ResolvedFlags {
  const format: Format = flags.table !== undefined && !formatGiven ? "csv" : flags.format;
  if (format !== "csv") {
    if (flags.table !== undefined) return usage(`--table needs --format csv (got --format ${format})`);
    if (flags.bom) return usage(`--bom applies to --format csv only`);
    if (flags.outputEncoding !== undefined) return usage(`--output-encoding applies to --format csv only`);
    if (flags.rawCells) return usage(`--raw-cells applies to --format csv only`);
  }
  const table = flags.table ?? DEFAULT_TABLE;
  if (table === "all" && (flags.output === undefined || flags.output === "-")) return usage(`--table all writes one file per table: add --output DIR`);
  const encoding = flags.outputEncoding ?? "utf-8";
  if (flags.bom && encoding !== "utf-8") return usage(`--bom is for UTF-8 output; CP932 has no byte order mark`);
  // `-o -` means standard output, as in most Unix tools.
  const output = flags.output === undefined || flags.output === "-" ? {} : { output: flags.output };
  return {
    ok: true,
    options: {
      format,
      ...output,
      positions: flags.positions,
      strict: flags.strict,
      color: flags.color,
      csv: { table, bom: flags.bom, encoding, rawCells: flags.rawCells },
    },
  };
}
