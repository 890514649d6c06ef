/**
 * How a file's lines become cells (SPEC §7.2). Sheets come out of Excel (tabs), out of
 * `pdftotext -layout` or Word (columns as runs of spaces), out of flattened HTML tables
 * (cells ended by ` |`), or one token per line (copy and paste out of a PDF viewer). The
 * layout is detected once per file, or fixed by the profile.
 */
import type { LineTable, Line } from "../source/lines.js";
import type { Cell } from "./ast.js";
import { cellAt, splitCells } from "./cells.js";
import { isTrimSpace } from "../source/normalize.js";

export const LAYOUTS = ["tab", "spaces", "pipes", "tokens"] as const;
export type Layout = (typeof LAYOUTS)[number];

const TAB = 9;
const SPACE = 0x20;
const IDEOGRAPHIC_SPACE = 0x3000;
const PIPE = 0x7c;

/** What one line shows of its layout. */
interface LineSigns {
  tab: boolean;
  pipe: boolean;
  /** A run of two spaces or an ideographic space between two non-space characters. */
  gap: boolean;
  /** No space inside at all: a token. */
  token: boolean;
}

/** The signs of `text` from `from` to `to`, read in place. */
function signsOf(text: string, from: number, to: number): LineSigns {
  let tab = false;
  let gap = false;
  let inner = false;
  let seenText = false;
  let spaces = 0;
  let ideographic = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === TAB) tab = true;
    if (code === SPACE || code === IDEOGRAPHIC_SPACE || code === TAB) {
      spaces++;
      if (code === IDEOGRAPHIC_SPACE) ideographic = true;
      continue;
    }
    if (seenText && spaces > 0) {
      inner = true;
      if (spaces >= 2 || ideographic) gap = true;
    }
    seenText = true;
    spaces = 0;
    ideographic = false;
  }
  // `trimEnd()`, then a `|` at the end that is the whole line or follows a space.
  let end = to;
  while (end > from && isTrimSpace(text.charCodeAt(end - 1))) end--;
  const pipe = end > from && text.charCodeAt(end - 1) === PIPE && (end - from === 1 || text.charCodeAt(end - 2) === SPACE);
  return { tab, pipe, gap, token: !inner };
}

/** `text.slice(from, to).trim() === ""`, without the slice. */
function isBlankRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The layout of a file, from its content lines: tabs anywhere in a tenth of them make it
 * `tab` (the reference, and Excel's export); else ` |` line ends in a third, `pipes`; else
 * column gaps in a fifth, `spaces`; else, when nearly every line is one token, `tokens`.
 * A file with none of these has one cell per line, which `tab` reads the same way.
 */
export function detectLayout(lines: LineTable): Layout {
  let content = 0;
  let tabs = 0;
  let pipes = 0;
  let gaps = 0;
  let tokens = 0;
  // Lines are read in place in the file's text: no Line is made for them here.
  const text = lines.text;
  for (let i = 0; i < lines.length; i++) {
    const from = lines.startOf(i);
    const to = lines.endOf(i);
    if (isBlankRange(text, from, to)) continue;
    content++;
    const signs = signsOf(text, from, to);
    if (signs.tab) tabs++;
    // A tenth of all lines with tabs is a tenth of the content lines or more, however the
    // rest reads: the verdict is `tab`, so the rest of a large file is not read.
    if (tabs * 10 >= lines.length) return "tab";
    if (signs.pipe) pipes++;
    if (signs.gap) gaps++;
    if (signs.token) tokens++;
  }
  if (content === 0) return "tab";
  if (tabs * 10 >= content) return "tab";
  if (pipes * 3 >= content) return "pipes";
  if (gaps * 5 >= content) return "spaces";
  if (content >= 10 && tokens * 10 >= content * 9) return "tokens";
  return "tab";
}

/**
 * Characters that separate columns on their own: a tab, an ideographic space, and the
 * form feed (and vertical tab) that pdftotext puts where a page ends.
 */
function isGapChar(code: number): boolean {
  return code === TAB || code === IDEOGRAPHIC_SPACE || code === 0x0b || code === 0x0c;
}

/** Cells separated by runs of two or more spaces, an ideographic space, or a tab; each keeps its column. */
function splitSpaces(line: Line): Cell[] {
  const text = line.text;
  const cells: Cell[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const isGap = isGapChar(code) || (code === SPACE && (text.charCodeAt(i + 1) === SPACE || isGapChar(text.charCodeAt(i + 1))));
    if (!isGap) {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length) {
      const next = text.charCodeAt(end);
      if (next !== SPACE && !isGapChar(next)) break;
      end++;
    }
    if (i > start) cells.push(cellAt(line, start, i));
    start = end;
    i = end;
  }
  if (start < text.length) cells.push(cellAt(line, start, text.length));
  return cells.length > 0 ? cells : [cellAt(line, 0, text.length)];
}

/** Cells ended by `|` (a flattened HTML table); text after the last `|` is a cell of its own. */
function splitPipes(line: Line): Cell[] {
  const text = line.text;
  const cells: Cell[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== PIPE) continue;
    cells.push(cellAt(line, start, i));
    start = i + 1;
  }
  if (start === 0 || text.slice(start).trim() !== "") cells.push(cellAt(line, start, text.length));
  return cells;
}

/** The cells of a line in a layout. */
export function splitLine(line: Line, layout: Layout): Cell[] {
  switch (layout) {
    case "tab":
      return splitCells(line);
    case "spaces":
      return splitSpaces(line);
    case "pipes":
      return splitPipes(line);
    case "tokens":
      return [cellAt(line, 0, line.text.length)];
  }
}
