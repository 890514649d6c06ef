/**
 * GitHub Actions workflow commands, which annotate the pull request's changed files:
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=ruleId::message`.
 */
import type { Diagnostic } from "../../model/schema.js";
import { printable } from "../printable.js";
import { wholeReport, type ReportContext, type Reporter } from "../types.js";
import { placeSuffix } from "../place.js";

/** CR and LF are escaped the runner's way below, which it undoes; the other control characters become visible escapes. */
const RUNNER_ESCAPED: ReadonlySet<number> = new Set([0x0a, 0x0d]);

/**
 * The data part, escaped as GitHub's toolkit does (`%`, CR and LF would end or corrupt
 * the command). ESC and the other control characters, which the runner would pass to the
 * log as they are, are written as `\x1B` and the like (printable.ts).
 */
export function escapeData(text: string): string {
  return printable(text, { keep: RUNNER_ESCAPED }).replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** A property value: additionally `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

const COMMAND = { error: "error", warning: "warning", info: "notice" } as const;

function annotate(filePath: string | null, d: Diagnostic): string {
  const properties: string[] = [];
  if (filePath !== null) properties.push(`file=${escapeProperty(filePath)}`);
  if (d.line > 0) {
    properties.push(`line=${d.line}`, `col=${d.column}`);
    if (d.endLine !== undefined) properties.push(`endLine=${d.endLine}`);
    if (d.endColumn !== undefined) properties.push(`endColumn=${d.endColumn}`);
  }
  properties.push(`title=${escapeProperty(d.ruleId)}`);
  return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(d.message + placeSuffix(d))}`;
}

/** The report in pieces: one annotation line at a time. */
export function* githubPieces({ files }: ReportContext): Generator<string> {
  for (const file of files) for (const d of file.diagnostics) yield `${annotate(file.filePath, d)}\n`;
}

export const github: Reporter = wholeReport(githubPieces);
