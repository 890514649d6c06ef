/** `policies`: one row per 施策 sheet, with its position in the comprehensive plan. */
import type { TableSpec } from "../table.js";

export const policiesTable: TableSpec = {
  columns: ["policyIndex", "policy", "outline", "objective", "direction", "achievementStatus"],
  of: "policies",
  *rows(sheet, policyIndex) {
    const { position } = sheet;
    yield {
      cells: [policyIndex, position.policy, position.outline, position.objective, position.direction, sheet.achievementStatus],
      line: sheet.line,
    };
  },
};
