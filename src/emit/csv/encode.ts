/**
 * CSV bytes for Japanese Excel: UTF-8 (optionally with a BOM, which Excel needs to
 * detect UTF-8) or CP932, the Shift_JIS that Excel in Japan opens by default.
 */
import iconv from "iconv-lite";
import { CP932_FOLDS } from "./cp932-folds.js";

/** Output encodings of `--output-encoding`. */
export type OutputEncoding = "utf-8" | "cp932";

export const UTF8_BOM = "\uFEFF";

/** Written in place of a character CP932 cannot hold: the geta mark, as nkf does, and unlike `?` it is never data. */
export const CP932_SUBSTITUTE = "\u3013";

/** A character that CP932 cannot represent, how often it occurred in the text. */
export interface Unmappable {
  char: string;
  /** Unicode code point, for the message (`U+20B9F`). */
  codePoint: number;
  count: number;
}

/** Replaces the characters with a CP932 equivalent (CP932_FOLDS); others are kept. */
export function foldForCp932(text: string): string {
  let out = "";
  for (const char of text) out += CP932_FOLDS.get(char) ?? char;
  return out;
}

function roundTrips(char: string): boolean {
  return iconv.decode(iconv.encode(char, "cp932"), "cp932") === char;
}

/**
 * Encodes text as CP932 after folding. A character that still would not come back the
 * same is written as 〓 and listed in `unmappable`, for the caller to report.
 */
export function encodeCp932(text: string): { bytes: Uint8Array; unmappable: Unmappable[] } {
  const folded = foldForCp932(text);
  const bytes = iconv.encode(folded, "cp932");
  // The common case costs one extra decode; only a mismatch pays for the per-character scan.
  if (iconv.decode(bytes, "cp932") === folded) return { bytes, unmappable: [] };
  const verdicts = new Map<string, boolean>();
  const counts = new Map<string, number>();
  let safe = "";
  for (const char of folded) {
    let ok = verdicts.get(char);
    if (ok === undefined) {
      ok = roundTrips(char);
      verdicts.set(char, ok);
    }
    if (ok) {
      safe += char;
    } else {
      safe += CP932_SUBSTITUTE;
      counts.set(char, (counts.get(char) ?? 0) + 1);
    }
  }
  const unmappable = [...counts].map(([char, count]) => ({ char, codePoint: char.codePointAt(0) ?? 0, count }));
  return { bytes: iconv.encode(safe, "cp932"), unmappable };
}

/** The text of a CSV chunk as bytes of the chosen encoding. */
export function encodeCsv(text: string, encoding: OutputEncoding): { bytes: Uint8Array; unmappable: Unmappable[] } {
  return encoding === "cp932" ? encodeCp932(text) : { bytes: Buffer.from(text, "utf8"), unmappable: [] };
}
