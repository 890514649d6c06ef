/** ESLint-shaped JSON: one entry per file, `{ filePath, diagnostics, errorCount, warningCount, infoCount }`. */
import { escapeJsonText } from "../printable.js";
import type { Reporter } from "../types.js";
import { STDIN_NAME } from "../types.js";

export const json: Reporter = ({ files }) => {
  const entries = files.map((file) => ({
    filePath: file.filePath ?? STDIN_NAME,
    diagnostics: file.diagnostics,
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
  }));
  return `${escapeJsonText(JSON.stringify(entries, null, 2))}\n`;
};
