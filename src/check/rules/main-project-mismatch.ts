import type { MainProject, PolicySheet, ProjectSheet } from "../../model/schema.js";
import { defineRule } from "../types.js";
import { comparable, sameText } from "../compare.js";
import { namePolicy, nameProject, policyOf } from "../sheets.js";

/** A row names a sheet when the 事業名 match; a department given on both sides must match too. */
function departmentAgrees(row: MainProject, project: ProjectSheet): boolean {
  return row.department === null || project.department === null || sameText(row.department, project.department);
}

/** SPEC §5: 主要事業と関連部署 rows and the 事業 sheets of the same 施策 must name each other. */
export const mainProjectMismatch = defineRule({
  id: "main-project-mismatch",
  defaultSeverity: "error",
  description: "A 主要事業と関連部署 row has no 事業 sheet with that name and department, or a 事業 sheet is missing from its 施策 sheet's table.",
  messageIds: ["rowWithoutSheet", "departmentDiffers", "sheetNotInTable"],
  create({ locations, report }) {
    return {
      end({ model, placeOf }) {
        // Group the 事業 by their 施策 sheet once: filtering all of them per 施策 is quadratic.
        const ownedBy = new Map<PolicySheet, ProjectSheet[]>();
        for (const project of model.projects) {
          const owner = policyOf(model, project);
          if (!owner) continue;
          const list = ownedBy.get(owner) ?? [];
          list.push(project);
          ownedBy.set(owner, list);
        }
        for (const policy of model.policies) {
          const owned = ownedBy.get(policy) ?? [];
          const byName = new Map<string, ProjectSheet>();
          for (const project of owned) if (project.name !== null) byName.set(comparable(project.name), project);
          const place = placeOf(policy);
          const who = namePolicy(policy, place);
          const listed = new Set<string>();
          for (const row of policy.mainProjects) {
            if (row.project === null) continue;
            const key = comparable(row.project);
            listed.add(key);
            const match = byName.get(key);
            const rowSpan = locations.field(row, "project") ?? locations.get(row) ?? place.start;
            if (!match) {
              report({ messageId: "rowWithoutSheet", data: { project: row.project, who }, span: rowSpan });
            } else if (!departmentAgrees(row, match)) {
              const span = locations.field(row, "department") ?? rowSpan;
              report({ messageId: "departmentDiffers", data: { department: row.department ?? "", sheetDepartment: match.department ?? "", project: row.project }, span });
            }
          }
          for (const project of owned) {
            if (project.name === null || listed.has(comparable(project.name))) continue;
            const sheet = placeOf(project);
            const span = locations.field(project, "name") ?? sheet.start;
            report({ messageId: "sheetNotInTable", data: { who, project: nameProject(project, sheet) }, span });
          }
        }
      },
    };
  },
});
