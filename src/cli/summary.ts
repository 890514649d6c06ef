/** The one-line batch summary on stderr: counts gathered while streaming, formatted by a pure function. */
import type { Document } from "../model/schema.js";
import type { SeverityCounts } from "../check/diagnostic-list.js";
import type { Colors } from "../report/types.js";
import { cliMessages, type SummaryCounts } from "../messages/cli.js";
import type { Lang } from "../messages/types.js";

/** What a batch produced, counted as each document goes by (nothing is kept per file): the summary's counts, and more. */
export interface Tally extends SummaryCounts {
  /** Unrecognised lines, for `--strict`. */
  unrecognized: number;
}

export function emptyTally(): Tally {
  return { files: 0, parsed: 0, unreadable: 0, policies: 0, projects: 0, errors: 0, warnings: 0, infos: 0, unrecognized: 0 };
}

/** How many sheets a document holds. */
export interface SheetCounts {
  policies: number;
  projects: number;
}

export function sheetCountsOf(document: Document): SheetCounts {
  return { policies: document.policies.length, projects: document.projects.length };
}

/** Adds one document to the tally, in place; `diagnostics` counts the Document's diagnostics when they were given apart (its own list is empty then). */
export function countDocument(tally: Tally, document: Document, fatal: boolean, sheets?: SheetCounts, diagnostics?: SeverityCounts): void {
  tally.files++;
  if (fatal) tally.unreadable++;
  else tally.parsed++;
  // A Document whose sheets were set aside as they were read (streamed-sheets.ts), or rendered by a worker, holds none: they are counted apart.
  tally.policies += sheets?.policies ?? document.policies.length;
  tally.projects += sheets?.projects ?? document.projects.length;
  tally.unrecognized += document.unrecognized.length;
  if (diagnostics) {
    tally.errors += diagnostics.errors;
    tally.warnings += diagnostics.warnings;
    tally.infos += diagnostics.infos;
  }
  for (const diagnostic of document.diagnostics) {
    if (diagnostic.severity === "error") tally.errors++;
    else if (diagnostic.severity === "warning") tally.warnings++;
    else tally.infos++;
  }
}

/** E.g. `12 files (11 parsed, 1 unreadable); 3 policies, 9 projects; 1 error, 2 warnings, 0 infos` (wording: src/messages/cli.ts). */
export function formatSummary(tally: Tally, paint: Colors, lang: Lang = "en"): string {
  return cliMessages[lang].summary(tally, paint);
}
