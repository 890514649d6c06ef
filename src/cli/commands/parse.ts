/**
 * The default command: sheets → JSON, NDJSON, YAML or CSV on stdout (or --output),
 * streamed one input at a time. Messages, progress and the batch summary go to stderr.
 */
import type { Document } from "../../model/schema.js";
import type { ParseOptions, ParseResult } from "../../parse.js";
import { diagnosticList, runRules } from "../../check/engine.js";
import type { DiagnosticList } from "../../check/diagnostic-list.js";
import { addPositions } from "../../emit/positions.js";
import { validateDocument } from "../../model/validate-document.js";
import type { Unmappable } from "../../emit/csv/encode.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { isBrokenPipe, outputErrorMessage, writeError } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { autoProfileNote, internalErrorResult } from "../load.js";
import { loadBatch } from "../jobs/batch.js";
import { diagnosticsToShow, formatDiagnosticLine, STDIN_NAME } from "../diagnostic-line.js";
import { createDocumentSink, jsonIndent, type Sink } from "../document-sink.js";
import { documentJsonPieces } from "../../emit/json.js";
import { diagnosticsMadeAsRead, spoolThreshold, StreamedSheets, withStreamedSheets } from "../streamed-sheets.js";
import { OutputError, openOutput, type Destination } from "../output.js";
import type { InputRef } from "../../source/inputs.js";
import { loadColors, wantsColor } from "../colors.js";
import { printable, printablePath } from "../../report/printable.js";
import type { Colors } from "../../report/types.js";
import type { ParseCommandOptions } from "../parse-options.js";
import { createProgress, noProgress, type Progress } from "../progress.js";
import { countDocument, emptyTally, formatSummary, sheetCountsOf, type SheetCounts, type Tally } from "../summary.js";
import { localizeFatal } from "../../messages/fatal.js";
import { cliMessages } from "../../messages/cli.js";
import { renderOutputProblem, type OutputProblem } from "../../messages/output.js";
import type { Lang } from "../../messages/types.js";

export { FORMATS, type Format, type ParseCommandOptions } from "../parse-options.js";

/** stderr, with the progress line kept out of the way of messages. */
interface Messages {
  lang: Lang;
  paint: Colors;
  progress: Progress;
  line(text: string): void;
}

async function openMessages(io: CliIo, options: ParseCommandOptions, batch: number, lang: Lang): Promise<Messages> {
  const tty = io.isTTY.stderr;
  const paint = await loadColors(wantsColor(options.color, tty, io.env));
  const progress = tty && batch > 1 ? createProgress(batch, (text) => io.stderr.write(text), Date.now, lang) : noProgress;
  return {
    lang,
    paint,
    progress,
    line(text) {
      progress.clear();
      io.stderr.write(`${text}\n`);
    },
  };
}

/**
 * Rules, `--positions` and the schema check on one result; a bug here becomes that input's
 * fatal result. A result whose sheets were set aside as they were read (`sheets`) is
 * checked part by part; when it fails, its set-aside sheets are let go of unwritten. For
 * JSON and NDJSON its diagnostics are made one at a time, when checked and when written,
 * and never all held (issue 13); the Document's own list is empty then.
 */
function finish(io: CliIo, result: ParseResult, options: ParseCommandOptions, parseOptions: ParseOptions): Omit<ParsedFile, "note"> {
  const sheets = result.sheets instanceof StreamedSheets ? result.sheets : undefined;
  try {
    const lang = parseOptions.lang ?? "en";
    // Only for a big input (over the spool threshold), and for the formats that write them apart.
    const apart = (options.format === "json" || options.format === "ndjson") && diagnosticsMadeAsRead(result, spoolThreshold(io.env));
    const diagnostics = apart ? diagnosticList(result, undefined, lang) : undefined;
    result.document.diagnostics = diagnostics ? [] : runRules(result, undefined, lang);
    const document = options.positions && result.model ? addPositions(result.document, result.model.locations, result.origins) : result.document;
    const checked = sheets ? sheets.finish(document, result.model?.links ?? [], diagnostics) : validateDocument(document);
    if (checked.fatal) sheets?.remove();
    // A failed schema check made a new (English) diagnostic; the others are in `lang` already.
    return {
      document: checked.fatal ? localizedDocument(checked.document, lang) : checked.document,
      fatal: result.fatal || checked.fatal,
      ...(sheets && !checked.fatal ? { sheets } : {}),
      ...(diagnostics && !checked.fatal ? { diagnostics } : {}),
    };
  } catch (error) {
    sheets?.remove();
    return { document: localizedDocument(internalErrorResult(io, result.document.source.path, error, parseOptions).document, parseOptions.lang ?? "en"), fatal: true };
  }
}

