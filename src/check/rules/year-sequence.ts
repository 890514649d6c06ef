import type { FiscalYearRecord, Phase } from "../../model/schema.js";
import type { Span } from "../../syntax/ast.js";
import type { Finding } from "../types.js";
import type { SheetEntry } from "../../model/build-document.js";
import { defineRule } from "../types.js";
import { yearFieldLabel } from "../labels.js";
import { markerOf, markerSpan, nameProject, placeOf } from "../sheets.js";
import type { Who } from "../../messages/types.js";
import { yearCellSpan } from "../spans.js";

const RANK: Readonly<Record<Phase, number>> = { actual: 0, estimate: 1, current: 2, plan: 3 };

/** One year of the sequence: a record or a 今後の成果目標 column. */
interface YearPoint {
  year: number;
  label: string;
  span: Span;
}

/** Reports gaps between neighbours of an ascending sequence. */
function reportGaps(points: readonly YearPoint[], who: Who, report: (finding: Finding<"year-sequence">) => void): void {
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1];
    const point = points[i];
    if (!prev || !point || point.year - prev.year <= 1) continue;
    report({ messageId: "yearGap", data: { label: point.label, previousLabel: prev.label, from: prev.year, to: point.year, who }, span: point.span });
  }
}

/** SPEC §5 and §3.0: actual < current < plan < 今後の成果目標, consecutive; 【Check】 names the latest actual year; no field given twice. */
export const yearSequence = defineRule({
  id: "year-sequence",
  defaultSeverity: "error",
  description: "The fiscal years do not line up (actual < current < plan < future targets, consecutive; 【Check】 names the latest actual year), or one year's field is given twice with different values.",
  messageIds: ["phaseOrder", "yearGap", "futureTargetOrder", "checkYear", "duplicateField"],
  create({ locations, report }) {
    // A field given twice is found as its sheet is built; it is said once the file is read, after the rest.
    const duplicates: Finding<"year-sequence">[] = [];
    /** Keeps what the end will say of each field this sheet gave twice; `who` names the 事業 whose year it is. */
    const keepDuplicates = (entry: SheetEntry, who: Who | null, years: readonly FiscalYearRecord[]): void => {
      for (const duplicate of entry.duplicates) {
        // The second block may name the year differently (平成31年度 / 令和元年度), so the Western year says which.
        const data = { label: locations.label(duplicate.record, duplicate.key) ?? yearFieldLabel(duplicate.key), fiscalYear: duplicate.record.fiscalYear, first: duplicate.first, second: duplicate.second, who: years.includes(duplicate.record) ? who : null };
        duplicates.push({ messageId: "duplicateField", data, span: duplicate.span });
      }
    };
    return {
      sheet(entry) {
        if (entry.kind !== "project") {
          keepDuplicates(entry, null, []);
          return;
        }
        const { project, node } = entry;
        const place = placeOf(node);
        const who = nameProject(project, place);
        keepDuplicates(entry, who, project.years);
        const fallback = place.start;
        const points: YearPoint[] = [];
        let previous: FiscalYearRecord | undefined;
        for (const record of project.years) {
          const span = yearCellSpan(record, locations) ?? fallback;
          if (previous && RANK[record.phase] < RANK[previous.phase]) {
            report({ messageId: "phaseOrder", data: { label: record.label, phase: record.phase, previousLabel: previous.label, previousPhase: previous.phase, who }, span });
          }
          points.push({ year: record.fiscalYear, label: record.label, span });
          previous = record;
        }
        for (const target of project.futureTargets) {
          const span = locations.get(target) ?? fallback;
          const last = points[points.length - 1];
          if (last && target.fiscalYear <= last.year) {
            report({ messageId: "futureTargetOrder", data: { label: target.label, lastLabel: last.label, who }, span });
            continue;
          }
          points.push({ year: target.fiscalYear, label: target.label, span });
        }
        reportGaps(points, who, report);
        const marker = markerOf(node, "check");
        const latestActual = project.years.filter((record) => record.phase === "actual").at(-1);
        if (marker?.year && latestActual && marker.year.year !== latestActual.fiscalYear) {
          report({ messageId: "checkYear", data: { label: marker.year.label, latestLabel: latestActual.label, who }, span: markerSpan(marker) });
        }
      },
      end() {
        for (const duplicate of duplicates) report(duplicate);
      },
    };
  },
});
