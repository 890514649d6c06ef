/**
 * The source line under a diagnostic with a caret under the cell, measured in display
 * columns (a kanji takes two), with tabs expanded, and long lines cut to a window around
 * the caret so a 1 MB line prints as one short line.
 *
 * A line is laid out once (layoutLine) and every frame on it is drawn from that layout by
 * binary search, so the work is linear in the line plus the frames, whatever the number
 * of diagnostics on one line: laying the line out again for each one was quadratic (a
 * 32 KB line with 16,000 cells took 100 s on a terminal, issue 15 item 5).
 */
import type { Diagnostic } from "../model/schema.js";
import { codePointWidth } from "./display-width.js";
import { isUnsafeCodePoint } from "./printable.js";
import type { Colors } from "./types.js";

const TAB_SIZE = 4;
/** Widest line shown, in display columns. */
const MAX_WIDTH = 100;
/** Display columns kept before the caret when a line is cut. */
const LEAD = 30;
/**
 * Most code points one frame shows. Zero-width ones (combining marks, hidden controls)
 * take no column, so without a bound a window could hold the whole line.
 */
const MAX_GLYPHS = 4 * MAX_WIDTH;

/** A source line laid out for frames: where each code point starts, in display columns and in code units. */
export interface LineLayout {
  readonly text: string;
  /** Number of code points. */
  readonly count: number;
  /** Display column (0-based) where code point i starts; entry `count` is the line's width. */
  readonly columns: Uint32Array;
  /** Code-unit index where code point i starts; entry `count` is the text's length. */
  readonly offsets: Uint32Array;
}

/** Whether a code point is left out of the frame: control and bidirectional characters (ESC would reach the terminal, U+202E would reorder the line). */
function isHidden(code: number): boolean {
  return code !== 0x09 && isUnsafeCodePoint(code);
}

/** Lays out a line once, in one pass; every frame on it reuses this. */
export function layoutLine(text: string): LineLayout {
  const columns = new Uint32Array(text.length + 1);
  const offsets = new Uint32Array(text.length + 1);
  let count = 0;
  let at = 0;
  let index = 0;
  while (index < text.length) {
    const code = text.codePointAt(index) ?? 0;
    const size = code > 0xffff ? 2 : 1;
    columns[count] = at;
    offsets[count] = index;
    at += code === 0x09 ? TAB_SIZE - (at % TAB_SIZE) : isHidden(code) ? 0 : codePointWidth(code);
    index += size;
    count++;
  }
  columns[count] = at;
  offsets[count] = index;
  return { text, count, columns: columns.subarray(0, count + 1), offsets: offsets.subarray(0, count + 1) };
}

/** The first i in [0, count] with values[i] >= target (values ascending); count when none. */
function lowerBound(values: Uint32Array, count: number, target: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Display columns [start, end) of code units [from, to). */
function columnsOf(layout: LineLayout, from: number, to: number): [number, number] {
  const total = layout.columns[layout.count] ?? 0;
  const first = lowerBound(layout.offsets, layout.count, from);
  const start = first < layout.count ? (layout.columns[first] ?? total) : total;
  const last = lowerBound(layout.offsets, layout.count, to);
  const end = last < layout.count ? (layout.columns[last] ?? total) : total;
  return [start, Math.max(end, start)];
}

/** The text of the code points that lie wholly inside display columns [windowStart, windowEnd). */
function windowText(layout: LineLayout, windowStart: number, windowEnd: number): string {
  let shown = "";
  const stop = Math.min(layout.count, lowerBound(layout.columns, layout.count, windowStart) + MAX_GLYPHS);
  for (let i = lowerBound(layout.columns, layout.count, windowStart); i < stop; i++) {
    const at = layout.columns[i] ?? 0;
    const next = layout.columns[i + 1] ?? at;
    if (next > windowEnd) break;
    const start = layout.offsets[i] ?? 0;
    const code = layout.text.codePointAt(start) ?? 0;
    if (code === 0x09) shown += " ".repeat(next - at);
    else if (!isHidden(code)) shown += layout.text.slice(start, layout.offsets[i + 1] ?? start);
  }
  return shown;
}

/**
 * Two lines: `  58 | text` and `     | ^^^^`. Empty when the diagnostic has no line. Give a
 * LineLayout when several diagnostics share the line; a string is laid out for this call.
 */
export function codeFrame(line: string | LineLayout, diagnostic: Diagnostic, colors: Colors, gutterWidth: number): string[] {
  if (diagnostic.line < 1) return [];
  const layout = typeof line === "string" ? layoutLine(line) : line;
  const total = layout.columns[layout.count] ?? 0;
  const from = diagnostic.column - 1;
  const to = diagnostic.endLine === diagnostic.line && diagnostic.endColumn !== undefined ? diagnostic.endColumn - 1 : from + 1;
  const [caretStart, caretEnd] = columnsOf(layout, from, to);
  let windowStart = 0;
  if (total > MAX_WIDTH) windowStart = Math.max(0, Math.min(caretStart - LEAD, total - MAX_WIDTH));
  const windowEnd = windowStart + MAX_WIDTH;
  const shown = windowText(layout, windowStart, windowEnd);
  const before = windowStart > 0 ? "…" : "";
  const after = total > windowEnd ? "…" : "";
  const pad = " ".repeat(before.length + caretStart - windowStart);
  const carets = "^".repeat(Math.max(1, Math.min(caretEnd, windowEnd) - caretStart));
  const gutter = String(diagnostic.line).padStart(gutterWidth);
  return [
    `${colors.dim(`${gutter} |`)} ${before}${shown}${after}`.trimEnd(),
    `${colors.dim(`${" ".repeat(gutterWidth)} |`)} ${pad}${colors.red(carets)}`,
  ];
}
