/** `years`: one row per project and fiscal year — the table analysts open in Excel. */
import { MONEY_KEYS, YEAR_QUANTITY_KEYS } from "../../../profile/fields.js";
import type { TableSpec } from "../table.js";
import { quantityCells, quantityColumns } from "../quantity-cells.js";

/** Quantity fields of a fiscal year (the field table's order), and whether each is money (gets a yen column). */
const QUANTITY_FIELDS = YEAR_QUANTITY_KEYS.map((key) => [key, MONEY_KEYS.has(key)] as const);

export const yearsTable: TableSpec = {
  columns: [
    "projectIndex",
    "projectName",
    "fiscalYear",
    "label",
    "phase",
    "department",
    "policy",
    ...QUANTITY_FIELDS.flatMap(([field, money]) => quantityColumns(field, money)),
    "achievementRate",
    "activities",
  ],
  of: "projects",
  *rows(project, projectIndex) {
    for (const year of project.years) {
      yield {
        cells: [
          projectIndex,
          project.name,
          year.fiscalYear,
          year.label,
          year.phase,
          project.department,
          project.policy,
          ...QUANTITY_FIELDS.flatMap(([field, money]) => quantityCells(year[field], money)),
          year.achievementRate,
          year.activities,
        ],
        line: year.line,
      };
    }
  },
};
