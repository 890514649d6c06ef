/** Splits a line into tab-separated cells with exact positions. */
import type { Line } from "../source/lines.js";
import { isTrimSpace } from "../source/normalize.js";
import type { Cell, Point, Span } from "./ast.js";


/** The point of a 0-based column within a line. */
export function pointAt(line: Line, column: number): Point {
  return { line: line.number, column: column + 1, offset: line.offset + column };
}

/** The span of columns [start, end) within a line. */
export function spanOf(line: Line, start: number, end: number): Span {
  return { start: pointAt(line, start), end: pointAt(line, end) };
}

/** A cell for columns [start, end) of a line, trimmed of surrounding spaces. */
export function cellAt(line: Line, start: number, end: number): Cell {
  let from = start;
  let to = end;
  while (from < to && isTrimSpace(line.text.charCodeAt(from))) from++;
  while (to > from && isTrimSpace(line.text.charCodeAt(to - 1))) to--;
  return { text: line.text.slice(from, to), position: spanOf(line, from, to) };
}

/** Every tab-separated cell of the line, trimmed; empty cells keep a zero-width position. */
export function splitCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const text = line.text;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 9) {
      cells.push(cellAt(line, start, i));
      start = i + 1;
    }
  }
  return cells;
}

/** The span from the first to the last non-space character of the line. */
export function lineContentSpan(line: Line): Span {
  const cell = cellAt(line, 0, line.text.length);
  return cell.position;
}
