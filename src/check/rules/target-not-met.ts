import { defineRule } from "../types.js";
import { nameProject, placeOf } from "../sheets.js";

/** SPEC §5: an actual year's 成果実績 is below its 当初の成果目標 (reported on the 成果実績 cell). */
export const targetNotMet = defineRule({
  id: "target-not-met",
  defaultSeverity: "info",
  description: "An actual year's 成果実績 is below its 当初の成果目標.",
  messageIds: ["belowInitialTarget"],
  create({ locations, report }) {
    return {
      sheet(entry) {
        if (entry.kind !== "project") return;
        const { project, node } = entry;
        for (const record of project.years) {
          const actual = record.outcomeActual;
          const target = record.initialTarget;
          if (record.phase !== "actual" || actual?.value == null || target?.value == null) continue;
          // Numbers in different units do not compare; unit-mismatch reports those.
          if (actual.unit !== null && target.unit !== null && actual.unit !== target.unit) continue;
          if (actual.value >= target.value) continue;
          const span = locations.get(actual);
          if (!span) continue;
          const data = { label: record.label, actual: actual.raw, target: target.raw, who: nameProject(project, placeOf(node)) };
          report({ messageId: "belowInitialTarget", data, span });
        }
      },
    };
  },
});
