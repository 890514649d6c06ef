/**
 * A profile or config file → its text, decoded as strictly as a sheet (issue 15, item 7):
 * a YAML file saved as Shift_JIS once loaded "OK" with U+FFFD in every label, which then
 * matched nothing. The same detection as sheets applies, so a profile saved by a Japanese
 * editor in Shift_JIS or UTF-16 reads as written; undecodable bytes are an error with
 * line and column.
 */
import { decodeBytes } from "./decode.js";
import { MAX_YAML_BYTES, readBoundedFile } from "./read-bounded.js";

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
    };

/** Reads and decodes a small text file (at most {@link MAX_YAML_BYTES}); `what` names it in messages ("a profile"). Never throws. */
export function readTextFile(path: string, what: string): TextRead {
  const read = readBoundedFile(path, MAX_YAML_BYTES, what);
  if (!read.ok) return { ok: false, message: `${path}: ${read.message}`, reason: read.message, code: read.code };
  const decoded = decodeBytes(read.bytes);
  if (!decoded.ok) {
    return { ok: false, message: `${path}:${decoded.line}:${decoded.column}: ${decoded.message}`, reason: `${decoded.line}:${decoded.column}: ${decoded.message}`, code: null };
  }
  return { ok: true, text: decoded.text };
}
