import { defineRule } from "../types.js";
import { leavesOf } from "../../model/build-document.js";
import { quote } from "../sheets.js";

/** SPEC §5: a content line that no rule of the template understood. */
export const unrecognizedLine = defineRule({
  id: "unrecognized-line",
  defaultSeverity: "warning",
  description: "A content line that no rule of the template understood.",
  messageIds: ["unrecognizedLine", "unrecognizedCell"],
  check({ result, report }) {
    for (const leaf of leavesOf(result.tree)) {
      // A labelled row may still carry a cell no label claims: reported, never dropped silently.
      if (leaf.type === "field") {
        for (const cell of leaf.stray ?? []) report({ messageId: "unrecognizedCell", message: `Cell not understood: ${quote(cell.text)}`, span: cell.position });
      }
      if (leaf.type !== "unrecognized") continue;
      const text = result.lines.at(leaf.position.start.line - 1)?.text.trim() ?? "";
      report({ messageId: "unrecognizedLine", message: `Line not understood: ${quote(text)}`, span: leaf.position });
    }
  },
});
