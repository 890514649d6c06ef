/**
 * JSON: one entry per file. Ours are `{ filePath, diagnostics, errorCount, warningCount,
 * infoCount }`; beside them each entry carries what an ESLint result object has
 * (`messages`, `fatalErrorCount`, …), so ESLint's formatters and the tools that read
 * `eslint --format json` read it too.
 */
import type { Diagnostic } from "../../model/schema.js";
import { escapeJsonText } from "../printable.js";
import { listTexts, objectJsonPieces, type SheetTexts } from "../../emit/json.js";
import { STDIN_NAME, wholeReport, type FileReport, type ReportContext, type Reporter } from "../types.js";

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

/** ESLint's messages: the diagnostics but the infos, one at a time. */
function* eslintMessages(file: FileReport): Generator<EslintMessage> {
  for (const diagnostic of file.diagnostics) if (diagnostic.severity !== "info") yield eslintMessage(diagnostic);
}

/**
 * One file's entry, with its `diagnostics` and `messages` given apart as texts, each item
 * made as it is written: a file's diagnostics may be a DiagnosticList, never all held (issue 13).
 */
function entry(file: FileReport): { object: object; lists: Record<string, SheetTexts> } {
  // ESLint has no info severity: infos stay in `diagnostics` and out of `messages`,
  // so that `messages` agrees with errorCount and warningCount, as ESLint's formatters expect.
  let messageCount = 0;
  let fatalErrorCount = 0;
  for (const diagnostic of file.diagnostics) {
    if (diagnostic.severity === "info") continue;
    messageCount++;
    if (diagnostic.ruleId === "fatal") fatalErrorCount++;
  }
  const object = {
    filePath: file.filePath ?? STDIN_NAME,
    // Empty stand-ins, written as they are when their list is empty; else `lists` gives the items.
    diagnostics: [],
    errorCount: file.errorCount,
    warningCount: file.warningCount,
    infoCount: file.infoCount,
    messages: [],
    fatalErrorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    suppressedMessages: [],
    usedDeprecatedRules: [],
  };
  return {
    object,
    lists: {
      diagnostics: listTexts(file.diagnostics.length, () => file.diagnostics, 2),
      messages: listTexts(messageCount, () => eslintMessages(file), 2),
    },
  };
}

/**
 * The report in pieces: `JSON.stringify(files.map(entry), null, 2)`, escaped, with each file's
 * entry and each of its diagnostics and messages stringified on its own, so that a file of
 * tens of thousands of problems is never one string (issue 13). Escaping is per character,
 * so it may be applied piece by piece.
 */
export function* jsonPieces({ files }: ReportContext): Generator<string> {
  if (files.length === 0) {
    yield "[]\n";
    return;
  }
  yield "[\n";
  for (const [index, file] of files.entries()) {
    yield "  ";
    const { object, lists } = entry(file);
    for (const piece of objectJsonPieces(object, 2, "  ", lists)) yield escapeJsonText(piece);
    yield index < files.length - 1 ? ",\n" : "\n";
  }
  yield "]\n";
}

export const json: Reporter = wholeReport(jsonPieces);
