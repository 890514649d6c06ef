/**
 * The default command's flags, checked together: choices commander cannot express
 * alone (`--table all` needs `--output`, `--bom` only for CSV…) become one-line usage
 * errors. Light on imports so that `--help` and the other commands start fast.
 */
import { TABLE_NAMES, DEFAULT_TABLE, type TableName } from "../emit/csv/table-names.js";
import type { OutputEncoding } from "../emit/csv/encode.js";
import { usageMessages } from "../messages/usage.js";
import type { Lang } from "../messages/types.js";

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
  /** Files parsed at once (`--jobs`); 1 (in this thread) when absent. */
  jobs?: number;
}

export type ResolvedFlags = { ok: true; options: ParseCommandOptions } | { ok: false; message: string };

/**
 * Checks the flags against each other; a problem is worded in `lang`. `formatGiven` tells
 * an explicit `--format` from the default, so that `--table NAME` alone means CSV.
 */
export function resolveParseFlags(flags: ParseFlags, formatGiven: boolean, lang: Lang = "en"): ResolvedFlags {
  const say = usageMessages[lang];
  const usage = (message: string): ResolvedFlags => ({ ok: false, message: say.withHint(message) });
  const format: Format = flags.table !== undefined && !formatGiven ? "csv" : flags.format;
  if (format !== "csv") {
    if (flags.table !== undefined) return usage(say.tableNeedsCsv(format));
    if (flags.bom) return usage(say.csvOnly("--bom"));
    if (flags.outputEncoding !== undefined) return usage(say.csvOnly("--output-encoding"));
    if (flags.rawCells) return usage(say.csvOnly("--raw-cells"));
  }
  const table = flags.table ?? DEFAULT_TABLE;
  if (table === "all" && (flags.output === undefined || flags.output === "-")) return usage(say.tableAllNeedsOutput);
  const encoding = flags.outputEncoding ?? "utf-8";
  if (flags.bom && encoding !== "utf-8") return usage(say.bomNeedsUtf8);
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
