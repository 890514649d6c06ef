import type { RuleModule } from "../types.js";
import { leavesOf } from "../../model/build-document.js";

export const unrecognizedLine: RuleModule = {
  id: "unrecognized-line",
  defaultSeverity: "warning",
  description: "A content line that no rule of the template understood.",
  check({ result, report }) {
    if (!result.tree) return;
    for (const leaf of leavesOf(result.tree)) {
      if (leaf.type !== "unrecognized") continue;
      const text = result.lines[leaf.position.start.line - 1]?.text.trim() ?? "";
      const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
      report({ messageId: "unrecognizedLine", message: `Line not understood: "${shown}"`, span: leaf.position });
    }
  },
};
