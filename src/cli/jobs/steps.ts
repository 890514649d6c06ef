/**
 * What a command does with one file once it is parsed, named as data so that a worker
 * thread can be told to do it: the worker gets the StepSpec, loads the same function the
 * main thread would run, and sends back only its plain result (the syntax tree and line
 * table, class instances, stay in the worker).
 */
import type { ParseOptions, ParseResult } from "../../parse.js";
import type { ParseCommandOptions } from "../parse-options.js";
import type { RuleConfig } from "../../check/engine.js";
import type { CliIo } from "../cli-io.js";

export type StepSpec =
  | { command: "parse"; options: ParseCommandOptions }
  | { command: "check"; rules: RuleConfig }
  | { command: "report" };

/** A worker's per-file function for what a spec names, writing (a DEBUG stack) to `io`; loaded lazily, as the commands themselves are. */
export async function stepOf(spec: StepSpec, parseOptions: ParseOptions, io: CliIo): Promise<(result: ParseResult) => unknown> {
  const lang = parseOptions.lang ?? "en";
  switch (spec.command) {
    case "parse": {
      const { prepareParsed } = await import("../commands/parse.js");
      return (result) => prepareParsed(io, result, spec.options, parseOptions, true);
    }
    case "check": {
      const { prepareChecked } = await import("../commands/check.js");
      // A worker's result is cloned to the main thread: its diagnostics are always an array.
      return (result) => prepareChecked(result, spec.rules, lang, Number.POSITIVE_INFINITY);
    }
    case "report": {
      const { prepareReported } = await import("../commands/report.js");
      return (result) => prepareReported(result, lang);
    }
  }
}
