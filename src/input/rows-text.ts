/**
 * Rows of cells → the tab-separated text the parser reads (its `tab` layout), and for each
 * line of that text where it came from. A cell's own line breaks (Alt+Enter in Excel, <br>
 * in HTML) become further lines with the text in the same column, so a multi-line 分析
 * reads as the text layout's continuation lines do.
 */
import type { Row } from "./types.js";
import { Origins, type LineOrigin } from "./origins.js";

/** A tab or a control character inside a cell would split or break the row: a space stands for it. */
function cleanCell(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.charCodeAt(0);
    out += code === 0x09 || code === 0x0b || code === 0x0c || (code < 0x20 && code !== 0x0a) || code === 0x7f ? " " : char;
  }
  return out;
}

function trimTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && (cells[end - 1] ?? "").trim() === "") end--;
  return cells.slice(0, end);
}

/**
 * One row's lines: the first with every cell's first line — its empty cells kept to the
 * row's width, as Excel's tab-delimited export writes them, since a grid of years counts
 * cells (a year's two columns end in an empty one) — then one per further line of a cell.
 */
function rowLines(row: Row): string[][] {
  const split = row.cells.map((cell) => cleanCell(cell.replace(/\r\n?/g, "\n")).split("\n"));
  const height = split.reduce((max, lines) => Math.max(max, lines.length), 1);
  const lines: string[][] = [split.map((cellLines) => cellLines[0] ?? "")];
  for (let index = 1; index < height; index++) {
    lines.push(trimTrailingEmpty(split.map((cellLines) => cellLines[index] ?? "")));
  }
  return lines;
}

/** The text of the rows (lines joined by LF, no final LF) and each line's origin. */
export function rowsToText(rows: readonly Row[]): { text: string; origins: Origins } {
  const texts: string[] = [];
  const lines: LineOrigin[] = [];
  for (const row of rows) {
    for (const cells of rowLines(row)) {
      const starts: number[] = [];
      let column = 1;
      for (const cell of cells) {
        starts.push(column);
        column += cell.length + 1;
      }
      texts.push(cells.join("\t"));
      lines.push({ origin: row.origin, cellStarts: starts });
    }
  }
  return { text: texts.join("\n"), origins: new Origins(lines) };
}

