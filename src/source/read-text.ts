/**
 * A profile or config file → its text, decoded as strictly as a sheet (issue 15, item 7):
 * a YAML file saved as Shift_JIS once loaded "OK" with U+FFFD in every label, which then
 * matched nothing. The same detection as sheets applies, so a profile saved by a Japanese
 * editor in Shift_JIS or UTF-16 reads as written; undecodable bytes are an error with
 * line and column.
 */
import { decodeBytes } from "./decode.js";
import { MAX_YAML_BYTES, readBoundedFile, type BoundedKind } from "./read-bounded.js";
import type { Reason } from "../messages/reasons.js";

/** Why, as data: the file could not be read, or its bytes are no text (the decoder's English detail at a place). */
export type TextReadFailure = { id: "unreadable"; reason: Reason } | { id: "undecodable"; line: number; column: number; detail: string };

export type TextRead =
  | { ok: true; text: string }
  | {
      ok: false;
      /** One line: `path: why` or `path:line:column: why`. */
      message: string;
      /** Why the file could not be read, without its path; for a decoding error, with its line and column. */
      reason: string;
      /** The system's error code when the file could not be opened or read (`ENOENT`, `EISDIR`); null otherwise. */
      code: string | null;
      failure: TextReadFailure;
    };

/** Reads and decodes a small text file (at most {@link MAX_YAML_BYTES}); `what` names it in messages ("profile"). Never throws. */
export function readTextFile(path: string, what: BoundedKind): TextRead {
  const read = readBoundedFile(path, MAX_YAML_BYTES, what);
  if (!read.ok) return { ok: false, message: `${path}: ${read.message}`, reason: read.message, code: read.code, failure: { id: "unreadable", reason: read.reason } };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) {
    const at = `${decoded.line}:${decoded.column}`;
    const failure: TextReadFailure = { id: "undecodable", line: decoded.line, column: decoded.column, detail: decoded.message };
    return { ok: false, message: `${path}:${at}: ${decoded.message}`, reason: `${at}: ${decoded.message}`, code: null, failure };
  }
  return { ok: true, text: decoded.text };
}
