/**
 * Which reader a file needs: by its name's extension, confirmed by its first bytes
 * (`%PDF`, a zip's `PK`, an OLE container's `D0 CF 11 E0`). Any other name, `.txt`
 * included, keeps the plain-text path exactly as before; on standard input, which has no
 * name, the first bytes alone decide between PDF, Excel and text.
 */
import type { InputFormat } from "./types.js";

/** A format, or why the bytes do not fit the format the name promises. */
export type Detected = { ok: true; format: InputFormat; delimiter?: "," | "\t" } | { ok: false; format: InputFormat; message: string };

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, index) => bytes[at + index] === byte);
}

/** `%PDF-` within the first 1024 bytes, where readers accept it (some writers put junk first). */
function isPdf(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - PDF.length, 1024);
  for (let at = 0; at <= end; at++) if (bytes[at] === 0x25 && startsWith(bytes, PDF, at)) return true;
  return false;
}

function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot <= 0 ? "" : name.slice(dot + 1).toLowerCase();
}

/** The extensions read as something other than text (for directory searches and help). */
export const FORMAT_EXTENSIONS: readonly string[] = ["pdf", "xlsx", "xlsm", "xls", "html", "htm", "csv", "tsv"];

export function detectFormat(path: string | null, bytes: Uint8Array): Detected {
  const extension = path === null ? "" : extensionOf(path);
  switch (extension) {
    case "pdf":
      return isPdf(bytes) ? { ok: true, format: "pdf" } : { ok: false, format: "pdf", message: "not a PDF: the file does not start with %PDF (named .pdf, but it is something else)" };
    case "xlsx":
    case "xlsm":
    case "xls":
      // An .xls saved as .xlsx (or the reverse) is common; the bytes decide. An encrypted
      // .xlsx is an OLE container too, and the reader says it is password-protected.
      if (startsWith(bytes, ZIP)) return { ok: true, format: "xlsx" };
      if (startsWith(bytes, OLE)) return { ok: true, format: extension === "xls" ? "xls" : "xlsx" };
      return { ok: false, format: extension === "xls" ? "xls" : "xlsx", message: "not an Excel workbook (named ." + extension + ", but it is neither a zip nor an OLE file)" };
    case "html":
    case "htm":
      return { ok: true, format: "html" };
    case "csv":
      return { ok: true, format: "csv", delimiter: "," };
    case "tsv":
      return { ok: true, format: "csv", delimiter: "\t" };
    default:
      if (path !== null) return { ok: true, format: "text" };
      if (isPdf(bytes)) return { ok: true, format: "pdf" };
      if (startsWith(bytes, ZIP)) return { ok: true, format: "xlsx" };
      if (startsWith(bytes, OLE)) return { ok: true, format: "xls" };
      return { ok: true, format: "text" };
  }
}
