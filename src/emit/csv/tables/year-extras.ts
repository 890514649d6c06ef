/** `yearExtras`: one row per per-year measure with no key of its own (人件費, 一般財源 …), so that grids' extras reach Excel. */
import type { TableSpec } from "../table.js";
import { quantityCells } from "../quantity-cells.js";

export const yearExtrasTable: TableSpec = {
  columns: ["projectIndex", "fiscalYear", "label", "value", "unit", "yen"],
  of: "projects",
  *rows(project, projectIndex) {
    for (const year of project.years) {
      for (const extra of year.extras) {
        yield { cells: [projectIndex, year.fiscalYear, extra.label, ...quantityCells(extra.value, true)], line: extra.line };
      }
    }
  },
};
