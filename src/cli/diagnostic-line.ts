/** A diagnostic as one stderr line, `path:line:column: message` (or `path: message` without a line), as compilers print them. */
import type { Diagnostic } from "../model/schema.js";
import { printable, printablePath } from "../report/printable.js";
import type { Colors } from "../report/types.js";
import { placeSuffix as originSuffix } from "../report/place.js";

/** The path shown for standard input. */
export const STDIN_NAME = "<stdin>";

/**
 * Fatal diagnostics about a whole input (it could not be read, or its Document failed
 * its schema check) stand at 1:1 like every diagnostic, but a one-line message names
 * the file alone, as compilers do for a missing file; an undecodable input keeps its place.
 */
const WHOLE_INPUT = new Set(["unreadable", "internalError", "invalidDocument", "badFile"]);

/** `:line:column` for a stderr line, or "" for a fatal diagnostic about the whole input. */
export function placeSuffix(diagnostic: Diagnostic): string {
  if (diagnostic.ruleId === "fatal" && WHOLE_INPUT.has(diagnostic.messageId)) return "";
  return diagnostic.line > 0 ? `:${diagnostic.line}:${diagnostic.column}` : "";
}

/** Path and message are made printable before painting (the colours' own escapes must stay). */
export function formatDiagnosticLine(diagnostic: Diagnostic, paint: Colors): string {
  const path = printablePath(diagnostic.path ?? STDIN_NAME);
  // The PDF page or worksheet cell follows, for inputs read from those formats.
  const where = `${path}${placeSuffix(diagnostic)}${originSuffix(diagnostic)}`;
  const colour = diagnostic.severity === "error" ? paint.red : diagnostic.severity === "warning" ? paint.yellow : paint.blue;
  return `${paint.bold(where)}: ${colour(printable(diagnostic.message))}`;
}

/**
 * The diagnostics worth a line on stderr: a fatal one always (the input gave no data),
 * and under `--strict` the ones that make the run fail — errors and unrecognised lines.
 */
export function* diagnosticsToShow(diagnostics: Iterable<Diagnostic>, strict: boolean): Generator<Diagnostic> {
  // One at a time: a big file's diagnostics may be made as they are read (see DiagnosticList).
  for (const diagnostic of diagnostics) {
    if (diagnostic.ruleId === "fatal" || (strict && (diagnostic.severity === "error" || diagnostic.ruleId === "unrecognized-line"))) yield diagnostic;
  }
}
