/** `years`: one row per project and fiscal year — the table analysts open in Excel. */
import type { FiscalYearRecord } from "../../../model/schema.js";
import type { TableSpec } from "../table.js";
import { quantityCells, quantityColumns } from "../quantity-cells.js";

/** Quantity fields of a fiscal year, and whether each is money (gets a yen column). */
const QUANTITY_FIELDS = [
  ["budget", true],
  ["settlement", true],
  ["specificRevenue", true],
  ["outcomeTarget", false],
  ["outcomeActual", false],
  ["initialTarget", false],
] as const satisfies readonly (readonly [keyof FiscalYearRecord, boolean])[];

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
  *rows(document) {
    for (const [projectIndex, project] of document.projects.entries()) {
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
    }
  },
};
