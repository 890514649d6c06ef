/**
 * One-line reasons for the errors of the system a user can act on (a full disk, a file
 * where a folder should be, a failing disk), shared by opening (output.ts) and writing
 * (io.ts), so that none of them ends as "internal error".
 */

const REASONS: ReadonlyMap<string, string> = new Map([
  ["ENOSPC", "no space left on the device"],
  ["ENOENT", "no such file or directory"],
  ["EISDIR", "is a directory"],
  ["ENOTDIR", "not a directory"],
  ["EACCES", "permission denied"],
  ["EPERM", "operation not permitted"],
  ["EROFS", "read-only file system"],
  ["EFBIG", "file too large"],
  ["EDQUOT", "disk quota exceeded"],
  ["EIO", "input/output error"],
  ["ELOOP", "symlink loop"],
  ["ENXIO", "no such device or address"],
  ["ENAMETOOLONG", "file name too long"],
  ["EMFILE", "too many open files"],
  ["ENFILE", "too many open files in the system"],
  ["EBUSY", "device or resource busy"],
  ["ETXTBSY", "text file busy"],
]);

/** The error's code when it is one of the system's (`EIO`), else undefined: anything else is a bug of ours. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * The reason in a few words, or null for an error that is not the system's. A code not
 * in the table gets the system's own words from Node's message (`EXDEV: cross-device
 * link not permitted, rename …` → `cross-device link not permitted`).
 */
export function systemReason(error: unknown): string | null {
  const code = systemErrorCode(error);
  if (code === undefined) return null;
  const known = REASONS.get(code);
  if (known !== undefined) return known;
  const message = String((error as Error).message ?? "");
  const words = message.startsWith(`${code}: `) ? message.slice(code.length + 2).split(",")[0]?.trim() : undefined;
  return words !== undefined && words !== "" ? `${words} (${code})` : code;
}
