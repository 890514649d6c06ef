/**
 * Turns operands into parse results one at a time, so a batch never holds more than
 * one input's bytes. Unreadable inputs become fatal results; the batch goes on.
 */
import { LineTable } from "../source/lines.js";
import { expandInputs, isSingleInput, readInputFile, type InputRef } from "../source/inputs.js";
import { HandedBytes } from "../source/handed-bytes.js";
import { vocabularyOf, type ParseOptions, type ParseResult } from "../parse.js";
import { parseAnyDetailed } from "../parse-any.js";
import type { Diagnostic, Document } from "../model/schema.js";
import { DEFAULT_PROFILE } from "../profile/registry.js";
import { printable } from "../report/printable.js";
import { readStdin } from "./io.js";
import { traceError, type CliIo } from "./cli-io.js";
import { cliMessages } from "../messages/cli.js";
import type { Lang } from "../messages/types.js";
import type { Reason } from "../messages/reasons.js";

/**
 * A result for an input that gave no document: `fatal` diagnostic at 1:1 (the one
 * position shape: 1-based, as SARIF requires), message without the path (reporters put
 * the path in front). Built by hand, not by the parser,
 * so that it works even when the parser is what failed.
 */
export function fatalResult(path: string | null, messageId: string, message: string, options: ParseOptions, unreadable?: Reason): ParseResult {
  const diagnostic: Diagnostic = { ruleId: "fatal", messageId, severity: "error", message, line: 1, column: 1, path };
  const profile = options.profile?.name ?? DEFAULT_PROFILE.name;
  const document: Document = {
    schemaVersion: 1,
    source: { path, encoding: "utf-8", bom: false, lineCount: 0, profile },
    policies: [],
    projects: [],
    unrecognized: [],
    diagnostics: [diagnostic],
  };
  const result: ParseResult = { document, tree: null, findings: [], lines: new LineTable(""), model: null, vocabulary: vocabularyOf(DEFAULT_PROFILE), fatal: true };
  return unreadable === undefined ? result : { ...result, unreadable };
}

/** A bug met on one input: reported as that input's fatal diagnostic (stack on `io`'s stderr only with DEBUG=sheetparse), so the batch goes on. */
export function internalErrorResult(io: CliIo, path: string | null, error: unknown, options: ParseOptions): ParseResult {
  traceError(io, error);
  return fatalResult(path, "internalError", `internal error: ${(error as Error).message ?? String(error)}`, options);
}

/**
 * The stderr line for a `--profile auto` choice that was a tie or weak (SPEC §7.1), or null:
 * the data goes on, but a person should know the profile was a guess.
 */
export function autoProfileNote(result: ParseResult, lang: Lang): string | null {
  const notice = result.profileChoice?.notice;
  return notice ? `sheetparse: ${printable(`${result.document.source.path ?? "<stdin>"}: ${cliMessages[lang].profileNotice(notice)}`)}` : null;
}

/** A text, PDF, workbook, HTML or CSV input through the pipeline; a bug met becomes that input's fatal result. */
export async function parseSafely(io: CliIo, input: Uint8Array | HandedBytes, path: string | null, options: ParseOptions): Promise<ParseResult> {
  try {
    return await parseAnyDetailed(input, { ...options, path });
  } catch (error) {
    return internalErrorResult(io, path, error, options);
  }
}

type Read = { ok: true; bytes: Uint8Array } | { ok: false; message: string; reason: Reason };

/**
 * A read whose bytes the pipeline may let go of once decoded: the generator below keeps its
 * locals while it waits for the parse, so it must hold the bytes only through a HandedBytes.
 */
function handOver(read: Read, ownsBuffer = false): { ok: true; bytes: HandedBytes } | Exclude<Read, { ok: true }> {
  return read.ok ? { ok: true, bytes: new HandedBytes(read.bytes, ownsBuffer) } : read;
}

/**
 * A named file's bytes, handed over, read in a frame of its own: a caller that read them
 * itself would keep the unwrapped read in one of its registers (a V8 stack root) while it
 * waits for the parse, and with it the whole file's bytes.
 */
function readHandedFile(path: string): ReturnType<typeof handOver> {
  // A file is read into a buffer of its own (never Node's pool of small Buffers, see
  // read-bounded.ts): the whole buffer is handed over, to be given back once decoded.
  return handOver(readInputFile(path), true);
}

/** One input's parse result, an unreadable one's fatal result. */
async function resultOf(io: CliIo, input: InputRef, options: ParseOptions): Promise<ParseResult> {
  if (input.kind === "unreadable") return fatalResult(input.path, "unreadable", input.message, options, input.reason);
  if (input.kind === "stdin") {
    const read = handOver(await readStdin(io));
    return read.ok ? await parseSafely(io, read.bytes, null, options) : fatalResult(null, "unreadable", read.message, options, read.reason);
  }
  const read = readHandedFile(input.path);
  return read.ok ? await parseSafely(io, read.bytes, input.path, options) : fatalResult(input.path, "unreadable", read.message, options, read.reason);
}

/**
 * The inputs the operands expand to: how many, whether they are a single input (JSON
 * prints the Document itself, not an array), the list (so that `--output` can refuse to
 * overwrite one), and the results, lazily. `-` reads `io`'s stdin.
 */
export function loadInputs(
  io: CliIo,
  operands: readonly string[],
  options: ParseOptions,
): { count: number; single: boolean; inputs: readonly InputRef[]; results: AsyncGenerator<ParseResult> } {
  const list = operands.length === 0 ? ["-"] : operands;
  const inputs = expandInputs(list);
  async function* results(): AsyncGenerator<ParseResult> {
    // Each result is made in a frame of its own: this generator holds nothing of it while it is used.
    for (const input of inputs) yield await resultOf(io, input, options);
  }
  return { count: inputs.length, single: isSingleInput(list), inputs, results: results() };
}
