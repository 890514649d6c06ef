import type { Quantity } from "../../model/schema.js";
import { matchKey } from "../../source/normalize.js";
import { defineRule } from "../types.js";
import { YEAR_FIELD_LABELS } from "../labels.js";
import { nameProject, placeOf } from "../sheets.js";

const OUTCOME_KEYS = ["outcomeTarget", "outcomeActual", "initialTarget"] as const;

/** An outcome quantity that carries a unit (a bare `人` counts; a unit-less cell does not). */
interface UnitUse {
  quantity: Quantity;
  unit: string;
  label: string;
}

/** The most used unit; on a tie, the one written first. */
function majorityUnit(uses: readonly UnitUse[]): string | null {
  const counts = new Map<string, number>();
  for (const use of uses) counts.set(use.unit, (counts.get(use.unit) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [unit, count] of counts) {
    if (count > bestCount) {
      best = unit;
      bestCount = count;
    }
  }
  return best;
}

/** SPEC §5: outcome quantities of one 事業 in a unit other than 成果指標's 単位, or than the majority. */
export const unitMismatch = defineRule({
  id: "unit-mismatch",
  defaultSeverity: "warning",
  description: "Outcome quantities of one 事業 use different units, or differ from 成果指標's 単位.",
  messageIds: ["differsFromIndicator", "differsFromMajority"],
  create({ locations, report }) {
    return {
      sheet(entry) {
        if (entry.kind !== "project") return;
        const { project, node } = entry;
        const uses: UnitUse[] = [];
        for (const record of project.years) {
          for (const key of OUTCOME_KEYS) {
            const quantity = record[key];
            if (quantity?.unit) uses.push({ quantity, unit: quantity.unit, label: `${record.label} ${locations.label(record, key) ?? YEAR_FIELD_LABELS[key]}` });
          }
        }
        for (const target of project.futureTargets) {
          if (target.value.unit) uses.push({ quantity: target.value, unit: target.value.unit, label: `今後の成果目標 ${target.label}` });
        }
        // Quantities carry their unit from the NFKC copy without spaces; the 単位 cell is compared the same way.
        const indicatorUnit = project.indicator?.unit ? matchKey(project.indicator.unit) : null;
        const expected = indicatorUnit ?? majorityUnit(uses);
        if (expected === null) return;
        const who = nameProject(project, placeOf(node));
        for (const use of uses) {
          if (use.unit === expected) continue;
          const span = locations.get(use.quantity);
          if (!span) continue;
          if (indicatorUnit !== null) {
            report({ messageId: "differsFromIndicator", data: { label: use.label, unit: use.unit, expected, who }, span });
          } else {
            report({ messageId: "differsFromMajority", data: { label: use.label, unit: use.unit, expected, who }, span });
          }
        }
      },
    };
  },
});
