/**
 * Reading a named file with a bound (issue 15, item 4): `/dev/zero`, `/dev/urandom` or any
 * endless stream given as a sheet, profile or config once grew memory until V8 aborted the
 * process, losing the rest of the batch. Devices, sockets and directories are refused
 * before any byte is read; what is read stops at a limit with a message naming it.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from "node:fs";
import { renderReason, type Reason, type ReasonParams } from "../messages/reasons.js";

/** The kinds of file read with a limit, as the limit's message names them. */
export type BoundedKind = ReasonParams["tooLarge"]["what"];

/**
 * Largest sheet read: 256 MiB. Real sheets are kilobytes to a few megabytes, and the bad-input
 * battery's 100 MB file must still parse; beyond ~512 Mi characters V8 cannot hold the decoded
 * text as one string anyway, and parsing costs several times the file size in memory.
 */
export const MAX_SHEET_BYTES = 256 * 1024 * 1024;

/** Largest profile or config file read: 1 MiB, a hundred times any hand-written YAML file. */
export const MAX_YAML_BYTES = 1024 * 1024;

export type BoundedRead =
  | { ok: true; bytes: Uint8Array }
  | {
      ok: false;
      /** Why, as one line without the path (English; `reason` is the same as data). */
      message: string;
      reason: Reason;
      /** `ENOENT` and the like when the system refused; `EISDIR` for a directory; null for the other refusals. */
      code: string | null;
    };

/** A refusal: the reason, and its English words as `message` (what library callers have always read). */
export function readFailure(reason: Reason): { ok: false; message: string; reason: Reason } {
  return { ok: false, message: renderReason("en", reason), reason };
}

function failure(reason: Reason, code: string | null): BoundedRead {
  return { ...readFailure(reason), code };
}

function tooLarge(limit: number, what: BoundedKind): BoundedRead {
  return failure({ id: "tooLarge", data: { limit, what } }, null);
}

function errorMessage(error: unknown): BoundedRead {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? null;
  if (code === "EISDIR") return failure({ id: "isDirectory", data: {} }, code);
  if (code === "ENOENT") return failure({ id: "noSuchFile", data: {} }, code);
  if (code === "EACCES" || code === "EPERM") return failure({ id: "permissionDenied", data: {} }, code);
  return failure({ id: "cannotReadFile", data: { cause: code ?? (error as Error).message } }, code);
}

function kindOf(stats: Stats): ReasonParams["notRegularFile"]["kind"] {
  if (stats.isCharacterDevice()) return "characterDevice";
  if (stats.isBlockDevice()) return "blockDevice";
  if (stats.isSocket()) return "socket";
  return "other";
}

/**
 * Reads from an open descriptor until its end or until more than `limit` bytes came.
 * `expected` (a regular file's size) sizes the first buffer so that a file is read in one go.
 */
function readLimited(fd: number, expected: number, limit: number, what: BoundedKind): BoundedRead {
  // A buffer of its own, never a slice of Node's pool of small Buffers (allocUnsafe pools below
  // 4 KiB; allocUnsafeSlow never): the CLI hands it over whole, to be given back once decoded.
  let buffer = Buffer.allocUnsafeSlow(Math.min(limit + 1, Math.max(expected + 1, 64 * 1024)));
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > limit) return tooLarge(limit, what);
      const grown = Buffer.allocUnsafeSlow(Math.min(limit + 1, buffer.length * 2));
      buffer.copy(grown, 0, 0, filled);
      buffer = grown;
    }
    const count = readSync(fd, buffer, filled, buffer.length - filled, null);
    if (count === 0) break;
    filled += count;
  }
  return { ok: true, bytes: buffer.subarray(0, filled) };
}

/**
 * Reads a file whole, at most `limit` bytes; `what` names the kind of file in the message
 * ("sheet"). A directory, a device or a socket is refused without reading. A pipe (a FIFO,
 * or `/dev/fd/N` of a shell's `<(…)`) is read like a file, within the same limit: it is how
 * Unix tools are fed converted text, and the limit keeps it from growing without end.
 * Never throws.
 */
export function readBoundedFile(path: string, limit: number, what: BoundedKind): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return errorMessage(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return failure({ id: "isDirectory", data: {} }, "EISDIR");
    if (!stats.isFile() && !stats.isFIFO()) return failure({ id: "notRegularFile", data: { kind: kindOf(stats) } }, null);
    if (stats.size > limit) return tooLarge(limit, what);
    // /proc files say size 0 and a file may grow while read: the size only sizes the buffer.
    return readLimited(fd, stats.isFile() ? stats.size : 0, limit, what);
  } catch (error) {
    return errorMessage(error);
  } finally {
    closeSync(fd);
  }
}
