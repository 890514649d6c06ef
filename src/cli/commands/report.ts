/** `sheetparse report`: a batch of sheets → one self-contained HTML page on stdout (or --output). */
import { runRules } from "../../check/engine.js";
import type { Locations } from "../../model/locations.js";
import type { Document, PolicySheet, ProjectSheet } from "../../model/schema.js";
import { spoolThreshold, StreamedSheets, withStreamedSheets } from "../streamed-sheets.js";
import { validateDocument } from "../../model/validate-document.js";
import { ReportPage } from "../../emit/html/page.js";
import type { ReportSheets } from "../../emit/html/model.js";
import type { ParseOptions, ParseResult } from "../../parse.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { outputErrorMessage, write, writeError } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { autoProfileNote } from "../load.js";
import { loadBatch } from "../jobs/batch.js";
import { OutputError, openOutput, type Output } from "../output.js";
import { openSpool, type Spool } from "../spool.js";
import { placeSuffix } from "../diagnostic-line.js";
import { localizeFatal } from "../../messages/fatal.js";
import { cliMessages } from "../../messages/cli.js";
import { renderOutputProblem } from "../../messages/output.js";
import type { Lang } from "../../messages/types.js";

export interface ReportCommandOptions {
  /** Write the page here instead of stdout (put in place only once it is whole). */
  output?: string;
  /** Files parsed and checked at once (`--jobs`); 1 (in this thread) when absent. */
  jobs?: number;
}

/** One input made ready for the page, as plain data, so that a worker thread can make it (see jobs/). */
export interface ReportedFile {
  /** The stderr line of a close `--profile auto` choice. */
  note: string | null;
  /** Why the input is missing from the page, for stderr in --lang's language. */
  errors: string[];
  document: Document;
  fatal: boolean;
  /**
   * The sheets set aside as they were read (in this thread only, never from a worker): the
   * Document's lists hold stand-ins then, and the page reads each sheet from here as it
   * renders it. Removed once the file's sections are written.
   */
  sheets?: StreamedSheets;
}

/** The per-file part of the command: everything that needs the syntax tree. */
export function prepareReported(result: ParseResult, lang: Lang): ReportedFile {
  const note = autoProfileNote(result, lang);
  // Fatal diagnostics are made in English; stderr says them in --lang's language.
  const unread = result.fatal ? result.document.diagnostics : [];
  // Sheets set aside as they were read (issue 13): checked part by part, then read back one at a time.
  const sheets = result.sheets instanceof StreamedSheets ? result.sheets : undefined;
  let handedOn = false;
  try {
    // The page is Japanese whatever --lang says (SPEC §5): its readers fix the sheets.
    result.document.diagnostics = runRules(result, undefined, "ja");
    const checked = sheets ? sheets.finish(result.document, result.model?.links ?? []) : validateDocument(result.document);
    const fatal = result.fatal || checked.fatal;
    let document: Document;
    if (checked.fatal) document = { ...checked.document, diagnostics: checked.document.diagnostics.map((d) => localizeFatal(d, "ja")) };
    else document = sheets ? standInDocument(checked.document, sheets) : pageDocument(checked.document, result.model?.locations);
    const errors = fatal
      ? (checked.fatal ? checked.document.diagnostics : unread).map(
          (diagnostic) => `${diagnostic.path ?? "<stdin>"}${placeSuffix(diagnostic)}: ${localizeFatal(diagnostic, lang, result.unreadable).message}`,
        )
      : [];
    if (sheets === undefined || checked.fatal) return { note, errors, document, fatal };
    handedOn = true;
    return { note, errors, document, fatal, sheets };
  } finally {
    if (!handedOn) sheets?.remove();
  }
}

/** The round trip that gives the page its own copy of the Document's data (see pageDocument). */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * All of the page's Document but its sheets, round-tripped: its diagnostics one by one, so
 * that a big file's tens of thousands of them are never one JSON string (issue 13).
 */
function roundTripRest(document: Document): Document {
  return { ...roundTrip({ ...document, policies: [], projects: [], unrecognized: [], diagnostics: [] }), diagnostics: document.diagnostics.map(roundTrip) };
}

/**
 * What the page needs of a Document. Positions only on the sheets — they tell the page which
 * sheet each diagnostic belongs to — not on every object as `--positions` gives them; no
 * `unrecognized` lines, which the page does not show. The JSON round trip (which once gave
 * fresh strings to keep, issue 15 item 6) stays so that the page is byte for byte what it
 * was: the Document the page renders is exactly the JSON one.
 */
function pageDocument(document: Document, locations: Locations | undefined): Document {
  const lineOf = (value: object): number | undefined => locations?.line(value);
  // Sheet by sheet, so that a big file's Document is never one JSON string.
  return {
    ...roundTripRest(document),
    policies: document.policies.map((policy) => roundTrip(withLine(policy, lineOf(policy)))),
    projects: document.projects.map((project) => roundTrip(withLine(project, lineOf(project)))),
  };
}

