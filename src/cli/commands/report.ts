/** `sheetparse report`: a batch of sheets → one self-contained HTML page on stdout (or --output). */
import { runRules } from "../../check/engine.js";
import type { Locations } from "../../model/locations.js";
import type { Document } from "../../model/schema.js";
import { validateDocument } from "../../model/validate-document.js";
import { renderReportChunks, type ReportFile } from "../../html-report/page.js";
import type { ParseOptions } from "../../parse.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { outputErrorMessage, write, writeError } from "../io.js";
import { autoProfileNote, loadInputs } from "../load.js";
import { OutputError, openOutput, type Output } from "../output.js";

export interface ReportCommandOptions {
  /** Write the page here instead of stdout (put in place only once it is whole). */
  output?: string;
}

/**
 * What the page keeps of a Document until the whole batch is read (issue 15, item 6: 20,001
 * small files took 2.4 GB). Positions only on the sheets — they tell the page which sheet
 * each diagnostic belongs to — not on every object as `--positions` gives them; no
 * `unrecognized` lines, which the page does not show. The JSON round trip gives fresh
 * strings: texts of the model are slices of the file's decoded text, and a slice keeps its
 * whole parent string alive in V8.
 */
function pageDocument(document: Document, locations: Locations | undefined): Document {
  const lineOf = (value: object): number | undefined => locations?.get(value)?.start.line;
  const slim: Document = {
    ...document,
    policies: document.policies.map((policy) => withLine(policy, lineOf(policy))),
    projects: document.projects.map((project) => withLine(project, lineOf(project))),
    unrecognized: [],
  };
  return JSON.parse(JSON.stringify(slim)) as Document;
}

function withLine<T extends object>(value: T, line: number | undefined): T {
  return line === undefined ? value : { ...value, line };
}

/**
 * Parses and checks every input, then writes the page. Only the documents are kept
 * (not trees or lines), since the page needs the whole batch at once.
 * Exit 2 when an input is unreadable (the page still shows the others), else 0:
 * problems in the sheets are content of the report, not a failure to make it.
 */
export async function runReportCommand(operands: readonly string[], parseOptions: ParseOptions, options: ReportCommandOptions): Promise<number> {
  const outcome: RunOutcome = { fatal: false, errors: 0, warnings: 0, unrecognized: 0 };
  const files: ReportFile[] = [];
  const { inputs, results } = loadInputs(operands, parseOptions);
  let output: Output;
  try {
    output = openOutput(options.output, inputs);
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    writeError(error.message);
    return 2;
  }
  for await (const result of results) {
    const note = autoProfileNote(result);
    if (note !== null) process.stderr.write(`${note}\n`);
    result.document.diagnostics = runRules(result);
    const checked = validateDocument(result.document);
    const fatal = result.fatal || checked.fatal;
    const document = checked.fatal ? checked.document : pageDocument(checked.document, result.model?.locations);
    if (fatal) {
      outcome.fatal = true;
      for (const diagnostic of document.diagnostics) {
        const where = diagnostic.line > 0 ? `:${diagnostic.line}:${diagnostic.column}` : "";
        writeError(`${diagnostic.path ?? "<stdin>"}${where}: ${diagnostic.message}`);
      }
    }
    files.push({ path: document.source.path, document, fatal });
  }
  try {
    if (options.output !== undefined && files.every((file) => file.fatal)) {
      // A mistyped folder must not replace the last good page with an empty one.
      writeError(`no input could be read: ${options.output} left as it was`);
      return 2;
    }
    // Piece by piece, so that the page (hundreds of MB for a big batch) is never one string.
    for (const chunk of renderReportChunks(files)) await write(output.stream, chunk);
    await output.commit();
  } catch (error) {
    const message = outputErrorMessage(error, options.output);
    if (message === null) throw error;
    writeError(message);
    return 2;
  } finally {
    // Unless committed: the temporary file goes, the target stays as it was.
    await output.discard();
  }
  return getExitCode(outcome, { mode: "parse" });
}
