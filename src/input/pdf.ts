/**
 * PDF → rows: each page's runs laid out as lines of cells (pdf-layout.ts), the page
 * furniture left out (pdf-artifacts.ts), each row remembering its page. A PDF whose pages
 * carry no text at all is a scan: it is refused with a message that says so, as OCR is not
 * sheetparse's job.
 */
import { readPdfPages } from "./pdf-runs.js";
import { columnAnchors, denseCells, layoutPage, pageLines } from "./pdf-layout.js";
import type { GlyphRun } from "./pdf-runs.js";
import { dropPageFurniture } from "./pdf-artifacts.js";
import { InputError, type Row } from "./types.js";
import { MAX_CELLS } from "./limits.js";

export async function readPdf(bytes: Uint8Array): Promise<Row[]> {
  // Runs are kept for the whole document (bounded by the cell limit): a spreadsheet prints
  // its columns at the same x on every page, and a column empty on one page is still there.
  const runsByPage: GlyphRun[][][] = [];
  let pageCount = 0;
  let runCount = 0;
  for await (const page of readPdfPages(bytes)) {
    pageCount++;
    runCount += page.runs.length;
    if (runCount > MAX_CELLS) throw new InputError(`too many cells: more than ${MAX_CELLS.toLocaleString("en")} (the limit for one input)`);
    runsByPage.push(pageLines(page.runs));
  }
  const anchors = columnAnchors(runsByPage);
  const pages = runsByPage.map((lines) => layoutPage(lines, anchors));
  if (pageCount > 0 && pages.every((lines) => lines.length === 0)) {
    throw new InputError("no text layer: the pages are images (a scanned PDF?); sheetparse reads a PDF's text and does no OCR");
  }
  const rows: Row[] = [];
  dropPageFurniture(pages).forEach((lines, index) => {
    for (const line of lines) rows.push({ cells: denseCells(line), origin: { page: index + 1 } });
  });
  // Every row as wide as the widest, as a spreadsheet's tab-delimited export writes its rows:
  // a grid of years counts cells, and a year's last column is often empty.
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  for (const row of rows) while (row.cells.length < width) row.cells.push("");
  return rows;
}
