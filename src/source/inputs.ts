/**
 * Command-line operands → the inputs to read: files, directories (searched for `*.txt`),
 * glob patterns (expanded here, so quoted patterns work on every shell) and `-` for stdin.
 */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { globSync } from "tinyglobby";

export type InputRef =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "missing"; path: string; message: string };

const GLOB_CHARS = /[*?[\]{}]/;

function kindOf(path: string): "file" | "dir" | null {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}

/** Expands operands in order; each directory's and pattern's matches are sorted. */
export function expandInputs(operands: readonly string[]): InputRef[] {
  const out: InputRef[] = [];
  for (const operand of operands) {
    if (operand === "-") {
      out.push({ kind: "stdin" });
      continue;
    }
    const kind = kindOf(operand);
    if (kind === "file") {
      out.push({ kind: "file", path: operand });
    } else if (kind === "dir") {
      const found = globSync("**/*.txt", { cwd: operand, onlyFiles: true, dot: false }).sort();
      for (const relative of found) out.push({ kind: "file", path: join(operand, relative) });
    } else if (GLOB_CHARS.test(operand)) {
      const found = globSync(operand, { onlyFiles: true, expandDirectories: false }).sort();
      if (found.length === 0) out.push({ kind: "missing", path: operand, message: "no files match this pattern" });
      for (const path of found) out.push({ kind: "file", path });
    } else {
      out.push({ kind: "missing", path: operand, message: "no such file or directory" });
    }
  }
  return out;
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/** Reads a file whole; errors become a message rather than an exception. */
export function readInputFile(path: string): ReadResult {
  try {
    return { ok: true, bytes: readFileSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a directory" : `cannot read file (${code ?? "unknown error"})` };
  }
}
