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

/** A line ending of `length` code units whose first is `code`: the same strings `slice` would give, without making one per line. */
function endingOf(length: number, code: number): string {
  if (length === 0) return "";
  if (length === 2) return "\r\n";
  return code === 13 ? "\r" : "\n";
}

/** True for a line that holds nothing but spaces (layout, not content). */
export function isBlankLine(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * All lines of a text, stored as start offsets in a typed array: 4 bytes a line instead
 * of an object, so a 100 MB file of empty lines does not become 100 million objects.
 * `at()` makes the Line when asked; the table is read-only and iterable.
 */
export class LineTable implements Iterable<Line> {
  /** starts[i] is line i's first offset; starts[length] is the text's length. */
  private readonly starts: Uint32Array;
  readonly length: number;

  constructor(readonly text: string) {
    let starts = new Uint32Array(1024);
    let count = 0;
    let i = 0;
    const push = (offset: number): void => {
      if (count === starts.length) {
        const grown = new Uint32Array(starts.length * 2);
        grown.set(starts);
        starts = grown;
      }
      starts[count++] = offset;
    };
    if (text.length > 0) push(0);
    while (i < text.length) {
      const code = text.charCodeAt(i);
      i++;
      if (code === 13 && text.charCodeAt(i) === 10) i++;
      // A final line ending does not start another line.
      if ((code === 10 || code === 13) && i < text.length) push(i);
    }
    this.length = count;
    push(text.length);
    this.starts = starts;
  }

  /** The line at 0-based `index`, or undefined past the end. */
  at(index: number): Line | undefined {
    if (index < 0 || index >= this.length) return undefined;
    const offset = this.starts[index] ?? 0;
    const next = this.starts[index + 1] ?? this.text.length;
    const end = this.endOf(index);
    return { number: index + 1, offset, text: this.text.slice(offset, end), ending: endingOf(next - end, this.text.charCodeAt(end)) };
  }

  /** The 0-based offset of line `index`'s first character (the text's length past the end). */
  startOf(index: number): number {
    return this.starts[Math.min(Math.max(index, 0), this.length)] ?? this.text.length;
  }

  /** The 0-based offset just past line `index`'s text, before its ending. */
  endOf(index: number): number {
    const offset = this.startOf(index);
    let end = this.starts[index + 1] ?? this.text.length;
    if (end > offset && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > offset && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** 1-based line and column of a 0-based offset, by binary search over the line starts. */
  pointAt(offset: number): { line: number; column: number; offset: number } {
    let low = 0;
    let high = this.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.starts[low] ?? 0) + 1, offset };
  }

  *[Symbol.iterator](): Iterator<Line> {
    for (let i = 0; i < this.length; i++) {
      const line = this.at(i);
      if (line) yield line;
    }
  }
}
