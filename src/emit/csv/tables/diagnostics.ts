/** `diagnostics`: one row per diagnostic, including the `fatal` one of an unreadable file. */
import type { TableSpec } from "../table.js";

export const diagnosticsTable: TableSpec = {
  columns: ["line", "column", "endLine", "endColumn", "severity", "ruleId", "messageId", "message"],
  of: "document",
  *rows(document) {
    for (const diagnostic of document.diagnostics) {
      yield {
        cells: [
          diagnostic.line,
          diagnostic.column,
          diagnostic.endLine ?? null,
          diagnostic.endColumn ?? null,
          diagnostic.severity,
          diagnostic.ruleId,
          diagnostic.messageId,
          diagnostic.message,
        ],
        line: diagnostic.line > 0 ? diagnostic.line : undefined,
      };
    }
  },
};
