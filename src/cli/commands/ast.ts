/** `sheetparse ast FILE`: the syntax tree with unist positions, as JSON. */
import type { ParseOptions } from "../../parse.js";
import { parseSafely } from "../load.js";
import { write, writeError } from "../io.js";
import { readInputFile } from "../../source/inputs.js";
import { readStdin } from "../io.js";
import { localizeFatal } from "../../messages/fatal.js";
import { renderMessage } from "../../messages/index.js";

export async function runAstCommand(operand: string, options: ParseOptions): Promise<number> {
  const read = operand === "-" ? await readStdin() : readInputFile(operand);
  if (!read.ok) {
    const message = renderMessage(options.lang ?? "en", "fatal", "unreadable", { detail: read.message, reason: read.reason });
    writeError(`${operand === "-" ? "<stdin>" : operand}: ${message}`);
    return 2;
  }
  const bytes = read.bytes;
  const result = await parseSafely(bytes, operand === "-" ? null : operand, options);
  if (!result.tree) {
    for (const d of result.document.diagnostics) writeError(`${d.path ?? "<stdin>"}:${d.line}:${d.column}: ${localizeFatal(d, options.lang ?? "en").message}`);
    return 2;
  }
  await write(process.stdout, `${JSON.stringify(result.tree, null, 2)}\n`);
  return 0;
}
