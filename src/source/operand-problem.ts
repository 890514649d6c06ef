/**
 * Why an operand that names no file or folder cannot be read, when the answer is more
 * than "no such file": a symlink loop (ELOOP) or a broken symlink would otherwise read
 * as a typo, and the user would look for the wrong mistake. Worded as the directory
 * search words the same problems (walk.ts).
 */
import { lstatSync, readlinkSync, statSync } from "node:fs";
import type { Reason } from "../messages/reasons.js";

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** The reason for an operand that stat() refuses, or null when it simply does not exist (it may be a glob pattern). */
export function operandProblem(path: string): Reason | null {
  let code: string | undefined;
  try {
    statSync(path);
    return null;
  } catch (error) {
    code = codeOf(error);
  }
  if (code === "ELOOP") return { id: "symlinkLoop", data: {} };
  if (code === "EACCES" || code === "EPERM") return { id: "permissionDenied", data: {} };
  if (code === "ENAMETOOLONG") return { id: "nameTooLong", data: {} };
  if (code !== "ENOENT") return code === "ENOTDIR" ? { id: "notDirectoryInPath", data: {} } : null;
  try {
    if (!lstatSync(path).isSymbolicLink()) return null;
    return { id: "brokenSymlink", data: { target: readlinkSync(path) } };
  } catch {
    return null; // Nothing there at all: an ordinary missing file, or a pattern.
  }
}
