/**
 * Human output, grouped by file like ESLint's: `line:column  severity  message  ruleId`,
 * columns aligned by display width so Japanese messages line up, then a summary line.
 */
import type { Diagnostic, Severity } from "../../model/schema.js";
import { codeFrame, layoutLine, type LineLayout } from "../code-frame.js";
import { displayWidth, padEndWidth } from "../display-width.js";
import { totals } from "../file-report.js";
import { oneLine, printablePath } from "../printable.js";
import { placeText } from "../place.js";
import { cliMessages, type CliMessages } from "../../messages/cli.js";
import { STDIN_NAME, wholeReport, type Colors, type FileReport, type ReportContext, type Reporter } from "../types.js";

function paintSeverity(severity: Severity, text: string, colors: Colors): string {
  return severity === "error" ? colors.red(text) : severity === "warning" ? colors.yellow(text) : colors.blue(text);
}

/** One diagnostic's row: its words as printed, before padding. */
function rowOf(d: Diagnostic, say: CliMessages) {
  return { d, severity: say.severity[d.severity], message: oneLine(d.message), line: String(d.line), column: String(d.column), place: oneLine(placeText(d)) };
}

/** The widths the columns are padded to: the widest of each over the file's rows. */
function columnWidths(diagnostics: Iterable<Diagnostic>, say: CliMessages) {
  const widths = { line: 0, column: 0, severity: 0, message: 0, place: 0 };
  for (const d of diagnostics) {
    const row = rowOf(d, say);
    widths.line = Math.max(widths.line, row.line.length);
    widths.column = Math.max(widths.column, row.column.length);
    widths.severity = Math.max(widths.severity, displayWidth(row.severity));
    widths.message = Math.max(widths.message, displayWidth(row.message));
    widths.place = Math.max(widths.place, displayWidth(row.place));
  }
  return widths;
}

/**
 * One file's lines, each after a newline but the first: a file of tens of thousands of
 * problems is never one string. Two readings of the diagnostics, the widths first, then the
 * rows: each row is made when written, so that no row (nor, from a DiagnosticList, any
 * diagnostic) is held for the whole file (issue 13).
 */
function* filePieces(file: FileReport, colors: Colors, withFrames: boolean, say: CliMessages): Generator<string> {
  const { line: lineWidth, column: columnWidth, severity: severityWidth, message: messageWidth, place: placeWidth } = columnWidths(file.diagnostics, say);
  yield colors.underline(printablePath(file.filePath ?? STDIN_NAME));
  // Each source line is laid out once, however many diagnostics it has (laying it out per diagnostic was quadratic).
  const layouts = new Map<number, LineLayout>();
  for (const diagnostic of file.diagnostics) {
    // The PDF page or worksheet cell, after line:column, for inputs read from those formats.
    const { d, severity: word, message, line, column, place } = rowOf(diagnostic, say);
    const position = colors.dim(`${line.padStart(lineWidth)}:${column.padEnd(columnWidth)}${placeWidth > 0 ? ` ${padEndWidth(place, placeWidth)}` : ""}`);
    const severity = paintSeverity(d.severity, padEndWidth(word, severityWidth), colors);
    yield `\n  ${position}  ${severity}  ${padEndWidth(message, messageWidth)}  ${colors.dim(d.ruleId)}`;
    const source = withFrames ? file.sourceLines.get(d.line) : undefined;
    if (source === undefined) continue;
    let layout = layouts.get(d.line);
    if (layout === undefined) {
      layout = layoutLine(source);
      layouts.set(d.line, layout);
    }
    for (const frameLine of codeFrame(layout, d, colors, lineWidth + 2)) yield `\n  ${frameLine}`;
  }
}

/** The default reporter, in pieces. Nothing when there is nothing to report. */
export function* stylishPieces({ files, colors, codeFrame: withFrames, lang = "en" }: ReportContext): Generator<string> {
  const withProblems = files.filter((file) => file.diagnostics.length > 0);
  if (withProblems.length === 0) return;
  const say = cliMessages[lang];
  const { errors, warnings, infos } = totals(files);
  const summary = say.problems(errors, warnings, infos);
  const painted = errors > 0 ? colors.red(colors.bold(summary)) : warnings > 0 ? colors.yellow(colors.bold(summary)) : colors.blue(colors.bold(summary));
  for (const [index, file] of withProblems.entries()) {
    yield index === 0 ? "\n" : "\n\n";
    yield* filePieces(file, colors, withFrames, say);
  }
  yield `\n\n${painted}\n`;
}

/** The default reporter. Prints nothing when there is nothing to report. */
export const stylish: Reporter = wholeReport(stylishPieces);
