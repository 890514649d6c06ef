import type { SectionKey } from "../../profile/schema.js";
import { defineRule } from "../types.js";
import { markerOf, nameProject, projectEntries, sheetStartSpan } from "../sheets.js";

/** The sections every 事業 sheet must have, with the marker text messages name. */
const REQUIRED: readonly (readonly [SectionKey, string])[] = [
  ["do", "【Do】"],
  ["check", "【Check】"],
  ["action", "【Action】"],
  ["plan", "【Plan】"],
];

const IDENTITY = [
  ["name", "事業名"],
  ["department", "担当"],
] as const;

/** SPEC §5: a 事業 sheet lacks a PDCA section, or its 事業名 / 担当; reported where the sheet starts. */
export const requiredSection = defineRule({
  id: "required-section",
  defaultSeverity: "error",
  description: "A 事業 sheet lacks 【Do】, 【Check】, 【Action】 or 【Plan】, or its 事業名 / 担当.",
  messageIds: ["missingSection", "missingField", "blankField"],
  check({ result, model, report }) {
    for (const { project, node } of projectEntries(result.tree, model)) {
      const start = sheetStartSpan(node);
      const who = nameProject(project, node);
      const required = new Set<SectionKey>(result.vocabulary.profile.requiredSections);
      for (const [key, marker] of REQUIRED) {
        if (!required.has(key) || markerOf(node, key)) continue;
        report({ messageId: "missingSection", data: { marker, who }, span: start });
      }
      for (const [key, label] of IDENTITY) {
        if (project[key] !== null) continue;
        const span = model.locations.field(project, key);
        // A label without its value points at the cell where the value belongs.
        if (span) report({ messageId: "blankField", data: { label, who }, span });
        else report({ messageId: "missingField", data: { label, who }, span: start });
      }
    }
  },
});
