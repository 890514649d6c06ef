/** The CLI's contact with the process: stdin, stdout with back-pressure, stderr. */
import { once } from "node:events";
import { fstatSync } from "node:fs";
import type { ReadResult } from "../source/inputs.js";
import { MAX_SHEET_BYTES, tooLargeMessage } from "../source/read-bounded.js";
import type { Writable } from "node:stream";
import { printable } from "../report/printable.js";
import { systemReason } from "./system-error.js";

/**
 * Reads standard input to its end, within the sheet limit (`sheetparse < /dev/zero` must not
 * grow without end). A directory as stdin (`sheetparse < somedir`) reads as nothing at all,
 * so it is refused by its type first instead of parsing as an empty sheet.
 */
export async function readStdin(): Promise<ReadResult> {
  try {
    if (fstatSync(0).isDirectory()) return { ok: false, message: "standard input is a directory" };
  } catch {
    // No descriptor 0 to look at (closed stdin): reading below says what there is.
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of process.stdin) {
      total += (chunk as Buffer).length;
      if (total > MAX_SHEET_BYTES) {
        process.stdin.destroy();
        return { ok: false, message: tooLargeMessage(MAX_SHEET_BYTES, "a sheet") };
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    return { ok: false, message: code === "EISDIR" ? "standard input is a directory" : `cannot read standard input (${code ?? (error as Error).message})` };
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
 * A one-line message for an output error (any error of the system met while opening,
 * writing or renaming: a full disk, ENOTDIR, EIO …), or null when the error is something
 * else — a bug of ours, or a failed read, which is not the output's. `target` names the
 * file the user asked for: the error's own path may be a temporary file.
 */
export function outputErrorMessage(error: unknown, target?: string): string | null {
  const { syscall, path } = (error ?? {}) as NodeJS.ErrnoException;
  const reason = syscall === "read" ? null : systemReason(error);
  if (reason === null) return null;
  const name = target ?? path;
  return name === undefined ? `cannot write output: ${reason}` : `cannot write ${name}: ${reason}`;
}

/**
 * Guards stdout for commands that write with a bare `process.stdout.write` (help,
 * --version, schema): an error is kept instead of crashing with a stack trace. Returns
 * a function that reports the kept error (a closed pipe is not one) once the command is
 * done, and says whether there was one to report.
 */
export function guardStdout(): () => boolean {
  let kept: Error | null = null;
  process.stdout.on("error", (error: Error) => {
    kept ??= error;
  });
  return () => {
    if (!kept || isBrokenPipe(kept)) return false;
    writeError(outputErrorMessage(kept) ?? `cannot write output: ${kept.message}`);
    return true;
  };
}

/**
 * One `sheetparse: …` line on stderr. The whole message is made printable: it names paths
 * and quotes texts from outside, and a newline or ESC in them must not reach a terminal
 * or a CI log (where `::error …` at a line's start is a command) as they are.
 */
export function writeError(message: string): void {
  process.stderr.write(`sheetparse: ${printable(message)}\n`);
}
