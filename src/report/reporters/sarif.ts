/**
 * SARIF 2.1.0 (OASIS), which GitHub code scanning and other CI dashboards read: one run,
 * the rules with their descriptions and default levels, one result per diagnostic with its
 * physical location. Columns are UTF-16 code units, as the run's columnKind says.
 */
import { pathToFileURL } from "node:url";
import type { Log, ReportingDescriptor, Result } from "sarif";
import type { Diagnostic, Severity } from "../../model/schema.js";
import { FATAL_RULE } from "../fatal-rule.js";
import { escapeJsonText } from "../printable.js";
import { wholeReport, type ReportContext, type Reporter } from "../types.js";

export const SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const LEVEL = { error: "error", warning: "warning", info: "note" } as const satisfies Record<Severity, Result.level>;

/** A path as a URI reference: relative paths stay relative (what code scanning expects), segments percent-encoded. */
export function toUri(filePath: string | null): string {
  if (filePath === null) return "stdin";
  const slashed = filePath.replaceAll("\\", "/");
  if (slashed.startsWith("/") || /^[a-z]:\//i.test(slashed)) return pathToFileURL(filePath).href;
  return slashed.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

/** SARIF's "friendly name" of a rule: `required-field` → `RequiredField`; it must differ from the id, even in case. */
function friendlyName(id: string): string {
  if (id === FATAL_RULE.id) return "UnreadableInput";
  return id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

function toResult(d: Diagnostic, uri: string, ruleIndex: ReadonlyMap<string, number>): Result {
  const result: Result = { ruleId: d.ruleId, level: LEVEL[d.severity], message: { text: d.message } };
  const index = ruleIndex.get(d.ruleId);
  if (index !== undefined) result.ruleIndex = index;
  const physicalLocation: NonNullable<Result["locations"]>[number]["physicalLocation"] = { artifactLocation: { uri } };
  // Line 0 marks input that could not be read: the result points at the file's start,
  // since consumers such as code scanning want a region on every result.
  physicalLocation.region = d.line > 0 ? { startLine: d.line, startColumn: d.column, endLine: d.endLine ?? d.line, endColumn: d.endColumn ?? d.column } : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  result.locations = [{ physicalLocation }];
  // The PDF page or worksheet cell beside the line of the extracted text, in the result's property bag.
  const place = { ...(d.page === undefined ? {} : { page: d.page }), ...(d.sheet === undefined ? {} : { sheet: d.sheet }), ...(d.cell === undefined ? {} : { cell: d.cell }) };
  if (Object.keys(place).length > 0) result.properties = place;
  return result;
}

/** The log with an empty results list, and its results one at a time. */
function sarifLog({ files, rules, tool }: ReportContext): { log: Log; results: () => Generator<Result> } {
  const described = [...rules, FATAL_RULE];
  const ruleIndex = new Map(described.map((rule, index) => [rule.id, index]));
  const descriptors: ReportingDescriptor[] = described.map((rule) => ({
    id: rule.id,
    name: friendlyName(rule.id),
    shortDescription: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  }));
  const driver: NonNullable<Log["runs"][number]["tool"]["driver"]> = { name: tool.name, version: tool.version, rules: descriptors };
  if (tool.informationUri !== undefined) driver.informationUri = tool.informationUri;
  const log: Log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [{ tool: { driver }, columnKind: "utf16CodeUnits", results: [] }] };
  function* results(): Generator<Result> {
    for (const file of files) for (const d of file.diagnostics) yield toResult(d, toUri(file.filePath), ruleIndex);
  }
  return { log, results };
}

/** Where the run's results list stands in the log's JSON (the run's last key, one indent level per object and array above it). */
const EMPTY_RESULTS = '\n      "results": []';

/**
 * The log in pieces: `JSON.stringify(log, null, 2)`, escaped, with each result stringified on
 * its own, so that tens of thousands of results are never one string (issue 13). Escaping is
 * per character, so it may be applied piece by piece.
 */
export function* sarifPieces(context: ReportContext): Generator<string> {
  const { log, results } = sarifLog(context);
  const text = JSON.stringify(log, null, 2);
  const at = text.indexOf(EMPTY_RESULTS);
  if (at < 0) throw new Error("SARIF: the log's JSON has no empty results list");
  let first = true;
  for (const result of results()) {
    // Items of the results list are 8 spaces in: the list is the run's, inside `runs`.
    yield `${first ? `${escapeJsonText(text.slice(0, at))}\n      "results": [\n` : ",\n"}        ${escapeJsonText(JSON.stringify(result, null, 2).replaceAll("\n", "\n        "))}`;
    first = false;
  }
  yield first ? `${escapeJsonText(text)}\n` : `\n      ]${escapeJsonText(text.slice(at + EMPTY_RESULTS.length))}\n`;
}

export const sarif: Reporter = wholeReport(sarifPieces);
