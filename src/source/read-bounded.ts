/**
 * Reading a named file with a bound (issue 15, item 4): `/dev/zero`, `/dev/urandom` or any
 * endless stream given as a sheet, profile or config once grew memory until V8 aborted the
 * process, losing the rest of the batch. Devices, sockets and directories are refused
 * before any byte is read; what is read stops at a limit with a message naming it.
 */
import { closeSync, fstatSync, openSync, readSync, type Stats } from "node:fs";

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
      /** Why, as one line without the path. */
      message: string;
      /** `ENOENT` and the like when the system refused; `EISDIR` for a directory; null for the other refusals. */
      code: string | null;
    };

/** "1 MiB", "256 MiB": limits are whole mebibytes. */
export function formatLimit(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/** The refusal for input longer than `limit`. */
export function tooLargeMessage(limit: number, what: string): string {
  return `too large: more than ${formatLimit(limit)}, the limit for ${what}`;
}

function errorMessage(error: unknown): BoundedRead {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? null;
  if (code === "EISDIR") return { ok: false, message: "is a directory", code };
  if (code === "ENOENT") return { ok: false, message: "no such file or directory", code };
  if (code === "EACCES" || code === "EPERM") return { ok: false, message: "permission denied", code };
  return { ok: false, message: `cannot read file (${code ?? (error as Error).message})`, code };
}

function kindName(stats: Stats): string {
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a file";
}

/**
 * Reads from an open descriptor until its end or until more than `limit` bytes came.
 * `expected` (a regular file's size) sizes the first buffer so that a file is read in one go.
 */
function readLimited(fd: number, expected: number, limit: number, what: string): BoundedRead {
  let buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(expected + 1, 64 * 1024)));
  let filled = 0;
  for (;;) {
    if (filled === buffer.length) {
      if (filled > limit) return { ok: false, message: tooLargeMessage(limit, what), code: null };
      const grown = Buffer.allocUnsafe(Math.min(limit + 1, buffer.length * 2));
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
 * ("a sheet"). A directory, a device or a socket is refused without reading. A pipe (a FIFO,
 * or `/dev/fd/N` of a shell's `<(…)`) is read like a file, within the same limit: it is how
 * Unix tools are fed converted text, and the limit keeps it from growing without end.
 * Never throws.
 */
export function readBoundedFile(path: string, limit: number, what: string): BoundedRead {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return errorMessage(error);
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, message: "is a directory", code: "EISDIR" };
    if (!stats.isFile() && !stats.isFIFO()) {
      return { ok: false, message: `not a regular file (${kindName(stats)}); give a file, or - for standard input`, code: null };
    }
    if (stats.size > limit) return { ok: false, message: tooLargeMessage(limit, what), code: null };
    // /proc files say size 0 and a file may grow while read: the size only sizes the buffer.
    return readLimited(fd, stats.isFile() ? stats.size : 0, limit, what);
  } catch (error) {
    return errorMessage(error);
  } finally {
    closeSync(fd);
  }
}