/** One input, ready for the main thread: plain data, so that a worker thread can make it (see jobs/). */
export interface ParsedFile {
  /** The stderr line of a close `--profile auto` choice. */
  note: string | null;
  document: Document;
  fatal: boolean;
  /**
   * The Document's sheets, set aside as they were read (JSON and NDJSON in this thread,
   * never from a worker): the Document holds none then. Removed once written.
   */
  sheets?: StreamedSheets;
  /**
   * The Document's diagnostics, made one at a time as they are read, when its own list is
   * empty (with `sheets`, for JSON and NDJSON): `sheets.texts()` writes them too.
   */
  diagnostics?: DiagnosticList;
  /**
   * For json and ndjson made in a worker thread: the document's JSON text, and the counts of
   * the sheets it no longer carries. One string crosses to the main thread far cheaper than
   * the Document's thousands of objects (structured clone copies each), and the main thread,
   * which writes every worker's output, no longer stringifies them.
   */
  rendered?: { json: string; counts: SheetCounts };
}

/**
 * The per-file part of the command: everything that needs the syntax tree. `io` hears of a
 * bug's stack (DEBUG). `inWorker`: json and ndjson are rendered here (see ParsedFile).
 */
export function prepareParsed(io: CliIo, result: ParseResult, options: ParseCommandOptions, parseOptions: ParseOptions, inWorker = false): ParsedFile {
  const note = autoProfileNote(result, parseOptions.lang ?? "en");
  const parsed: ParsedFile = { note, ...finish(io, result, options, parseOptions) };
  return inWorker ? rendered(parsed, options.format) : parsed;
}

/** The file with its document rendered as JSON text, when the format is JSON; as it is otherwise. */
function rendered(file: ParsedFile, format: ParseCommandOptions["format"]): ParsedFile {
  if (format !== "json" && format !== "ndjson") return file;
  const { document } = file;
  let json: string;
  try {
    json = [...documentJsonPieces(document, jsonIndent(format))].join("");
  } catch {
    // An emitter bug: the main thread renders it again and reports it as --jobs 1 does.
    return file;
  }
  return { ...file, document: { ...document, policies: [], projects: [] }, rendered: { json, counts: sheetCountsOf(document) } };
}

/**
 * The parse options with a consumer that sets each sheet aside as its JSON as soon as it is
 * read (the final text for JSON and NDJSON; YAML and CSV, for big inputs only, read each back
 * for its rendering or its rows), so that a big input's Document is never whole in memory (issue 13); with
 * `--profile auto` only for a big input (see withStreamedSheets). `SHEETPARSE_SPOOL_THRESHOLD`
 * (characters in memory before a temporary file takes them) lets tests force the file.
 */
function streamingOptions(io: CliIo, parseOptions: ParseOptions, options: ParseCommandOptions): ParseOptions {
  const { format } = options;
  const json = format === "json" || format === "ndjson";
  const output = { indent: json ? jsonIndent(format) : 0, positions: options.positions ? "all" : "none", threshold: spoolThreshold(io.env), onlyBig: !json } as const;
  return withStreamedSheets(parseOptions, output, io.env);
}

function localizedDocument(document: Document, lang: NonNullable<ParseOptions["lang"]>): Document {
  return { ...document, diagnostics: document.diagnostics.map((diagnostic) => localizeFatal(diagnostic, lang)) };
}

function unmappableLine(document: Document, unmappable: readonly Unmappable[], paint: Colors, lang: Lang): string {
  const listed = unmappable.map((entry) => `"${printable(entry.char)}" (U+${entry.codePoint.toString(16).toUpperCase().padStart(4, "0")}${entry.count > 1 ? `, ${entry.count}×` : ""})`);
  return `${paint.bold(printablePath(document.source.path ?? STDIN_NAME))}: ${paint.yellow(cliMessages[lang].notInCp932(listed.join(", ")))}`;
}

