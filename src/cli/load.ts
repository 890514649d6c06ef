/**
 * Turns operands into parse results one at a time, so a batch never holds more than
 * one input's bytes. Unreadable inputs become fatal results; the batch goes on.
 */
import { expandInputs, readInputFile } from "../source/inputs.js";
import { parseDetailed, type ParseOptions, type ParseResult } from "../parse.js";
import type { Diagnostic, Document } from "../model/schema.js";
import { DEFAULT_PROFILE } from "../profile/registry.js";
import { readStdin } from "./io.js";

function unreadable(path: string | null, message: string, options: ParseOptions): ParseResult {
  const result = parseDetailed("", { ...options, path });
  const diagnostic: Diagnostic = { ruleId: "fatal", messageId: "unreadable", severity: "error", message, line: 0, column: 0, path };
  const document: Document = { ...result.document, source: { ...result.document.source, profile: (options.profile ?? DEFAULT_PROFILE).name }, diagnostics: [diagnostic] };
  return { ...result, document, tree: null, model: null, fatal: true };
}

/** The number of inputs the operands expand to, and the results, lazily. */
export function loadInputs(operands: readonly string[], options: ParseOptions): { count: number; results: AsyncGenerator<ParseResult> } {
  const inputs = expandInputs(operands.length === 0 ? ["-"] : operands);
  async function* results(): AsyncGenerator<ParseResult> {
    for (const input of inputs) {
      if (input.kind === "missing") {
        yield unreadable(input.path, `${input.path}: ${input.message}`, options);
      } else if (input.kind === "stdin") {
        yield parseDetailed(await readStdin(), { ...options, path: null });
      } else {
        const read = readInputFile(input.path);
        yield read.ok ? parseDetailed(read.bytes, { ...options, path: input.path }) : unreadable(input.path, `${input.path}: ${read.message}`, options);
      }
    }
  }
  return { count: inputs.length, results: results() };
}
