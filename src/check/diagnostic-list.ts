/**
 * One input's diagnostics in position order, made one at a time from the rules' findings as
 * they are read (issue 13). A big file's tens of thousands of diagnostics, each with its
 * rendered message (a tree of concatenated strings), were 28 MB of the 55 MB file's peak,
 * and all of them were built at the end of the file, beside the findings they came from;
 * written one at a time, each is young garbage once its JSON is out.
 */
import type { Diagnostic, Severity } from "../model/schema.js";
import type { RuleFinding } from "./types.js";

/** A list of diagnostics, as an array or a DiagnosticList: what can be counted and read in order. */
export interface Diagnostics extends Iterable<Diagnostic> {
  readonly length: number;
}

/** How many diagnostics of each severity. */
export interface SeverityCounts {
  errors: number;
  warnings: number;
  infos: number;
}

export class DiagnosticList implements Diagnostics {
  /**
   * `findings`: the rules' findings in the order made; `order`: the indices of those kept
   * (severity not off), in position order; `severityOf` and `make` give a kept finding's
   * severity and its diagnostic.
   */
  constructor(
    private readonly findings: readonly RuleFinding[],
    private readonly order: readonly number[],
    private readonly severityOf: (finding: RuleFinding) => Severity,
    private readonly make: (finding: RuleFinding, severity: Severity) => Diagnostic,
  ) {}

  get length(): number {
    return this.order.length;
  }

  /** The counts by severity, without making a diagnostic. */
  counts(): SeverityCounts {
    const counts: SeverityCounts = { errors: 0, warnings: 0, infos: 0 };
    for (const finding of this.findingsInOrder()) {
      const severity = this.severityOf(finding);
      if (severity === "error") counts.errors++;
      else if (severity === "warning") counts.warnings++;
      else counts.infos++;
    }
    return counts;
  }

  /** A fresh diagnostic for each, in position order: nothing of one is kept after the next is made. */
  *[Symbol.iterator](): Generator<Diagnostic> {
    for (const finding of this.findingsInOrder()) yield this.make(finding, this.severityOf(finding));
  }

  private *findingsInOrder(): Generator<RuleFinding> {
    for (const index of this.order) {
      const finding = this.findings[index];
      if (finding === undefined) throw new Error("DiagnosticList: an index past the findings");
      yield finding;
    }
  }
}