/** Parses each of the texts (sheets set aside as the JSON the page reads) in turn. */
function* parsed<T>(list: { texts(): Iterable<string> }): Generator<T> {
  for (const text of list.texts()) yield JSON.parse(text) as T;
}

/**
 * The page's Document when its sheets were set aside as they were read: its lists hold
 * stand-ins, each sheet without its tables and texts — what the page needs of every sheet
 * at once (names, lines, 施策, links); the sheets themselves are read again one at a time
 * as their sections are rendered (`readSheets`).
 */
function standInDocument(document: Document, sheets: StreamedSheets): Document {
  const texts = sheets.texts();
  const policies = Array.from(parsed<PolicySheet>(texts.policies), (policy): PolicySheet => ({ ...policy, mainProjects: [], targets: [], opinions: [], extras: [] }));
  const projects = Array.from(parsed<ProjectSheet>(texts.projects), (project): ProjectSheet => ({ ...project, purpose: null, years: [], check: null, action: null, indicator: null, futureTargets: [], extras: [] }));
  return { ...roundTripRest(document), policies, projects };
}

/** The sheets for the page, read from where they were set aside, in order. */
function readSheets(sheets: StreamedSheets): ReportSheets {
  const texts = sheets.texts();
  return { policies: parsed<PolicySheet>(texts.policies), projects: parsed<ProjectSheet>(texts.projects) };
}

function withLine<T extends object>(value: T, line: number | undefined): T {
  return line === undefined ? value : { ...value, line };
}

/** Opens the output, then the spool of sections; null (after saying why) when either cannot be. */
async function openDestinations(io: CliIo, path: string | undefined, inputs: Parameters<typeof openOutput>[2], lang: Lang): Promise<{ output: Output; spool: Spool } | null> {
  let output: Output | undefined;
  try {
    output = openOutput(io, path, inputs);
    return { output, spool: openSpool(path) };
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    await output?.discard();
    writeError(io, renderOutputProblem(lang, error.problem));
    return null;
  }
}

/**
 * Parses and checks every input and writes the page. The summary and overview at the top
 * need the whole batch, so each file's sections are rendered as soon as it is read and set
 * aside in a temporary file; only the rows and counts of the top stay in memory (issue 15,
 * item 6). At the end: the top, the set-aside sections copied in chunks, the end.
 * Exit 2 when an input is unreadable (the page still shows the others), else 0:
 * problems in the sheets are content of the report, not a failure to make it.
 */
export async function runReportCommand(io: CliIo, operands: readonly string[], parseOptions: ParseOptions, options: ReportCommandOptions): Promise<number> {
  const outcome: RunOutcome = { fatal: false, errors: 0, warnings: 0, unrecognized: 0 };
  const lang = parseOptions.lang ?? "en";
  const step = (result: ParseResult): ReportedFile => prepareReported(result, lang);
  // Each sheet is set aside as the JSON the page reads, with its line, as soon as it is read,
  // and let go of (issue 13).
  const streaming = withStreamedSheets(parseOptions, { indent: 0, positions: "sheet", threshold: spoolThreshold(io.env) }, io.env);
  const { inputs, results } = loadBatch(io, operands, streaming, { command: "report" }, step, options.jobs);
  const opened = await openDestinations(io, options.output, inputs, lang);
  if (opened === null) return 2;
  const { output, spool } = opened;
  const page = new ReportPage();
  let readable = 0;
  try {
    for await (const { note, errors, document, fatal, sheets } of results) {
      try {
        if (note !== null) io.stderr.write(`${note}\n`);
        if (fatal) {
          outcome.fatal = true;
          for (const error of errors) writeError(io, error);
        } else readable++;
        const file = { path: document.source.path, document, fatal, ...(sheets ? { sheets: readSheets(sheets) } : {}) };
        for (const piece of page.add(file)) await write(spool.stream, piece);
      } finally {
        // Written or not, the set-aside sheets go: nothing of an input outlives its turn.
        sheets?.remove();
      }
    }
    if (options.output !== undefined && readable === 0) {
      // A mistyped folder must not replace the last good page with an empty one.
      writeError(io, cliMessages[lang].noInputRead(options.output));
      return 2;
    }
    for (const chunk of page.top()) await write(output.stream, chunk);
    await spool.copyTo(output.stream);
    await write(output.stream, page.bottom());
    await output.commit();
  } catch (error) {
    const message = outputErrorMessage(error, options.output, lang);
    if (message === null) throw error;
    writeError(io, message);
    return 2;
  } finally {
    // Unless committed: the temporary files go, the target stays as it was.
    await spool.remove();
    await output.discard();
  }
  return getExitCode(outcome, { mode: "parse" });
}
