/** `opinions`: one row per opinion on a 施策 sheet (…からの意見). */
import type { TableSpec } from "../table.js";

export const opinionsTable: TableSpec = {
  columns: ["policyIndex", "policy", "opinionIndex", "fiscalYear", "source", "text"],
  of: "policies",
  *rows(sheet, policyIndex) {
    for (const [index, opinion] of sheet.opinions.entries()) {
      yield { cells: [policyIndex, sheet.position.policy, index, opinion.fiscalYear, opinion.source, opinion.text], line: opinion.line };
    }
  },
};
