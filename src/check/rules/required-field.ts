import type { ProjectSheet } from "../../model/schema.js";
import type { Locations } from "../../model/locations.js";
import type { SheetNode, Span, TableNode } from "../../syntax/ast.js";
import type { Finding } from "../types.js";
import type { Who } from "../../messages/types.js";
import { defineRule } from "../types.js";
import { markerOf, markerSpan, nameProject, placeOf } from "../sheets.js";
import { yearCellSpan } from "../spans.js";

type Report = (finding: Finding<"required-field">) => void;

/** A text field: blank where its label stands, missing (at the section marker) without one. */
function requireText(value: string | null, owner: object, key: string, label: string, sectionSpan: Span, who: Who, locations: Locations, report: Report): void {
  if (value !== null) return;
  const span = locations.field(owner, key);
  if (span) report({ messageId: "blankField", data: { label, who }, span });
  else report({ messageId: "missingField", data: { label, who }, span: sectionSpan });
}

function futureTargetsTable(node: SheetNode): TableNode | undefined {
  for (const section of node.children) {
    for (const child of section.children) if (child.type === "table" && child.key === "futureTargets") return child;
  }
  return undefined;
}

function checkPlan(project: ProjectSheet, node: SheetNode, planSpan: Span, who: Who, locations: Locations, report: Report): void {
  const plan = project.years.find((record) => record.phase === "plan");
  if (!plan) {
    report({ messageId: "missingPlanYear", data: { who }, span: planSpan });
  } else {
    const yearSpan = yearCellSpan(plan, locations) ?? planSpan;
    for (const [key, label] of [["budget", "予算額"], ["outcomeTarget", "成果目標"]] as const) {
      const quantity = plan[key];
      const text = `【Plan】${plan.label} ${label}`;
      // Not-applicable (`—`) is an answer; only an empty cell (a bare unit included) is blank.
      if (quantity === null) report({ messageId: "missingField", data: { label: text, who }, span: yearSpan });
      else if (quantity.status === "blank") report({ messageId: "blankField", data: { label: text, who }, span: locations.get(quantity) ?? yearSpan });
    }
    requireText(plan.activities, plan, "activities", `【Plan】${plan.label} 実施内容`, yearSpan, who, locations, report);
  }
  const table = futureTargetsTable(node);
  if (project.futureTargets.length === 0) {
    const heading = table?.children[0];
    const span = heading ? { start: heading.position.end, end: heading.position.end } : planSpan;
    const label = "【Plan】今後の成果目標";
    if (table) report({ messageId: "blankField", data: { label, who, noYears: true }, span });
    else report({ messageId: "missingField", data: { label, who }, span });
  }
  for (const target of project.futureTargets) {
    if (target.value.status !== "blank") continue;
    const span = locations.get(target.value) ?? locations.get(target) ?? planSpan;
    report({ messageId: "blankField", data: { label: `【Plan】今後の成果目標 ${target.label}`, who }, span });
  }
}

/** SPEC §5: an expected value is blank. Sections that are absent are required-section's. */
export const requiredField = defineRule({
  id: "required-field",
  defaultSeverity: "warning",
  description: "An expected value is blank: 方針, 評価, 分析, the plan year's 予算額 / 成果目標 / 実施内容, 今後の成果目標 values.",
  messageIds: ["blankField", "missingField", "missingPlanYear"],
  create({ locations, report }) {
    return {
      sheet(entry) {
        if (entry.kind !== "project") return;
        const { project, node } = entry;
        const who = nameProject(project, placeOf(node));
        const checkMarker = markerOf(node, "check");
        if (project.check && checkMarker) {
          const span = markerSpan(checkMarker);
          requireText(project.check.evaluation, project.check, "evaluation", "【Check】評価", span, who, locations, report);
          requireText(project.check.analysis, project.check, "analysis", "【Check】分析", span, who, locations, report);
        }
        const actionMarker = markerOf(node, "action");
        if (project.action && actionMarker) {
          requireText(project.action.approach, project.action, "approach", "【Action】方針", markerSpan(actionMarker), who, locations, report);
        }
        const planMarker = markerOf(node, "plan");
        if (planMarker) checkPlan(project, node, markerSpan(planMarker), who, locations, report);
      },
    };
  },
});
