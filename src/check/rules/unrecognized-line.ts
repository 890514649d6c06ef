import { defineRule } from "../types.js";
import { leavesOf } from "../../model/build-document.js";

/** SPEC §5: a content line that no rule of the template understood. */
export const unrecognizedLine = defineRule({
  id: "unrecognized-line",
  defaultSeverity: "warning",
  description: "A content line that no rule of the template understood.",
  messageIds: ["unrecognizedLine", "yearWithoutEra"],
  check({ result, report }) {
    // Cells of rows that were read but that nothing claims are `unclaimed-cell`'s.
    for (const leaf of leavesOf(result.tree)) {
      if (leaf.type !== "unrecognized") continue;
      const text = result.lines.at(leaf.position.start.line - 1)?.text.trim() ?? "";
      report({ messageId: leaf.reason === "yearWithoutEra" ? "yearWithoutEra" : "unrecognizedLine", data: { text }, span: leaf.position });
    }
  },
});
