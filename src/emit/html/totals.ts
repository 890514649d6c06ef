/**
 * What the top of the page (header, summary, overview table) keeps of a batch while its
 * files are rendered and set aside one by one: counts, and the rows it lists per file, per
 * 事業 and per diagnostic, rendered as soon as their file is read. The rows are kept as
 * UTF-8 bytes: compact, and unlike a string built by `+=` or sliced from a sheet's text,
 * they keep nothing else alive. Memory grows with these rows, not with the documents
 * (issue 15, item 6).
 */
import type { Severity } from "../../model/schema.js";
import { SEVERITIES } from "./diagnostics.js";
import { rateBand, type RateBand } from "./format.js";
import type { DiagnosticEntry, ProjectEntry, ReportModel } from "./model.js";
import { overviewRow, overviewRowHtml } from "./overview-table.js";
import { fileRowHtml, occurrenceHtml } from "./summary-rows.js";
import { Utf8Chunks } from "./utf8-chunks.js";

/** The diagnostics of one rule over the batch. */
export interface RuleTotal {
  ruleId: string;
  /** The worst severity among them. */
  severity: Severity;
  count: number;
  /** Their `<li>` links, in pieces, in batch order. */
  occurrences: Buffer[];
}

const rank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** Rows and counts of the batch so far; {@link BatchTotals.add} takes one file's model at a time. */
export class BatchTotals {
  files = 0;
  unreadable = 0;
  policies = 0;
  projects = 0;
  diagnostics = 0;
  /** The largest 予算額 or 決算額 in yen (absolute), which sets the page's one money unit. */
  maxMoneyYen = 0;
  readonly bands = new Map<RateBand, number>();
  readonly severities = new Map<Severity, number>();
  /** By rule id (a Map: rule ids are values from the data, never object keys), in order of first occurrence. */
  readonly rules = new Map<string, RuleTotal>();
  /** The summary's file table, one row per file. */
  readonly fileRows: Buffer[] = [];
  /** The overview table's rows, in pieces holding the 事業 in batch order. */
  readonly overviewRows: Buffer[] = [];

  /** Counts one file (the model of {@link buildFileModel}) and keeps its rows. */
  add(model: ReportModel): void {
    this.addFile(model);
    const rows = new Utf8Chunks();
    for (const project of model.projects) rows.add(this.addProject(project));
    this.addOverviewRows(rows);
  }

  /**
   * Counts one file, all but what each 事業 adds, which {@link addProject} then counts,
   * and {@link addOverviewRows} keeps: for a file whose 事業 sheets are read one at a time
   * as their sections are rendered (issue 13), in the same order.
   */
  addFile(model: ReportModel): void {
    for (const file of model.files) {
      this.files++;
      if (file.fatal) this.unreadable++;
      this.fileRows.push(Buffer.from(fileRowHtml(file).text));
    }
    this.policies += model.policies.length;
    this.projects += model.projects.length;
    this.addDiagnostics(model.diagnostics);
  }

  /** Counts one 事業 of the file last added; returns its overview row. */
  addProject(project: ProjectEntry): string {
    const band = rateBand(overviewRow(project).latestActual?.achievementRate ?? null);
    this.bands.set(band, (this.bands.get(band) ?? 0) + 1);
    for (const year of project.project.years) {
      for (const amount of [year.budget, year.settlement]) if (amount?.status === "value" && amount.yen !== undefined) this.maxMoneyYen = Math.max(this.maxMoneyYen, Math.abs(amount.yen));
    }
    return overviewRowHtml(project).text;
  }

  /** Keeps the overview rows of one file's 事業, in order. */
  addOverviewRows(rows: Utf8Chunks): void {
    for (const chunk of rows.done()) this.overviewRows.push(chunk);
  }

  private addDiagnostics(entries: readonly DiagnosticEntry[]): void {
    this.diagnostics += entries.length;
    const links = new Map<string, Utf8Chunks>();
    for (const { diagnostic } of entries) this.severities.set(diagnostic.severity, (this.severities.get(diagnostic.severity) ?? 0) + 1);
    for (const entry of entries) {
      const { ruleId, severity } = entry.diagnostic;
      let total = this.rules.get(ruleId);
      if (total === undefined) {
        total = { ruleId, severity: "info", count: 0, occurrences: [] };
        this.rules.set(ruleId, total);
      }
      total.count++;
      if (rank(severity) < rank(total.severity)) total.severity = severity;
      let ruleLinks = links.get(ruleId);
      if (ruleLinks === undefined) {
        ruleLinks = new Utf8Chunks();
        links.set(ruleId, ruleLinks);
      }
      ruleLinks.add(occurrenceHtml(entry).text);
    }
    for (const [ruleId, ruleLinks] of links) for (const chunk of ruleLinks.done()) this.rules.get(ruleId)?.occurrences.push(chunk);
  }

  /** Rules sorted by worst severity, then id (as `check`'s summary sorts them). */
  sortedRules(): RuleTotal[] {
    return [...this.rules.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || a.ruleId.localeCompare(b.ruleId));
  }
}
