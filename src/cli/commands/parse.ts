/** The default command: sheets → JSON, NDJSON or YAML on stdout (or --output). */
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { runRules } from "../../check/engine.js";
import { addPositions } from "../../emit/positions.js";
import { toJson, toJsonLine } from "../../emit/json.js";
import { toYaml } from "../../emit/yaml.js";
import type { Document } from "../../model/schema.js";
import type { ParseOptions } from "../../parse.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { write, writeError } from "../io.js";
import { loadInputs } from "../load.js";

export const FORMATS = ["json", "ndjson", "yaml"] as const;
export type Format = (typeof FORMATS)[number];

export interface ParseCommandOptions {
  format: Format;
  output?: string;
  positions: boolean;
  strict: boolean;
}

export async function runParseCommand(operands: readonly string[], parseOptions: ParseOptions, options: ParseCommandOptions): Promise<number> {
  const outcome: RunOutcome = { fatal: false, errors: 0, warnings: 0, unrecognized: 0 };
  const { count, results } = loadInputs(operands, parseOptions);
  const out: Writable = options.output ? createWriteStream(options.output) : process.stdout;
  const asArray = count !== 1;
  let index = 0;
  if (options.format === "json" && asArray) await write(out, "[\n");
  for await (const result of results) {
    result.document.diagnostics = runRules(result);
    let document: Document = result.document;
    if (options.positions && result.model) document = addPositions(document, result.model.locations);
    if (result.fatal) {
      outcome.fatal = true;
      for (const diagnostic of document.diagnostics) writeError(diagnostic.line > 0 ? `${diagnostic.path ?? "<stdin>"}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message}` : diagnostic.message);
    }
    for (const diagnostic of document.diagnostics) {
      if (diagnostic.severity === "error") outcome.errors++;
      else if (diagnostic.severity === "warning") outcome.warnings++;
    }
    outcome.unrecognized += document.unrecognized.length;
    if (options.format === "ndjson") await write(out, toJsonLine(document));
    else if (options.format === "json") await write(out, asArray ? `${index > 0 ? ",\n" : ""}${toJson(document).trimEnd()}` : toJson(document));
    else await write(out, `${asArray ? "---\n" : ""}${await toYaml(document)}`);
    index++;
  }
  if (options.format === "json" && asArray) await write(out, index > 0 ? "\n]\n" : "]\n");
  if (options.output) await new Promise<void>((resolve) => out.end(resolve));
  return getExitCode(outcome, { mode: "parse", strict: options.strict });
}
