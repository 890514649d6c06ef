/** `sheetparse ast FILE`: the syntax tree with unist positions, as JSON. */
import type { ParseOptions } from "../../parse.js";
import { parseSafely } from "../load.js";
import { write, writeError } from "../io.js";
import { readInputFile } from "../../source/inputs.js";
import { readStdin } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { localizeFatal } from "../../messages/fatal.js";
import { renderMessage } from "../../messages/index.js";

export async function runAstCommand(io: CliIo, operand: string, options: ParseOptions): Promise<number> {
  const read = operand === "-" ? await readStdin(io) : readInputFile(operand);
  if (!read.ok) {
    const message = renderMessage(options.lang ?? "en", "fatal", "unreadable", { detail: read.message, reason: read.reason });
    writeError(io, `${operand === "-" ? "<stdin>" : operand}: ${message}`);
    return 2;
  }
  const bytes = read.bytes;
  const result = await parseSafely(io, bytes, operand === "-" ? null : operand, options);
  if (!result.tree) {
    for (const d of result.document.diagnostics) writeError(io, `${d.path ?? "<stdin>"}:${d.line}:${d.column}: ${localizeFatal(d, options.lang ?? "en").message}`);
    return 2;
  }
  await write(io.stdout, `${JSON.stringify(result.tree, null, 2)}\n`);
  return 0;
}
