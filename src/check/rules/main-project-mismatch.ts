import type { MainProject, ProjectSheet } from "../../model/schema.js";
import { SpanStore } from "../../model/span-store.js";
import { defineRule } from "../types.js";
import { comparable, sameText } from "../compare.js";
import { nameSheet, placeOf } from "../sheets.js";
import { TextPool } from "../intern.js";

/** A 主要事業と関連部署 row that names a 事業, with where its cells stand (indices into the rule's spans). */
interface RowFacts {
  project: string;
  department: string | null;
  projectSpan: number;
  departmentSpan: number;
}

/** What the rule keeps of a 施策 sheet until the end of the file, when every 事業 is linked. */
interface PolicyFacts {
  /** Its 施策, as messages name the sheet, and its first line. */
  name: string | null;
  line: number;
  rows: RowFacts[];
}

/** What the rule keeps of a 事業 sheet likewise: its name, department, first line, and where its name stands. */
interface ProjectFacts {
  name: string | null;
  department: string | null;
  line: number;
  nameSpan: number;
}

/** A row names a sheet when the 事業名 match; a department given on both sides must match too. */
function departmentAgrees(row: Pick<MainProject, "department">, project: Pick<ProjectSheet, "department">): boolean {
  return row.department === null || project.department === null || sameText(row.department, project.department);
}

/**
 * SPEC §5: 主要事業と関連部署 rows and the 事業 sheets of the same 施策 must name each other.
 * A 施策 sheet may come after its 事業, so each sheet's facts are kept (not the sheet: it
 * may be written and let go of, issue 13), spans as numbers, and compared once every sheet
 * is linked.
 */
export const mainProjectMismatch = defineRule({
  id: "main-project-mismatch",
  defaultSeverity: "error",
  description: "A 主要事業と関連部署 row has no 事業 sheet with that name and department, or a 事業 sheet is missing from its 施策 sheet's table.",
  messageIds: ["rowWithoutSheet", "departmentDiffers", "sheetNotInTable"],
  create({ locations, report }) {
    const spans = new SpanStore();
    const pool = new TextPool();
    const policies: PolicyFacts[] = [];
    const projects: ProjectFacts[] = [];
    return {
      sheet(entry) {
        const place = placeOf(entry.node);
        if (entry.kind === "project") {
          const { project } = entry;
          const nameSpan = spans.add(locations.field(project, "name") ?? place.start);
          projects.push({ name: project.name, department: pool.intern(project.department), line: place.line, nameSpan });
          return;
        }
        const { policy } = entry;
        const rows: RowFacts[] = [];
        for (const row of policy.mainProjects) {
          if (row.project === null) continue;
          const rowSpan = locations.field(row, "project") ?? locations.get(row) ?? place.start;
          const projectSpan = spans.add(rowSpan);
          const departmentSpan = spans.add(locations.field(row, "department") ?? rowSpan);
          rows.push({ project: row.project, department: pool.intern(row.department), projectSpan, departmentSpan });
        }
        policies.push({ name: pool.intern(policy.position.policy), line: place.line, rows });
      },
      end({ links }) {
        // Group the 事業 by their 施策 sheet once: filtering all of them per 施策 is quadratic.
        const ownedBy = new Map<number, ProjectFacts[]>();
        projects.forEach((project, index) => {
          const owner = links[index] ?? null;
          if (owner === null || policies[owner] === undefined) return;
          const list = ownedBy.get(owner) ?? [];
          list.push(project);
          ownedBy.set(owner, list);
        });
        policies.forEach((policy, index) => {
          const owned = ownedBy.get(index) ?? [];
          const byName = new Map<string, ProjectFacts>();
          for (const project of owned) if (project.name !== null) byName.set(comparable(project.name), project);
          const who = nameSheet("policy", policy.name, policy.line);
          const listed = new Set<string>();
          for (const row of policy.rows) {
            const key = comparable(row.project);
            listed.add(key);
            const match = byName.get(key);
            if (!match) {
              report({ messageId: "rowWithoutSheet", data: { project: row.project, who }, span: spans.get(row.projectSpan) });
            } else if (!departmentAgrees(row, match)) {
              const data = { department: row.department ?? "", sheetDepartment: match.department ?? "", project: row.project };
              report({ messageId: "departmentDiffers", data, span: spans.get(row.departmentSpan) });
            }
          }
          for (const project of owned) {
            if (project.name === null || listed.has(comparable(project.name))) continue;
            report({ messageId: "sheetNotInTable", data: { who, project: nameSheet("project", project.name, project.line) }, span: spans.get(project.nameSpan) });
          }
        });
      },
    };
  },
});
