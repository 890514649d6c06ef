/** The CLI's contact with its IO object's streams: stdin, stdout with back-pressure, stderr. */
import { once } from "node:events";
import { fstatSync } from "node:fs";
import type { ReadResult } from "../source/inputs.js";
import { MAX_SHEET_BYTES, readFailure } from "../source/read-bounded.js";
import type { Writable } from "node:stream";
import { printable } from "../report/printable.js";
import { systemReasonOf } from "./system-error.js";
import type { Lang } from "../messages/types.js";
import { renderOutputProblem, type OutputProblem } from "../messages/output.js";
import type { CliIo } from "./cli-io.js";

/**
 * Reads standard input to its end, within the sheet limit (`sheetparse < /dev/zero` must not
 * grow without end). A directory as stdin (`sheetparse < somedir`) reads as nothing at all,
 * so it is refused by its type first instead of parsing as an empty sheet.
 */
export async function readStdin(io: CliIo): Promise<ReadResult> {
  try {
    if (io.stdinFd !== null && fstatSync(io.stdinFd).isDirectory()) return readFailure({ id: "stdinIsDirectory", data: {} });
  } catch {
    // No descriptor 0 to look at (closed stdin): reading below says what there is.
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of io.stdin) {
      total += (chunk as Buffer).length;
      if (total > MAX_SHEET_BYTES) {
        io.stdin.destroy();
        return readFailure({ id: "tooLarge", data: { limit: MAX_SHEET_BYTES, what: "sheet" } });
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return readFailure(code === "EISDIR" ? { id: "stdinIsDirectory", data: {} } : { id: "cannotReadStdin", data: { cause: code ?? (error as Error).message } });
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}

/** The first error of each stream written to (EPIPE when a reader such as `head` has gone). */
const failures = new WeakMap<Writable, Error>();
const guarded = new WeakSet<Writable>();

/**
 * An 'error' event with no listener would crash the process with a stack trace; keep it
 * instead, and let the next write throw it.
 */
function guard(stream: Writable): void {
  if (guarded.has(stream)) return;
  guarded.add(stream);
  stream.on("error", (error: Error) => {
    if (!failures.has(stream)) failures.set(stream, error);
  });
}

/**
 * Writes and waits for the stream to drain when its buffer is full, so big batches stream
 * in constant memory. Throws the stream's error (e.g. EPIPE) instead of crashing.
 */
export async function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  guard(stream);
  const failure = failures.get(stream);
  if (failure) throw failure;
  if (!stream.write(chunk)) await once(stream, "drain");
}

/** True for the error of writing to a pipe whose reader has closed it. */
export function isBrokenPipe(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "EPIPE";
}

/**
 * The problem of an output error (any error of the system met while opening, writing or
 * renaming: a full disk, ENOTDIR, EIO …), or null when the error is something else — a bug
 * of ours, or a failed read, which is not the output's. `target` names the file the user
 * asked for: the error's own path may be a temporary file.
 */
export function outputProblemOf(error: unknown, target?: string): OutputProblem | null {
  const { syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = syscall === "read" ? null : systemReasonOf(error);
  if (reason === null) return null;
  const name = target ?? path;
  return name === undefined ? { id: "cannotWriteOutput", data: { reason } } : { id: "cannotWrite", data: { path: name, reason } };
}

/** {@link outputProblemOf} as one line in `lang` (English by default), or null. */
export function outputErrorMessage(error: unknown, target?: string, lang: Lang = "en"): string | null {
  const problem = outputProblemOf(error, target);
  return problem === null ? null : renderOutputProblem(lang, problem);
}

/**
 * Guards stdout for commands that write with a bare `stdout.write` (help, --version,
 * schema): an error is kept instead of crashing with a stack trace. Returns a function
 * that reports the kept error (a closed pipe is not one) once the command is done, and
 * says whether there was one to report. The listener stays on the stream: an error after
 * the run must not crash either.
 */
export function guardStdout(io: CliIo): (lang: Lang) => boolean {
  let kept: Error | null = null;
  io.stdout.on("error", (error: Error) => {
    kept ??= error;
  });
  return (lang) => {
    if (!kept || isBrokenPipe(kept)) return false;
    writeError(io, outputErrorMessage(kept, undefined, lang) ?? renderOutputProblem(lang, { id: "cannotWriteOutput", data: { reason: { id: "detail", data: { text: kept.message } } } }));
    return true;
  };
}

/**
 * One `sheetparse: …` line on stderr. The whole message is made printable: it names paths
 * and quotes texts from outside, and a newline or ESC in them must not reach a terminal
 * or a CI log (where `::error …` at a line's start is a command) as they are.
 */
export function writeError(io: CliIo, message: string): void {
  io.stderr.write(`sheetparse: ${printable(message)}\n`);
}
