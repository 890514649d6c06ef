import { defineRule } from "../types.js";

/** SPEC §5: a content line that no rule of the template understood. */
export const unrecognizedLine = defineRule({
  id: "unrecognized-line",
  defaultSeverity: "warning",
  description: "A content line that no rule of the template understood.",
  messageIds: ["unrecognizedLine", "yearWithoutEra"],
  create({ lines, report }) {
    return {
      // Cells of rows that were read but that nothing claims are `unclaimed-cell`'s.
      leaf(leaf) {
        if (leaf.type !== "unrecognized") return;
        const text = lines.at(leaf.position.start.line - 1)?.text.trim() ?? "";
        report({ messageId: leaf.reason === "yearWithoutEra" ? "yearWithoutEra" : "unrecognizedLine", data: { text }, span: leaf.position });
      },
    };
  },
});
