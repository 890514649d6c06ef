/** `futureTargets`: one row per 今後の成果目標 year of each 事業. */
import type { TableSpec } from "../table.js";
import { quantityCells } from "../quantity-cells.js";

export const futureTargetsTable: TableSpec = {
  columns: ["projectIndex", "projectName", "fiscalYear", "label", "value", "unit"],
  of: "projects",
  *rows(project, projectIndex) {
    for (const target of project.futureTargets) {
      yield {
        cells: [projectIndex, project.name, target.fiscalYear, target.label, ...quantityCells(target.value, false)],
        line: target.line,
      };
    }
  },
};
