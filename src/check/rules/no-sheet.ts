import { defineRule } from "../types.js";

/**
 * SPEC §5: the input was not read as a sheet — it is empty, of another kind, or of a
 * template no profile describes — or most of its content lines were not understood.
 * `check` then fails instead of passing unread input.
 */
export const noSheet = defineRule({
  id: "no-sheet",
  defaultSeverity: "error",
  description: "The input holds no 施策 or 事業 sheet that could be read, or more than half of its content lines are unrecognised.",
  messageIds: ["emptyInput", "noSheet", "mostlyUnrecognized"],
  create({ report }) {
    return {
      end({ tally }) {
        const start = { line: 1, column: 1, offset: 0 };
        const { content, unrecognized, firstUnrecognized } = tally;
        if (content === 0) {
          report({ messageId: "emptyInput", data: {}, span: { start, end: start } });
        } else if (!tally.hasSheet) {
          report({ messageId: "noSheet", data: { content }, span: { start, end: start } });
        } else if (unrecognized * 2 > content && firstUnrecognized) {
          report({ messageId: "mostlyUnrecognized", data: { unrecognized, content }, span: firstUnrecognized });
        }
      },
    };
  },
});
