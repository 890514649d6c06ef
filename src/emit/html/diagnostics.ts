/** Diagnostics as the page lists them: severity, rule, message, file:line:column, each with its anchor. */
import type { Severity } from "../../model/schema.js";
import { html, type SafeHtml } from "./escape.js";
import type { DiagnosticEntry } from "./model.js";
import { placeSuffix } from "../../report/place.js";

/** Japanese names of the severities, shown beside the English ids used by `check`. */
export const SEVERITY_LABELS = {
  error: "エラー",
  warning: "警告",
  info: "情報",
} as const satisfies Record<Severity, string>;

/** Severities from the worst, the order the page lists them in. */
export const SEVERITIES = ["error", "warning", "info"] as const satisfies readonly Severity[];

/** `path:line:column`, as `check`'s reporters print it, with the PDF page or worksheet cell; no position for whole-file problems. */
export function locationOf(entry: DiagnosticEntry): string {
  const { line, column } = entry.diagnostic;
  return line > 0 ? `${entry.file.label}:${line}:${column}${placeSuffix(entry.diagnostic)}` : entry.file.label;
}

/** A severity badge: a word, not only a colour. */
export function severityBadge(severity: Severity): SafeHtml {
  return html`<span class="badge sev-${severity}">${SEVERITY_LABELS[severity]}</span>`;
}

/** The list of a section's diagnostics, or nothing when it has none. */
export function diagnosticList(entries: readonly DiagnosticEntry[], heading = "チェック結果"): SafeHtml | null {
  if (entries.length === 0) return null;
  const items = entries.map(
    (entry) =>
      html`<li id="${entry.id}">${severityBadge(entry.diagnostic.severity)} <code class="rule">${entry.diagnostic.ruleId}</code> ${entry.diagnostic.message} <span class="where">${locationOf(entry)}</span></li>`,
  );
  return html`<div class="diagnostics"><h4>${heading} (${entries.length})</h4><ul>${items}</ul></div>`;
}
