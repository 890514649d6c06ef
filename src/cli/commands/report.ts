/** `sheetparse report`: a batch of sheets → one self-contained HTML page on stdout (or --output). */
import { writeFileSync } from "node:fs";
import { runRules } from "../../check/engine.js";
import { addPositions } from "../../emit/positions.js";
import { validateDocument } from "../../model/validate-document.js";
import { renderReport, type ReportFile } from "../../html-report/page.js";
import type { ParseOptions } from "../../parse.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { write, writeError } from "../io.js";
import { loadInputs } from "../load.js";

export interface ReportCommandOptions {
  /** Write the page here instead of stdout. */
  output?: string;
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
  for await (const result of loadInputs(operands, parseOptions).results) {
    result.document.diagnostics = runRules(result);
    // Positions tell the page which sheet each diagnostic belongs to.
    const checked = validateDocument(result.model ? addPositions(result.document, result.model.locations) : result.document);
    const { document } = checked;
    const fatal = result.fatal || checked.fatal;
    if (fatal) {
      outcome.fatal = true;
      for (const diagnostic of document.diagnostics) {
        const where = diagnostic.line > 0 ? `:${diagnostic.line}:${diagnostic.column}` : "";
        writeError(`${diagnostic.path ?? "<stdin>"}${where}: ${diagnostic.message}`);
      }
    }
    files.push({ path: document.source.path, document, fatal });
  }
  const page = renderReport(files);
  if (options.output === undefined) await write(process.stdout, page);
  else writeFileSync(options.output, page, "utf8");
  return getExitCode(outcome, { mode: "parse" });
}
