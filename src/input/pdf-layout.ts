/**
 * One page's glyph runs → rows of cells, by geometry alone:
 * 1. runs on one baseline (within half a font size) form a line, read left to right;
 * 2. runs that touch or stand a space apart join into one cell's text;
 * 3. a wide gap (an em or more) starts a new cell, and so does a narrower gap when the next
 *    run starts where cells start on two or more lines of the document (its column anchors:
 *    a spreadsheet prints every cell of a column at the same x, on every page), since a full
 *    cell may end closer to its neighbour than a space;
 * 4. each cell goes to the column of the anchor at or before it, so a row with an empty
 *    cell keeps its later cells in place (`成果目標⇥⇥72 %`), as in the text layout;
 * 5. a vertical gap of one or more empty line pitches becomes as many blank rows (at most
 *    three), since a blank line ends a text in the sheet grammar.
 */
import type { GlyphRun } from "./pdf-runs.js";

/** A line of cells at its column indices (sparse: a missing column is an empty cell). */
export interface PageLine {
  y: number;
  cells: { column: number; text: string }[];
}

interface Segment {
  x: number;
  end: number;
  text: string;
}

/** Gap (in font sizes) from which two runs are two cells whatever their place. */
const WIDE_GAP = 1.0;
/** Gap (in font sizes) below which two runs are one word. */
const TOUCHING = 0.12;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Runs grouped by baseline, top to bottom, each line left to right. */
export function pageLines(runs: readonly GlyphRun[]): GlyphRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: GlyphRun[][] = [];
  let current: GlyphRun[] = [];
  let lineY = 0;
  for (const run of sorted) {
    if (current.length > 0 && run.y - lineY > run.size * 0.5) {
      lines.push(current);
      current = [];
    }
    if (current.length === 0) lineY = run.y;
    current.push(run);
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => line.sort((a, b) => a.x - b.x));
}

/** Splits a line's runs into segments where `split(gap, run)` says so; joins the rest, a space where there was one. */
function segments(line: readonly GlyphRun[], split: (gap: number, run: GlyphRun) => boolean): Segment[] {
  const out: Segment[] = [];
  let current: Segment | undefined;
  for (const run of line) {
    const gap = current === undefined ? Infinity : run.x - current.end;
    if (current === undefined || split(gap, run)) {
      current = { x: run.x, end: run.x + run.width, text: run.text };
      out.push(current);
      continue;
    }
    const spaced = gap > run.size * TOUCHING && !current.text.endsWith(" ") && !run.text.startsWith(" ");
    current.text += (spaced ? " " : "") + run.text;
    current.end = Math.max(current.end, run.x + run.width);
  }
  return out.map((segment) => ({ ...segment, text: segment.text.trim() })).filter((segment) => segment.text !== "");
}

/** x positions where cells start on at least two lines of the document, ascending. */
export function columnAnchors(pages: readonly (readonly GlyphRun[][])[]): number[] {
  const starts: { x: number; line: number }[] = [];
  const sizes: number[] = [];
  let lineNumber = 0;
  for (const lines of pages) {
    for (const line of lines) {
      for (const segment of segments(line, (gap, run) => gap > run.size * WIDE_GAP)) starts.push({ x: segment.x, line: lineNumber });
      for (const run of line) sizes.push(run.size);
      lineNumber++;
    }
  }
  const tolerance = median(sizes) * 0.3;
  starts.sort((a, b) => a.x - b.x);
  const anchors: number[] = [];
  let group: { x: number; line: number }[] = [];
  const close = () => {
    if (new Set(group.map((start) => start.line)).size >= 2) anchors.push(group[0]?.x ?? 0);
    group = [];
  };
  for (const start of starts) {
    if (group.length > 0 && start.x - (group[group.length - 1]?.x ?? 0) > tolerance) close();
    group.push(start);
  }
  close();
  return anchors;
}

/**
 * A page's lines of cells, and the blank lines between them. `anchors` are the document's
 * column anchors: a cell after a gap that spans k anchors has k empty cells before it.
 */
export function layoutPage(lines: readonly GlyphRun[][], anchors: readonly number[]): PageLine[] {
  const runs = lines.flat();
  if (runs.length === 0) return [];
  const size = median(runs.map((run) => run.size));
  const tolerance = size * 0.3;
  /** Index of the last anchor at or before x (binary search; -1 before the first): the column a cell starting there stands in. */
  const homeOf = (x: number) => {
    let low = 0;
    let high = anchors.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((anchors[middle] ?? Infinity) <= x + tolerance) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  };
  const atAnchor = (x: number) => Math.abs((anchors[homeOf(x)] ?? -Infinity) - x) <= tolerance;
  const out: PageLine[] = [];
  const ys = lines.map((line) => line[0]?.y ?? 0);
  const pitches = ys.slice(1).map((y, i) => y - (ys[i] ?? 0)).filter((pitch) => pitch >= size);
  // A loop, not Math.min(...pitches): a page of a hundred thousand lines would overflow the arguments.
  const pitch = pitches.reduce((least, value) => Math.min(least, value), Infinity);
  lines.forEach((line, index) => {
    const y = ys[index] ?? 0;
    const previous = out[out.length - 1];
    if (previous && pitch > 0) {
      const empty = Math.min(3, Math.round((y - previous.y) / pitch) - 1);
      for (let i = 0; i < empty; i++) out.push({ y: previous.y + pitch * (i + 1), cells: [] });
    }
    const cells: PageLine["cells"] = [];
    // A cell whose column is k anchors right of the previous cell's has k − 1 empty cells
    // before it; an indented first cell stays in the column it is indented within.
    let column = -1;
    let home = -1;
    for (const segment of segments(line, (gap, run) => gap > run.size * WIDE_GAP || (gap > run.size * TOUCHING && atAnchor(run.x)))) {
      const own = homeOf(segment.x);
      column += Math.max(1, own - home);
      home = Math.max(home, own);
      cells.push({ column, text: segment.text });
    }
    out.push({ y, cells });
  });
  return out;
}

/** A line's cells as a dense array, empty strings for the columns it skips. */
export function denseCells(line: PageLine): string[] {
  const cells: string[] = [];
  for (const cell of line.cells) {
    while (cells.length < cell.column) cells.push("");
    cells.push(cell.text);
  }
  return cells;
}
