/**
 * CSV and TSV (RFC 4180) → rows: quoted fields may hold the delimiter, quotes (doubled) and
 * line breaks; a field's line breaks stay in the cell for rows-text to lay out. One pass over
 * the characters, so any input is linear time. A stray quote inside an unquoted field is
 * kept as text, as Excel does, rather than failing the file.
 */
import type { Row } from "./types.js";

/** Rows of `text` split at `delimiter` ("," or TAB); each row remembers its first line. */
export function readDelimited(text: string, delimiter: "," | "\t"): Row[] {
  const rows: Row[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let atFieldStart = true;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    rows.push({ cells, origin: { line: rowLine } });
    cells = [];
    cell = "";
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? "";
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (char === delimiter) {
      cells.push(cell);
      cell = "";
      atFieldStart = true;
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      cell += char;
      atFieldStart = false;
    }
  }
  // A final line ending does not start another row.
  if (cell !== "" || cells.length > 0 || !atFieldStart) endRow();
  return rows;
}