async function openSink(io: CliIo, options: ParseCommandOptions, single: boolean, inputs: readonly InputRef[], messages: Messages): Promise<{ sink: Sink; destination: Destination }> {
  if (options.format === "csv") {
    const { createCsvSink } = await import("../csv-sink.js");
    const csvOutput = options.output === undefined ? {} : { output: options.output };
    return createCsvSink(io, { ...options.csv, ...csvOutput, positions: options.positions }, inputs, async (document, unmappable) => {
      messages.line(unmappableLine(document, unmappable, messages.paint, messages.lang));
    });
  }
  const output = openOutput(io, options.output, inputs);
  return { sink: createDocumentSink(options.format, output.stream, !single), destination: output };
}

function outcomeOf(tally: Tally, failures: number): RunOutcome {
  return { fatal: tally.unreadable > 0 || failures > 0, errors: tally.errors, warnings: tally.warnings, unrecognized: tally.unrecognized };
}

/** Errors of the system (EPIPE, ENOSPC…) carry a code; anything else is a bug of ours. */
function isSystemError(error: unknown): boolean {
  return typeof (error as NodeJS.ErrnoException | null)?.code === "string";
}

/** A failed write that is no error of the system's, with the error's own words. */
function writeFailure(error: unknown, output: string | undefined): OutputProblem {
  const reason = { id: "detail" as const, data: { text: (error as Error).message } };
  return output === undefined ? { id: "cannotWriteStdout", data: { reason } } : { id: "cannotWrite", data: { path: output, reason } };
}

/** Runs the default command over the operands on `io`; returns the exit code (SPEC §4). */
export async function runParseCommand(io: CliIo, operands: readonly string[], parseOptions: ParseOptions, options: ParseCommandOptions): Promise<number> {
  const lang = parseOptions.lang ?? "en";
  const step = (result: ParseResult): ParsedFile => prepareParsed(io, result, options, parseOptions);
  const { count, single, inputs, results } = loadBatch(io, operands, streamingOptions(io, parseOptions, options), { command: "parse", options }, step, options.jobs);
  const messages = await openMessages(io, options, count, lang);
  const tally = emptyTally();
  let failures = 0;
  // When no input could be read (a mistyped folder), the last good --output file is worth more than an empty one.
  const keep = (): boolean => options.output === undefined || tally.parsed > 0;
  let opened: { sink: Sink; destination: Destination };
  try {
    opened = await openSink(io, options, single, inputs, messages);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    writeError(io, renderOutputProblem(lang, error.problem));
    return 2;
  }
  try {
    for await (const { note, document, fatal, sheets, diagnostics, rendered } of results) {
      try {
        if (note !== null) messages.line(note);
        countDocument(tally, document, fatal, sheets?.counts ?? rendered?.counts, diagnostics?.counts());
        // Diagnostics made as they are read are the rules' (never fatal): only --strict shows any of them.
        const shown = diagnostics === undefined || options.strict ? diagnosticsToShow(diagnostics ?? document.diagnostics, options.strict) : [];
        for (const diagnostic of shown) messages.line(formatDiagnosticLine(diagnostic, messages.paint));
        try {
          await opened.sink.write(document, sheets?.texts(), rendered?.json);
        } catch (error) {
          if (isSystemError(error)) throw error;
          // An emitter bug on one input: name the input, go on with the others, exit 2.
          failures++;
          for (const diagnostic of internalErrorResult(io, document.source.path, error, parseOptions).document.diagnostics) {
            messages.line(formatDiagnosticLine(localizeFatal(diagnostic, parseOptions.lang ?? "en"), messages.paint));
          }
        }
      } finally {
        // Written or not, the set-aside sheets go: nothing of an input outlives its turn.
        sheets?.remove();
      }
      messages.progress.tick();
    }
    await opened.sink.end();
    if (keep()) await opened.destination.commit();
  } catch (error) {
    messages.progress.clear();
    // A reader that stopped early (`| head`) is not a failure of ours: stop quietly, without a summary of a partial run.
    if (isBrokenPipe(error)) return getExitCode(outcomeOf(tally, failures), { mode: "parse", strict: options.strict });
    writeError(io, outputErrorMessage(error, options.output, lang) ?? renderOutputProblem(lang, writeFailure(error, options.output)));
    return 2;
  } finally {
    // Unless committed: the temporary file goes, the target stays as it was.
    await opened.destination.discard();
  }
  messages.progress.clear();
  if (count > 1) messages.line(`sheetparse: ${formatSummary(tally, messages.paint, lang)}`);
  if (!keep()) messages.line(`sheetparse: ${cliMessages[lang].noInputRead(printable(options.output ?? ""))}`);
  return getExitCode(outcomeOf(tally, failures), { mode: "parse", strict: options.strict });
}
