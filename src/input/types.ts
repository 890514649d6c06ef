/**
 * What every input format becomes (SPEC §8): rows of cells, each row knowing where in the
 * original file it came from, so that positions can name a PDF page or a worksheet cell.
 */
import type { EncodingName } from "../source/encoding-name.js";

/**
 * The formats a sheet is read from (SPEC §8 `source.format`; `text` is the plain-text path):
 * the readers' fact, which the model reports.
 */
export const INPUT_FORMATS = ["text", "pdf", "xlsx", "xls", "html", "csv"] as const;

export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Where a row stood in the original file. */
export interface RowOrigin {
  /** 1-based PDF page. */
  page?: number;
  /** Worksheet name (Excel). */
  sheet?: string;
  /** A1-style address of each cell of the row, in cell order (Excel). */
  cells?: readonly string[];
  /** 1-based line of the original file (HTML, CSV) where the row starts. */
  line?: number;
}

/** One row of cells: the texts, as displayed, without tabs or line breaks inside. */
export interface Row {
  cells: string[];
  origin: RowOrigin;
}

/** Rows read from a file, or the one-line reason it could not be read. */
export type Extraction =
  | { ok: true; format: InputFormat; rows: Row[]; encoding: EncodingName; bom: boolean }
  | { ok: false; format: InputFormat; message: string };

/** A reader's refusal: thrown inside a reader, caught at its edge and turned into `{ ok: false }`. */
export class InputError extends Error {}
