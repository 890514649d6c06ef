/**
 * Command-line operands → the inputs to read: files, directories (searched for `*.txt`),
 * glob patterns (expanded here, so quoted patterns work on every shell) and `-` for stdin.
 */
import { statSync } from "node:fs";
import { expandGlob } from "./glob.js";
import { operandProblem } from "./operand-problem.js";
import { MAX_SHEET_BYTES, readBoundedFile } from "./read-bounded.js";
import { nodeWalkFs, walkTextFiles, type WalkFs } from "./walk.js";

/**
 * One input to read. `unreadable` is an operand or a found entry that gives no file to
 * read (missing, a pattern that matches nothing, a folder that cannot be searched, a
 * broken symlink), with the message that says why.
 */
export type InputRef =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "unreadable"; path: string; message: string };

const GLOB_CHARS = /[*?[\]{}]/;

function kindOf(path: string): "file" | "dir" | null {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? "dir" : "file";
  } catch {
    return null;
  }
}

/**
 * Expands operands in order; each directory's and pattern's matches are sorted. What a
 * directory search could not enter or follow is an `unreadable` input in its place, so
 * it is reported and counts in the exit code. `fs` is for tests.
 */
export function expandInputs(operands: readonly string[], fs: WalkFs = nodeWalkFs): InputRef[] {
  const out: InputRef[] = [];
  for (const operand of operands) {
    if (operand === "-") {
      // Standard input can be read once: a second `-` would be an empty document.
      if (out.some((input) => input.kind === "stdin")) continue;
      out.push({ kind: "stdin" });
      continue;
    }
    const kind = kindOf(operand);
    const problem = kind === null ? operandProblem(operand) : null;
    if (kind === "file") {
      out.push({ kind: "file", path: operand });
    } else if (kind === "dir") {
      const found = walkTextFiles(operand, fs);
      if (found.length === 0) out.push({ kind: "unreadable", path: operand, message: "no *.txt files in this directory" });
      for (const entry of found) out.push(entry.kind === "file" ? entry : { kind: "unreadable", path: entry.path, message: entry.reason });
    } else if (problem !== null) {
      out.push({ kind: "unreadable", path: operand, message: problem });
    } else if (GLOB_CHARS.test(operand)) {
      const { files, skipped } = expandGlob(operand);
      if (files.length === 0) out.push({ kind: "unreadable", path: operand, message: "no files match this pattern" });
      for (const path of files) out.push({ kind: "file", path });
      for (const entry of skipped) out.push({ kind: "unreadable", path: entry.path, message: entry.reason });
    } else {
      out.push({ kind: "unreadable", path: operand, message: "no such file or directory" });
    }
  }
  return out;
}

/**
 * True when the operands name exactly one input by itself — one file, `-`, or nothing
 * (stdin) — so JSON prints a bare Document. A directory or a pattern always gives an
 * array, however many files it matches, so a script sees the same shape every time.
 */
export function isSingleInput(operands: readonly string[]): boolean {
  if (operands.length === 0) return true;
  if (operands.length > 1) return false;
  const operand = operands[0] ?? "-";
  if (operand === "-") return true;
  const kind = kindOf(operand);
  return kind === "file" || (kind === null && !GLOB_CHARS.test(operand));
}

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * Reads a sheet whole, within {@link MAX_SHEET_BYTES}; a directory, device or socket is
 * refused unread (see read-bounded.ts). Errors become a message rather than an exception.
 */
export function readInputFile(path: string): ReadResult {
  const read = readBoundedFile(path, MAX_SHEET_BYTES, "a sheet");
  return read.ok ? read : { ok: false, message: read.message };
}
