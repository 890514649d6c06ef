/**
 * JSON: one entry per file. Ours are `{ filePath, diagnostics, errorCount, warningCount,
 * infoCount }`; beside them each entry carries what an ESLint result object has
 * (`messages`, `fatalErrorCount`, …), so ESLint's formatters and the tools that read
 * `eslint --format json` read it too.
 */
import type { Diagnostic } from "../../model/schema.js";
import { escapeJsonText } from "../printable.js";
import type { FileReport, Reporter } from "../types.js";
import { STDIN_NAME } from "../types.js";

/** ESLint's LintMessage: numeric severity, 2 error and 1 warning; `fatal` marks input that could not be read. */
interface EslintMessage {
  ruleId: string;
  messageId: string;
  severity: 1 | 2;
  fatal?: true;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** PDF page, or worksheet and cell, for inputs read from those formats. */
  page?: number;
  sheet?: string;
  cell?: string;
}

function eslintMessage(diagnostic: Diagnostic): EslintMessage {
  const { ruleId, messageId, message, line, column, endLine, endColumn, page, sheet, cell } = diagnostic;
  return {
    ruleId,
    messageId,
    severity: diagnostic.severity === "error" ? 2 : 1,
    ...(ruleId === "fatal" ? { fatal: true as const } : {}),
    message,
    line,
    column,
    ...(endLine === undefined ? {} : { endLine }),
    ...(endColumn === undefined ? {} : { endColumn }),
    ...(page === undefined ? {} : { page }),
    ...(sheet === undefined ? {} : { sheet }),
    ...(cell === undefined ? {} : { cell }),
  };
}

function entry(file: FileReport) {
  // ESLint has no info severity: infos stay in `diagnostics` and out of `messages`,
  // so that `messages` agrees with errorCount and warningCount, as ESLint's formatters expect.
  const messages = file.diagnostics.filter((diagnostic) => diagnostic.severity !== "info").map(eslintMessage);
  return {
    filePath: file.filePath ?? STDIN_NAME,
    diagnostics: file.diagnostics,
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
    messages,
    fatalErrorCount: messages.filter((message) => message.fatal === true).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
  };
}

export const json: Reporter = ({ files }) => `${escapeJsonText(JSON.stringify(files.map(entry), null, 2))}\n`;
