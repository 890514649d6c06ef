/**
 * Where data goes: stdout, or the file of `--output`. A file is written to a temporary
 * file beside it and renamed over it only once the run has succeeded, so a run that
 * fails, is interrupted or reads nothing leaves the target as it was. Everything that
 * can be checked is checked up front, before any input is read: a bad path, and an
 * output that is one of the inputs (which would be destroyed), are usage-style errors.
 */
import { randomBytes } from "node:crypto";
import {
  accessSync,
  constants,
  createWriteStream,
  fchmodSync,
  fchownSync,
  mkdirSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  type BigIntStats,
} from "node:fs";
import { basename, dirname, join, resolve, sep } from "node:path";
import { finished } from "node:stream/promises";
import type { Writable } from "node:stream";
import type { InputRef } from "../source/inputs.js";
import { STDIN_NAME } from "./diagnostic-line.js";
import { identifyInputs, type InputFiles } from "./same-file.js";
import { systemReasonOf } from "./system-error.js";
import { renderOutputProblem, type OutputProblem } from "../messages/output.js";
import { reason as fixed, type Reason } from "../messages/reasons.js";
import { forgetTempFile, trackTempFile } from "./temp-files.js";
import type { CliIo } from "./cli-io.js";

/**
 * A destination could not be opened, or must not be written. The message is English (as
 * before); the CLI prints `problem` in the user's language.
 */
export class OutputError extends Error {
  constructor(readonly problem: OutputProblem) {
    super(renderOutputProblem("en", problem));
  }
}

function cannotWrite(path: string, why: Reason, inFolder = false): OutputError {
  return new OutputError({ id: "cannotWrite", data: inFolder ? { path, reason: why, inFolder } : { path, reason: why } });
}

/** What a command does with its destination(s) once the run is over. */
export interface Destination {
  /** Waits until everything is on disk, then puts each file in place. */
  commit(): Promise<void>;
  /** Drops what was written, leaving each target as it was. Never throws; a no-op after commit. */
  discard(): Promise<void>;
}

export interface Output extends Destination {
  stream: Writable;
}

function reason(error: unknown): Reason {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return fixed("noSuchDirectory");
    case "EISDIR":
      return fixed("isDirectory");
    case "EACCES":
    case "EPERM":
      return fixed("permissionDenied");
    case "ENOTDIR":
      return fixed("notDirectory");
    case "EEXIST":
      return fixed("existsNotDirectory");
    case "ELOOP":
      return fixed("symlinkLoop");
    default:
      return systemReasonOf(error) ?? { id: "detail", data: { text: (error as Error).message } };
  }
}

/** Standard output, which is never closed. */
export function stdoutOutput(io: CliIo): Output {
  return { stream: io.stdout, commit: () => Promise.resolve(), discard: () => Promise.resolve() };
}

/** The target's stats (following symlinks), or null when there is no such file yet. */
function statTarget(path: string): BigIntStats | null {
  if (path === "" || path.endsWith("/") || path.endsWith(sep) || basename(path) === "." || basename(path) === "..") {
    throw cannotWrite(path, fixed(path === "" ? "noFileName" : "isDirectory"));
  }
  try {
    return statSync(path, { bigint: true, throwIfNoEntry: false }) ?? null;
  } catch (error) {
    throw cannotWrite(path, reason(error));
  }
}

function refuseInput(path: string, stats: BigIntStats, inputs: InputFiles): void {
  const input = inputs.find(stats);
  if (input === undefined) return;
  throw new OutputError({ id: "refuseOverwrite", data: { path, input: input === STDIN_NAME ? null : input } });
}

/**
 * The file a write to `path` lands in, symlinks followed (a dangling one too, as the
 * shell's `>` does), so that the rename replaces that file and the links stay links.
 */
function resolveLinks(path: string, exists: boolean): string {
  if (exists) return realpathSync(path);
  let current = path;
  for (let hop = 0; hop < 40; hop++) {
    try {
      // Relative to the link's real folder: `..` in a link is resolved by the kernel, not by text.
      current = resolve(realpathSync(dirname(current)), readlinkSync(current));
    } catch {
      return current; // Not a link (or not there): this is the file.
    }
  }
  return current;
}

