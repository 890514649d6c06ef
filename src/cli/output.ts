/**
 * Where data goes: stdout, or the file of `--output` (opened up front, so a bad path is
 * a usage-style error before any input is read, not a crash halfway through a batch).
 */
import { closeSync, createWriteStream, mkdirSync, openSync } from "node:fs";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";

/** A destination could not be opened; the message names it. */
export class OutputError extends Error {}

export interface Output {
  stream: Writable;
  /** Ends the stream (not stdout) and waits until everything is on disk. */
  close(): Promise<void>;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such directory";
    case "EISDIR":
      return "is a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOTDIR":
      return "not a directory";
    case "EEXIST":
      return "exists and is not a directory";
    default:
      return code ?? (error as Error).message;
  }
}

/** Standard output, which is never closed. */
export function stdoutOutput(): Output {
  return { stream: process.stdout, close: () => Promise.resolve() };
}

/** A file, created or truncated now. Throws OutputError. */
export function openFileOutput(path: string): Output {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw new OutputError(`cannot write ${path}: ${reason(error)}`);
  }
  let stream: Writable;
  try {
    stream = createWriteStream(path, { fd });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  return {
    stream,
    async close() {
      stream.end();
      await finished(stream);
    },
  };
}

/** Creates the directory of `--table all --output DIR` (and its parents). Throws OutputError. */
export function makeOutputDirectory(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new OutputError(`cannot create directory ${path}: ${reason(error)}`);
  }
}
