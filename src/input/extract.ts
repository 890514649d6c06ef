/**
 * Bytes of a PDF, workbook, HTML page or CSV → rows, through the reader its format needs.
 * Never throws: a file a reader refuses (broken, encrypted, a bomb, a scan) is one line
 * of reason, so the batch goes on.
 */
import { decodeBytes, type EncodingOption } from "../source/decode.js";
import { declaredCharset } from "./html-charset.js";
import { InputError, type Extraction, type InputFormat, type Row } from "./types.js";
import type { Detected } from "./detect.js";

type Readable = Extract<Detected, { ok: true }>;

function decoded(bytes: Uint8Array, option: EncodingOption): { text: string; encoding: Extract<Extraction, { ok: true }>["encoding"]; bom: boolean } {
  const result = decodeBytes(bytes, option);
  if (!result.ok) throw new InputError(`${result.line}:${result.column}: ${result.message}`);
  return { text: result.text, encoding: result.encoding, bom: result.bom };
}

async function rowsOf(bytes: Uint8Array, detected: Readable, encoding: EncodingOption): Promise<{ rows: Row[]; encoding: Extract<Extraction, { ok: true }>["encoding"]; bom: boolean }> {
  switch (detected.format) {
    case "pdf": {
      const { readPdf } = await import("./pdf.js");
      return { rows: await readPdf(bytes), encoding: "utf-8", bom: false };
    }
    case "xlsx":
    case "xls": {
      if (detected.format === "xlsx" && bytes[0] === 0x50) {
        const { checkZip } = await import("./zip-guard.js");
        const names = await checkZip(bytes);
        if (!names.some((name) => name.startsWith("xl/"))) throw new InputError("not an Excel workbook (a zip without a workbook in it)");
      }
      const { readWorkbook } = await import("./xlsx.js");
      return { rows: readWorkbook(bytes), encoding: "utf-8", bom: false };
    }
    case "html": {
      const { readHtml } = await import("./html.js");
      // A declared charset wins over detection, as in a browser; --encoding wins over both.
      const text = decoded(bytes, encoding === "auto" ? (declaredCharset(bytes) ?? "auto") : encoding);
      return { rows: readHtml(text.text), encoding: text.encoding, bom: text.bom };
    }
    case "csv": {
      const { readDelimited } = await import("./csv.js");
      const text = decoded(bytes, encoding);
      return { rows: readDelimited(text.text, detected.delimiter ?? ","), encoding: text.encoding, bom: text.bom };
    }
    case "text":
      throw new InputError("plain text is not extracted");
  }
}

/** The rows of a file in one of the formats other than text. */
export async function extractRows(bytes: Uint8Array, detected: Readable, encoding: EncodingOption = "auto"): Promise<Extraction> {
  const format: InputFormat = detected.format;
  try {
    return { ok: true, format, ...(await rowsOf(bytes, detected, encoding)) };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, format, message: error.message };
    // A reader's own exception on a damaged file, or a page nested beyond the stack.
    if (error instanceof RangeError) return { ok: false, format, message: `cannot read this ${format.toUpperCase()} file: too deeply nested or too large` };
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, format, message: `cannot read this ${format.toUpperCase()} file (${message.split("\n")[0] ?? ""})` };
  }
}