/** A device, FIFO or socket (`/dev/null`, a named pipe) is written as it is: there is nothing to replace. */
function openInPlace(path: string): Output {
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw cannotWrite(path, reason(error));
  }
  const stream = createWriteStream(path, { fd });
  stream.on("error", () => undefined); // Kept by io.write and rethrown by commit; never an unhandled 'error'.
  return {
    stream,
    async commit() {
      stream.end();
      await finished(stream);
    },
    async discard() {
      stream.destroy();
      await finished(stream).catch(() => undefined);
    },
  };
}

/** Opens the temporary file beside `target`; an existing target's mode (and, when allowed, owner) carry over. */
function openTemp(path: string, target: string, existing: BigIntStats | null): { temp: string; fd: number } {
  // Hidden, so that a directory search never reads it; the name says whose it is if a crash leaves it.
  const temp = join(dirname(target), `.${basename(target).slice(0, 200)}.sheetparse-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let fd: number;
  // Tracked before it exists: a signal between creating and tracking would leave it behind.
  trackTempFile(temp);
  try {
    fd = openSync(temp, "wx", 0o666);
  } catch (error) {
    forgetTempFile(temp);
    // The file itself may be writable: say that it is the folder that is not.
    throw cannotWrite(path, reason(error), existing !== null && (error as NodeJS.ErrnoException).code === "EACCES");
  }
  if (existing) {
    fchmodSync(fd, Number(existing.mode & 0o777n));
    try {
      fchownSync(fd, Number(existing.uid), Number(existing.gid));
    } catch {
      // Only root may give a file away; the file is then the writer's, as a new file would be.
    }
  }
  return { temp, fd };
}

/**
 * A file, checked and prepared now; written to a temporary file and renamed over `path`
 * on commit. Throws OutputError when it cannot be written or is one of `inputs`.
 */
export function openFileOutput(path: string, inputs: InputFiles): Output {
  const existing = statTarget(path);
  if (existing?.isDirectory()) throw cannotWrite(path, fixed("isDirectory"));
  if (existing) refuseInput(path, existing, inputs);
  if (existing && !existing.isFile()) return openInPlace(path);
  const target = resolveLinks(path, existing !== null);
  if (existing) {
    // A rename would replace a read-only file all the same; `>` would not, and neither do we.
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw cannotWrite(path, reason(error));
    }
  }
  const { temp, fd } = openTemp(path, target, existing);
  const stream = createWriteStream(temp, { fd, flush: true });
  stream.on("error", () => undefined); // Kept by io.write and rethrown by commit; never an unhandled 'error'.
  let state: "open" | "committed" | "discarded" = "open";
  return {
    stream,
    async commit() {
      if (state !== "open") return;
      stream.end();
      await finished(stream); // flush: true, so the data is on disk before the rename makes it visible.
      renameSync(temp, target);
      state = "committed";
      forgetTempFile(temp);
    },
    async discard() {
      if (state !== "open") return;
      state = "discarded";
      stream.destroy();
      await finished(stream).catch(() => undefined);
      try {
        unlinkSync(temp);
      } catch {
        // Already gone.
      }
      forgetTempFile(temp);
    },
  };
}

/** `--output PATH`, or `io`'s stdout without one. Throws OutputError (see openFileOutput). */
export function openOutput(io: CliIo, path: string | undefined, inputs: readonly InputRef[]): Output {
  return path === undefined ? stdoutOutput(io) : openFileOutput(path, identifyInputs(inputs, io.stdinFd));
}

/**
 * Creates the directory of `--table all --output DIR` (and its parents). Returns what
 * undoes it: removes the folders it created, as long as they are empty. Throws OutputError.
 */
export function makeOutputDirectory(path: string): () => void {
  let first: string | undefined;
  try {
    first = mkdirSync(path, { recursive: true });
  } catch (error) {
    throw new OutputError({ id: "cannotCreateDirectory", data: { path, reason: reason(error) } });
  }
  return () => {
    if (first === undefined) return;
    const top = resolve(first);
    for (let folder = resolve(path); ; folder = dirname(folder)) {
      try {
        rmdirSync(folder);
      } catch {
        return; // Not empty (or gone): leave it.
      }
      if (folder === top || folder === dirname(folder)) return;
    }
  };
}

/** Several outputs (`--table all`) as one destination: committed in turn, all discarded together. */
export function combineOutputs(outputs: readonly Output[], undo: () => void = () => undefined): Destination {
  return {
    async commit() {
      for (const output of outputs) await output.commit();
    },
    async discard() {
      for (const output of outputs) await output.discard();
      undo();
    },
  };
}
