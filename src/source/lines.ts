/**
 * Lossless lines: every line keeps its text and its own ending, so joining
 * `text + ending` over all lines gives back the decoded input exactly.
 */
import { isTrimSpace } from "./normalize.js";

/** One physical line of the input. */
export interface Line {
  /** 1-based line number. */
  number: number;
  /** 0-based offset of the line's first character in the decoded text (UTF-16 code units). */
  offset: number;
  /** The line without its ending. */
  text: string;
  /** "\n", "\r\n", "\r", or "" for a last line without one. */
  ending: string;
}

/** Splits decoded text at LF, CRLF and CR. A final line ending does not start another line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      const ending = code === 13 && text.charCodeAt(i + 1) === 10 ? "\r\n" : code === 13 ? "\r" : "\n";
      lines.push({ number: lines.length + 1, offset: start, text: text.slice(start, i), ending });
      i += ending.length;
      start = i;
    } else {
      i++;
    }
  }
  if (start < length) lines.push({ number: lines.length + 1, offset: start, text: text.slice(start), ending: "" });
  return lines;
}

/** True for a line that holds nothing but spaces (layout, not content). */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}
