/** Splits a line into tab-separated cells with exact positions. */
import type { Line } from "../source/lines.js";
import { isTrimSpace } from "../source/normalize.js";
import type { Cell, Point, Span } from "./ast.js";


/** The point of a 0-based column within a line. */
export function pointAt(line: Line, column: number): Point {
  return { line: line.number, column: column + 1, offset: line.offset + column };
}

/**
 * A span within one line, stored flat: one object instead of three per cell, which
 * matters when a file has millions of cells. Points are made when asked for, and it
 * serialises to the unist shape.
 */
class LineSpan implements Span {
  constructor(
    private readonly lineNumber: number,
    private readonly lineOffset: number,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): Point {
    return { line: this.lineNumber, column: this.from + 1, offset: this.lineOffset + this.from };
  }

  get end(): Point {
    return { line: this.lineNumber, column: this.to + 1, offset: this.lineOffset + this.to };
  }

  toJSON(): { start: Point; end: Point } {
    return { start: this.start, end: this.end };
  }
}

/** The span of columns [start, end) within a line. */
export function spanOf(line: Line, start: number, end: number): Span {
  return new LineSpan(line.number, line.offset, start, end);
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
  // indexOf finds the tabs faster than a loop over every character.
  for (let start = 0; ; ) {
    const tab = text.indexOf("\t", start);
    cells.push(cellAt(line, start, tab < 0 ? text.length : tab));
    if (tab < 0) return cells;
    start = tab + 1;
  }
}

/** The span from the first to the last non-space character of the line. */
export function lineContentSpan(line: Line): Span {
  let from = 0;
  let to = line.text.length;
  while (from < to && isTrimSpace(line.text.charCodeAt(from))) from++;
  while (to > from && isTrimSpace(line.text.charCodeAt(to - 1))) to--;
  return spanOf(line, from, to);
}
