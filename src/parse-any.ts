/**
 * Bytes of any input format (SPEC §8) → the same pipeline as text: a PDF, workbook, HTML
 * page or CSV is first turned into rows of cells and those into tab-separated text, which
 * the parser reads in its `tab` layout; each line keeps its PDF page or worksheet cell.
 * A plain-text file takes the text path unchanged. Asynchronous because PDF reading is.
 */
import { detectFormat } from "./input/detect.js";
import { extractRows } from "./input/extract.js";
import { rowsToText } from "./input/rows-text.js";
import type { Origins } from "./input/origins.js";
import { decodeBytes } from "./source/decode.js";
import { peekBytes, type HandedBytes } from "./source/handed-bytes.js";
import { parseDetailed, refusedResult, type ParseOptions, type ParseResult } from "./parse.js";
import type { EncodingName, InputFormat } from "./model/schema.js";

/** The text the parser reads for a file, or why there is none. */
export type TextExtraction =
  | { ok: true; format: InputFormat; text: string; encoding: EncodingName; bom: boolean; origins: Origins | null }
  | { ok: false; format: InputFormat; message: string };

/**
 * The rows of a file as the tab-separated text the parser reads (`sheetparse text`). For a
 * text file, its decoded text. Never throws.
 */
export async function extractText(bytes: Uint8Array, options: Pick<ParseOptions, "path" | "encoding"> = {}): Promise<TextExtraction> {
  const path = options.path ?? null;
  const detected = detectFormat(path, bytes);
  if (!detected.ok) return detected;
  if (detected.format === "text") {
    const decoded = decodeBytes(bytes, options.encoding ?? "auto");
    if (!decoded.ok) return { ok: false, format: "text", message: `${decoded.line}:${decoded.column}: ${decoded.message}` };
    return { ok: true, format: "text", text: decoded.text, encoding: decoded.encoding, bom: decoded.bom, origins: null };
  }
  const extraction = await extractRows(bytes, detected, options.encoding ?? "auto");
  if (!extraction.ok) return extraction;
  const { text, origins } = rowsToText(extraction.rows);
  return { ok: true, format: extraction.format, text, encoding: extraction.encoding, bom: extraction.bom, origins };
}

/**
 * The format of handed-over bytes, looked at in a frame of its own: the caller's register
 * for the peeked bytes would otherwise stay a V8 stack root while it parses, keeping the
 * whole file's bytes alive beside their decoded text.
 */
function detectHanded(path: string | null, bytes: Uint8Array | HandedBytes): ReturnType<typeof detectFormat> {
  return detectFormat(path, peekBytes(bytes));
}

/** The pipeline for bytes of any format: as `parseDetailed`, after extraction when the format needs it. Handed-over bytes of a text file are let go of once decoded. */
export async function parseAnyDetailed(bytes: Uint8Array | HandedBytes, options: ParseOptions = {}): Promise<ParseResult> {
  const path = options.path ?? null;
  const detected = detectHanded(path, bytes);
  // Handed-over bytes of a text file are let go of once decoded (issue 13).
  if (detected.ok && detected.format === "text") return parseDetailed(bytes, options);
  const extraction = await extractText(peekBytes(bytes), options);
  if (!extraction.ok) return refusedResult(path, extraction.format, extraction.message, options);
  const { format, text, encoding, bom, origins } = extraction;
  if (origins === null) return parseDetailed(bytes, options);
  return parseDetailed(text, { ...options, extracted: { format, encoding, bom, origins } });
}
