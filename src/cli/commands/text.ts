/**
 * `sheetparse text FILE…`: the rows each input yields, as the tab-separated text the parser
 * reads (SPEC §8) — to see what a PDF or workbook became, or to keep it as a text sheet.
 * An input that cannot be read is one line on stderr and exit 2; the others still print.
 */
import type { ParseOptions } from "../../parse.js";
import { extractText } from "../../parse-any.js";
import { expandInputs, readInputFile } from "../../source/inputs.js";
import { readStdin, write, writeError } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { renderMessage } from "../../messages/index.js";

export async function runTextCommand(io: CliIo, operands: readonly string[], options: ParseOptions): Promise<number> {
  let exitCode = 0;
  for (const input of expandInputs(operands.length === 0 ? ["-"] : operands)) {
    const name = input.kind === "stdin" ? "<stdin>" : input.path;
    if (input.kind === "unreadable") {
      writeError(io, `${name}: ${input.message}`);
      exitCode = 2;
      continue;
    }
    const read = input.kind === "stdin" ? await readStdin(io) : readInputFile(input.path);
    const extraction = read.ok ? await extractText(read.bytes, { path: input.kind === "stdin" ? null : input.path, encoding: options.encoding ?? "auto" }) : read;
    if (!extraction.ok) {
      // A reader's refusal in the catalogue's words (--lang); a file that could not be read says the system's.
      const message = "format" in extraction ? renderMessage(options.lang ?? "en", "fatal", "badFile", { detail: extraction.message }) : extraction.message;
      writeError(io, `${name}: ${message}`);
      exitCode = 2;
      continue;
    }
    const text = extraction.text;
    await write(io.stdout, text === "" || text.endsWith("\n") ? text : `${text}\n`);
  }
  return exitCode;
}
