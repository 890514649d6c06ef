import type { FiscalYearRecord, Phase } from "../../model/schema.js";
import type { Span } from "../../syntax/ast.js";
import type { Finding } from "../types.js";
import { defineRule } from "../types.js";
import { yearFieldLabel } from "../labels.js";
import { markerOf, markerSpan, nameProject, projectEntries, quote, sheetStartSpan } from "../sheets.js";
import { yearCellSpan } from "../spans.js";

type MessageId = "phaseOrder" | "yearGap" | "futureTargetOrder" | "checkYear" | "duplicateField";

const RANK: Readonly<Record<Phase, number>> = { actual: 0, current: 1, plan: 2 };
const PHASE_NAME: Readonly<Record<Phase, string>> = { actual: "actual (決算額)", current: "current (予算額)", plan: "plan (【Plan】予算額)" };

/** One year of the sequence: a record or a 今後の成果目標 column. */
interface YearPoint {
  year: number;
  label: string;
  span: Span;
}

function missingYears(from: number, to: number): string {
  return to - from === 2 ? `fiscal year ${from + 1} is missing` : `fiscal years ${from + 1}–${to - 1} are missing`;
}

/** Reports gaps between neighbours of an ascending sequence. */
function reportGaps(points: readonly YearPoint[], who: string, report: (finding: Finding<MessageId>) => void): void {
  for (let i = 1; i < points.length; i++) {
    const prev = points[i - 1];
    const point = points[i];
    if (!prev || !point || point.year - prev.year <= 1) continue;
    report({ messageId: "yearGap", message: `${point.label} follows ${prev.label}: ${missingYears(prev.year, point.year)} (${who})`, span: point.span });
  }
}

/** SPEC §5 and §3.0: actual < current < plan < 今後の成果目標, consecutive; 【Check】 names the latest actual year; no field given twice. */
export const yearSequence = defineRule({
  id: "year-sequence",
  defaultSeverity: "error",
  description: "The fiscal years do not line up (actual < current < plan < future targets, consecutive; 【Check】 names the latest actual year), or one year's field is given twice with different values.",
  messageIds: ["phaseOrder", "yearGap", "futureTargetOrder", "checkYear", "duplicateField"],
  check({ result, model, report }) {
    const { locations } = model;
    const owners = new Map<FiscalYearRecord, string>();
    for (const { project, node } of projectEntries(result.tree, model)) {
      const who = nameProject(project, node);
      const fallback = sheetStartSpan(node);
      const points: YearPoint[] = [];
      let previous: FiscalYearRecord | undefined;
      for (const record of project.years) {
        owners.set(record, who);
        const span = yearCellSpan(record, locations) ?? fallback;
        if (previous && RANK[record.phase] < RANK[previous.phase]) {
          report({ messageId: "phaseOrder", message: `${record.label} is ${PHASE_NAME[record.phase]} but comes after ${previous.label}, ${PHASE_NAME[previous.phase]} (${who})`, span });
        }
        points.push({ year: record.fiscalYear, label: record.label, span });
        previous = record;
      }
      for (const target of project.futureTargets) {
        const span = locations.get(target) ?? fallback;
        const last = points[points.length - 1];
        if (last && target.fiscalYear <= last.year) {
          report({ messageId: "futureTargetOrder", message: `今後の成果目標 ${target.label} is not after ${last.label} (${who})`, span });
          continue;
        }
        points.push({ year: target.fiscalYear, label: target.label, span });
      }
      reportGaps(points, who, report);
      const marker = markerOf(node, "check");
      const latestActual = project.years.filter((record) => record.phase === "actual").at(-1);
      if (marker?.year && latestActual && marker.year.year !== latestActual.fiscalYear) {
        report({ messageId: "checkYear", message: `【Check】${marker.year.label} is not the latest actual year ${latestActual.label} (${who})`, span: markerSpan(marker) });
      }
    }
    for (const duplicate of model.duplicates) {
      const who = owners.get(duplicate.record) ?? "事業";
      // The second block may name the year differently (平成31年度 / 令和元年度), so the Western year says which.
      const label = `${yearFieldLabel(duplicate.key)} of fiscal year ${duplicate.record.fiscalYear}`;
      report({ messageId: "duplicateField", message: `${label} is given twice with different values (${quote(duplicate.first)}, then ${quote(duplicate.second)}) (${who})`, span: duplicate.span });
    }
  },
});
