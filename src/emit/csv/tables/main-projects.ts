/** `mainProjects`: one row per 主要事業と関連部署 row of each 施策 sheet. */
import type { TableSpec } from "../table.js";

export const mainProjectsTable: TableSpec = {
  columns: ["policyIndex", "policy", "mainProjectIndex", "direction", "project", "department"],
  of: "policies",
  *rows(sheet, policyIndex) {
    for (const [index, row] of sheet.mainProjects.entries()) {
      yield { cells: [policyIndex, sheet.position.policy, index, row.direction, row.project, row.department], line: row.line };
    }
  },
};
