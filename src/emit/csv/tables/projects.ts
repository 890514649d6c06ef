/** `projects`: one row per 事業 sheet, with its position and its Check / Action / 成果指標 texts. */
import type { TableSpec } from "../table.js";

export const projectsTable: TableSpec = {
  columns: [
    "projectIndex",
    "name",
    "department",
    "purpose",
    "budgetAccount",
    "policy",
    "outline",
    "objective",
    "direction",
    "checkFiscalYear",
    "evaluation",
    "analysis",
    "approach",
    "indicatorName",
    "indicatorUnit",
  ],
  of: "projects",
  *rows(project, projectIndex) {
    yield {
      cells: [
        projectIndex,
        project.name,
        project.department,
        project.purpose,
        project.budgetAccount,
        project.policy,
        project.position.outline,
        project.position.objective,
        project.position.direction,
        project.check?.fiscalYear ?? null,
        project.check?.evaluation ?? null,
        project.check?.analysis ?? null,
        project.action?.approach ?? null,
        project.indicator?.name ?? null,
        project.indicator?.unit ?? null,
      ],
      line: project.line,
    };
  },
};
