/** The rows the summary lists per file and per diagnostic, rendered as each file is read (see totals.ts). */
import type { Severity } from "../../model/schema.js";
import { html, type SafeHtml } from "./escape.js";
import { SEVERITIES, locationOf } from "./diagnostics.js";
import type { DiagnosticEntry, FileEntry } from "./model.js";

/** A file's row of the file table: encoding, lines, sheets, diagnostics by severity. */
export function fileRowHtml(file: FileEntry): SafeHtml {
  const diagnostics = [...file.diagnostics, ...file.sheets.flatMap((sheet) => sheet.diagnostics)];
  const count = (severity: Severity): number => diagnostics.filter((d) => d.diagnostic.severity === severity).length;
  return html`<tr${file.fatal ? html` class="fatal"` : null}><th scope="row"><a href="#${file.id}">${file.label}</a></th><td>${file.fatal ? "読めません" : file.encoding}</td><td class="num">${file.lineCount}</td><td class="num">${file.sheets.filter((s) => s.kind === "policy").length}</td><td class="num">${file.sheets.filter((s) => s.kind === "project").length}</td>${SEVERITIES.map((severity) => html`<td class="num">${count(severity)}</td>`)}</tr>`;
}

/** A diagnostic's link in the rule table. */
export function occurrenceHtml(entry: DiagnosticEntry): SafeHtml {
  return html`<li><a href="#${entry.id}">${locationOf(entry)}</a></li>`;
}
