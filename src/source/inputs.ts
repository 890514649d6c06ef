/**
 * Command-line operands → the inputs to read: files, directories (searched for `*.txt`),
 * glob patterns (expanded here, so quoted patterns work on every shell) and `-` for stdin.
 */
import { statSync } from "node:fs";
import { expandGlob } from "./glob.js";
import { operandProblem } from "./operand-problem.js";
import { MAX_SHEET_BYTES, readBoundedFile } from "./read-bounded.js";
import { renderReason, type Reason } from "../messages/reasons.js";
import { nodeWalkFs, walkTextFiles, type WalkFs } from "./walk.js";

/**
 * One input to read. `unreadable` is an operand or a found entry that gives no file to
 * read (missing, a pattern that matches nothing, a folder that cannot be searched, a
 * broken symlink), with the reason why and its English `message`.
 */
export type InputRef =
  | { kind: "file"; path: string }
  | { kind: "stdin" }
  | { kind: "unreadable"; path: string; message: string; reason: Reason };

function unreadable(path: string, reason: Reason): InputRef {
  return { kind: "unreadable", path, message: renderReason("en", reason), reason };
}

/** A directory search's or a pattern's own words (walk.ts, glob.ts): English, shown as they are. */
function skipped(entry: { path: string; reason: Reason }): InputRef {
  return unreadable(entry.path, entry.reason);
}

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
      if (found.length === 0) out.push(unreadable(operand, { id: "noTextFiles", data: {} }));
      for (const entry of found) out.push(entry.kind === "file" ? entry : skipped(entry));
    } else if (problem !== null) {
      out.push(unreadable(operand, problem));
    } else if (GLOB_CHARS.test(operand)) {
      const { files, skipped: globSkipped } = expandGlob(operand);
      if (files.length === 0) out.push(unreadable(operand, { id: "noMatches", data: {} }));
      for (const path of files) out.push({ kind: "file", path });
      for (const entry of globSkipped) out.push(skipped(entry));
    } else {
      out.push(unreadable(operand, { id: "noSuchFile", data: {} }));
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

/** `message`: the English of `reason`, as library callers have always read it. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string; reason: Reason };

/**
 * Reads a sheet whole, within {@link MAX_SHEET_BYTES}; a directory, device or socket is
 * refused unread (see read-bounded.ts). Errors become a message rather than an exception.
 */
export function readInputFile(path: string): ReadResult {
  const read = readBoundedFile(path, MAX_SHEET_BYTES, "sheet");
  return read.ok ? read : { ok: false, message: read.message, reason: read.reason };
}
