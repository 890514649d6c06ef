import type { SectionKey } from "../../profile/schema.js";
import { defineRule } from "../types.js";
import { markerOf, nameProject, placeOf } from "../sheets.js";

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
  create({ vocabulary, locations, report }) {
    const required = new Set<SectionKey>(vocabulary.profile.requiredSections);
    return {
      sheet(entry) {
        if (entry.kind !== "project") return;
        const { project, node } = entry;
        const place = placeOf(node);
        const start = place.start;
        const who = nameProject(project, place);
        for (const [key, marker] of REQUIRED) {
          if (!required.has(key) || markerOf(node, key)) continue;
          report({ messageId: "missingSection", data: { marker, who }, span: start });
        }
        for (const [key, label] of IDENTITY) {
          if (project[key] !== null) continue;
          const span = locations.field(project, key);
          // A label without its value points at the cell where the value belongs.
          if (span) report({ messageId: "blankField", data: { label, who }, span });
          else report({ messageId: "missingField", data: { label, who }, span: start });
        }
      },
    };
  },
});
