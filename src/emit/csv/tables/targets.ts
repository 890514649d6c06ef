/**
 * `targets`: one row per 目標 indicator and year column (long form, so a pivot table
 * can put years across). An indicator with no year columns still gets one row.
 */
import type { TableSpec } from "../table.js";
import { quantityCells } from "../quantity-cells.js";

export const targetsTable: TableSpec = {
  columns: ["policyIndex", "policy", "targetIndex", "indicator", "year", "label", "value", "unit", "basis", "direction"],
  of: "policies",
  *rows(sheet, policyIndex) {
    for (const [targetIndex, target] of sheet.targets.entries()) {
      const keys = [policyIndex, sheet.position.policy, targetIndex, target.indicator];
      if (target.values.length === 0) {
        yield { cells: [...keys, null, null, null, null, target.basis, target.direction], line: target.line };
      }
      for (const entry of target.values) {
        yield { cells: [...keys, entry.year, entry.label, ...quantityCells(entry.value, false), target.basis, target.direction], line: entry.line };
      }
    }
  },
};
