/** `sheetparse ast FILE`: the syntax tree with unist positions, as JSON. */
import type { ParseOptions } from "../../parse.js";
import { parseDetailed, vocabularyOf } from "../../parse.js";
import { extractText } from "../../parse-any.js";
import { streamSyntax } from "../../syntax/parse.js";
import { DEFAULT_PROFILE } from "../../profile/registry.js";
import { parseSafely } from "../load.js";
import { write, writeError } from "../io.js";
import { readInputFile } from "../../source/inputs.js";
import { readStdin } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { localizeFatal } from "../../messages/fatal.js";
import { renderMessage } from "../../messages/index.js";

/** Indents every line of a JSON text but its first (a string's newlines are escaped, so each newline is JSON's own). */
function indented(json: string, indent: string): string {
  return json.replaceAll("\n", `\n${indent}`);
}

/**
 * Writes the tree as `JSON.stringify(root, null, 2)` would, one child of the root at a time
 * as the parser closes it, waiting for stdout between them: the tree of a big file is never
 * whole, in memory or as one string (V8's longest string is 512 MB). No model is built.
 */
export async function runAstCommand(io: CliIo, operand: string, options: ParseOptions): Promise<number> {
  const read = operand === "-" ? await readStdin(io) : readInputFile(operand);
  const lang = options.lang ?? "en";
  if (!read.ok) {
    const message = renderMessage(lang, "fatal", "unreadable", { detail: read.message, reason: read.reason });
    writeError(io, `${operand === "-" ? "<stdin>" : operand}: ${message}`);
    return 2;
  }
  const path = operand === "-" ? null : operand;
  const extraction = await extractText(read.bytes, { path, encoding: options.encoding ?? "auto" }).catch(() => null);
  if (!extraction?.ok) {
    // The parse pipeline says why, in the words every command uses.
    const result = await parseSafely(io, read.bytes, path, options);
    for (const d of result.document.diagnostics) writeError(io, `${d.path ?? "<stdin>"}:${d.line}:${d.column}: ${localizeFatal(d, lang).message}`);
    return 2;
  }
  // With --profile auto, the profile is the one the whole pipeline would choose.
  const profile = options.autoProfiles ? parseDetailed(extraction.text, { ...options, path }).vocabulary.profile : (options.profile ?? DEFAULT_PROFILE);
  const { position, nodes } = streamSyntax(extraction.text, vocabularyOf(profile));
  await write(io.stdout, `{\n  "type": "root",\n  "position": ${indented(JSON.stringify(position, null, 2), "  ")},\n  "children": [`);
  let children = 0;
  for (const node of nodes) {
    await write(io.stdout, `${children === 0 ? "" : ","}\n    ${indented(JSON.stringify(node, null, 2), "    ")}`);
    children++;
  }
  await write(io.stdout, children === 0 ? "]\n}\n" : "\n  ]\n}\n");
  return 0;
}
