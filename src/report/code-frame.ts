/**
 * The source line under a diagnostic with a caret under the cell, measured in display
 * columns (a kanji takes two), with tabs expanded, and long lines cut to a window around
 * the caret so a 1 MB line prints as one short line.
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

interface Glyph {
  text: string;
  /** Display column where it starts (0-based). */
  at: number;
  width: number;
  /** Code-unit index in the source line (0-based). */
  index: number;
}

function layout(line: string): Glyph[] {
  const glyphs: Glyph[] = [];
  let at = 0;
  let index = 0;
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    // Control and bidirectional characters are not shown (ESC would reach the terminal, U+202E would reorder the line) and take no column.
    const hidden = ch !== "\t" && isUnsafeCodePoint(code);
    const width = ch === "\t" ? TAB_SIZE - (at % TAB_SIZE) : hidden ? 0 : codePointWidth(code);
    glyphs.push({ text: ch === "\t" ? " ".repeat(width) : hidden ? "" : ch, at, width, index });
    at += width;
    index += ch.length;
  }
  return glyphs;
}

/** Display columns [start, end) of code units [from, to). */
function columnsOf(glyphs: readonly Glyph[], from: number, to: number, total: number): [number, number] {
  let start = total;
  let end = total;
  for (const glyph of glyphs) {
    if (glyph.index >= from && start === total) start = glyph.at;
    if (glyph.index >= to) {
      end = glyph.at;
      break;
    }
  }
  return [start, Math.max(end, start)];
}

/** Two lines: `  58 | text` and `     | ^^^^`. Empty when the diagnostic has no line. */
export function codeFrame(lineText: string, diagnostic: Diagnostic, colors: Colors, gutterWidth: number): string[] {
  if (diagnostic.line < 1) return [];
  const glyphs = layout(lineText);
  const last = glyphs[glyphs.length - 1];
  const total = last ? last.at + last.width : 0;
  const from = diagnostic.column - 1;
  const to = diagnostic.endLine === diagnostic.line && diagnostic.endColumn !== undefined ? diagnostic.endColumn - 1 : from + 1;
  const [caretStart, caretEnd] = columnsOf(glyphs, from, to, total);
  let windowStart = 0;
  if (total > MAX_WIDTH) windowStart = Math.max(0, Math.min(caretStart - LEAD, total - MAX_WIDTH));
  const windowEnd = windowStart + MAX_WIDTH;
  const shown = glyphs.filter((glyph) => glyph.at >= windowStart && glyph.at + glyph.width <= windowEnd).map((glyph) => glyph.text).join("");
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
