/** Builds a FileReport from one input's diagnostics: counts precomputed once, as ESLint's formatters expect. */
import type { Diagnostics } from "../check/diagnostic-list.js";
import type { FileReport } from "./types.js";

/** A string that shares no memory with the one it came from. */
function copyString(text: string): string {
  return Buffer.from(text, "utf16le").toString("utf16le");
}

/** Keeps only the source lines the diagnostics point at, so a batch does not hold whole files. */
export function toFileReport(filePath: string | null, diagnostics: Diagnostics, lineText: (line: number) => string | undefined): FileReport {
  const sourceLines = new Map<number, string>();
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === "error") errorCount++;
    else if (diagnostic.severity === "warning") warningCount++;
    else infoCount++;
    const text = diagnostic.line > 0 ? lineText(diagnostic.line) : undefined;
    // A copy, not a slice: a slice would keep the whole file's text alive for the batch.
    if (text !== undefined && !sourceLines.has(diagnostic.line)) sourceLines.set(diagnostic.line, copyString(text));
  }
  return { filePath, diagnostics, errorCount, warningCount, infoCount, sourceLines };
}

/** Totals over files. */
export function totals(files: readonly FileReport[]): { errors: number; warnings: number; infos: number } {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of files) {
    errors += file.errorCount;
    warnings += file.warningCount;
    infos += file.infoCount;
  }
  return { errors, warnings, infos };
}
