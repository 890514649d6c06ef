/**
 * Encoding detection for decode.ts: BOMs, the binary check, BOM-less UTF-16 by NUL
 * parity, and Shift_JIS against EUC-JP by scoring both decodes of a prefix.
 */
import { TextDecoder } from "node:util";
import type { EncodingName } from "./encoding-name.js";

/** Internal detection outcome: richer than the public one so that errors can be located. */
export type Sniffed =
  | { kind: "text"; encoding: EncodingName; bom: boolean }
  | { kind: "binary"; offset: number }
  | { kind: "unsupported"; offset: number; message: string };

/** Byte order marks; none is a prefix of another, and none can start valid Shift_JIS or EUC-JP. */
export const BOMS: readonly { encoding: EncodingName; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

/**
 * UTF-32 BOMs. `FF FE 00 00` starts with the UTF-16LE BOM, so it must be looked for first:
 * read as UTF-16LE, a UTF-32LE file became text full of NULs, with exit 0 (issue 15, item 7).
 * Not decoded: no sheet tool writes UTF-32, Node's TextDecoder has no decoder for it, and
 * `source.encoding` would need a value no consumer expects; a clear refusal is the honest answer.
 */
const UTF32_BOMS: readonly { name: string; bytes: readonly number[] }[] = [
  { name: "UTF-32LE", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { name: "UTF-32BE", bytes: [0x00, 0x00, 0xfe, 0xff] },
];

export function utf32BomOf(bytes: Uint8Array): string | null {
  return UTF32_BOMS.find((bom) => startsWith(bytes, bom.bytes))?.name ?? null;
}

export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

export function bomOf(bytes: Uint8Array): EncodingName | null {
  for (const bom of BOMS) if (startsWith(bytes, bom.bytes)) return bom.encoding;
  return null;
}

export function bomLength(encoding: EncodingName): number {
  return BOMS.find((b) => b.encoding === encoding)?.bytes.length ?? 0;
}

/** C0 control bytes a text sheet may contain: TAB, LF, FF, CR. */
function isAllowedControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d;
}

/**
 * ISO-2022-JP designations (ESC $ B, ESC $ @, ESC $ ( …, ESC ( J, ESC ( I). A 7-bit file
 * holding them is valid UTF-8 byte-wise but would decode to escape-sequence mojibake.
 */
function isIso2022Escape(bytes: Uint8Array, i: number): boolean {
  const a = bytes[i + 1];
  const b = bytes[i + 2];
  if (a === 0x24) return b === 0x42 || b === 0x40 || b === 0x28; // $B $@ $(
  if (a === 0x28) return b === 0x4a || b === 0x49; // (J (I
  return false;
}

/**
 * Code points that ordinary Japanese or Western text is made of. Used only to accept a
 * BOM-less UTF-16 guess: the right byte order gives ~100 %, the wrong one or binary data
 * far less (LF read backwards is U+0A00, which is not in the set).
 */
function isPlausibleTextCodePoint(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x20 ? cp !== 0x7f : isAllowedControl(cp);
  return (
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1, Latin Extended-A/B
    (cp >= 0x370 && cp <= 0x4ff) || // Greek, Cyrillic
    (cp >= 0x2000 && cp <= 0x27bf) || // punctuation, symbols, arrows, box drawing, ①…
    (cp >= 0x3000 && cp <= 0x30ff) || // CJK punctuation, kana
    (cp >= 0x3200 && cp <= 0x33ff) || // enclosed CJK, ㈱, ㎡
    (cp >= 0x4e00 && cp <= 0x9fff) || // CJK unified ideographs
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0xff01 && cp <= 0xffef) || // fullwidth and halfwidth forms
    (cp >= 0x20000 && cp <= 0x3ffff) // CJK extensions B and later (𠮟)
  );
}

/** Share of plausible characters in `text`, 0…1. */
function plausibleShare(text: string): number {
  let total = 0;
  let good = 0;
  for (const ch of text) {
    total++;
    if (isPlausibleTextCodePoint(ch.codePointAt(0) ?? 0)) good++;
  }
  return total === 0 ? 0 : good / total;
}

/** Fatal decode that reports failure as null instead of throwing. */
export function tryDecode(encoding: EncodingName, bytes: Uint8Array, stream: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
  } catch {
    return null;
  }
}

/**
 * BOM-less UTF-16: only considered when the data holds NUL bytes (ASCII and line breaks
 * are `xx 00` / `00 xx`). The byte order with more NULs in the high-byte position is tried
 * first — it decides cases like ASCII digits, which read as U+3000 the other way round —
 * and a candidate is accepted only if it decodes strictly and reads as plausible text.
 */
function guessUtf16(prefix: Uint8Array, nulEven: number, nulOdd: number): EncodingName | null {
  const order: EncodingName[] = nulOdd >= nulEven ? ["utf-16le", "utf-16be"] : ["utf-16be", "utf-16le"];
  for (const encoding of order) {
    const text = tryDecode(encoding, prefix, true);
    if (text !== null && plausibleShare(text) >= 0.9) return encoding;
  }
  return null;
}

function isJapaneseChar(c: number): boolean {
  return (
    (c >= 0x3000 && c <= 0x30ff) || // CJK punctuation, hiragana, katakana
    (c >= 0x4e00 && c <= 0x9fff) || // kanji
    (c >= 0xff01 && c <= 0xff5e) // fullwidth ASCII forms (５，０００)
  );
}

/**
 * Japanese characters − 10 × undecodable − halfwidth katakana. EUC-JP read as Shift_JIS
 * turns into halfwidth katakana; Shift_JIS read as EUC-JP into errors or C1 controls
 * (which ICU's EUC-JP lets through, so they count as errors here).
 */
function japaneseScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isJapaneseChar(c)) score += 1;
    else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) score -= 10;
    else if (c >= 0xff61 && c <= 0xff9f) score -= 1;
  }
  return score;
}

function lenientDecode(encoding: EncodingName, bytes: Uint8Array): string {
  // stream: true so that a character cut at the end of a prefix is not counted as an error.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes, { stream: true });
}

/**
 * Strict UTF-8 (a character cut at the end of the prefix is fine), or UTF-8 with a few
 * damaged bytes: at least twice as many well-formed non-ASCII characters as errors.
 * Shift_JIS and EUC-JP text read as UTF-8 give about one well-formed character per four
 * errors, so a damaged UTF-8 file is reported as invalid UTF-8 at the damaged byte rather
 * than as a Shift_JIS error somewhere odd.
 */
function looksLikeUtf8(prefix: Uint8Array): boolean {
  // Strict first: a literal U+FFFD in valid UTF-8 must not count as an error.
  if (tryDecode("utf-8", prefix, true) !== null) return true;
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(prefix, { stream: true });
  let wellFormed = 0;
  let errors = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) errors++;
    else if (c >= 0x80) wellFormed++;
  }
  return wellFormed >= 2 * errors;
}

export function sniff(prefix: Uint8Array): Sniffed {
  if (prefix.length === 0) return { kind: "text", encoding: "utf-8", bom: false };
  const utf32 = utf32BomOf(prefix);
  if (utf32 !== null) return { kind: "unsupported", offset: 0, message: `${utf32} is not supported; convert the file to UTF-8 (or UTF-16, Shift_JIS)` };
  const bom = bomOf(prefix);
  if (bom !== null) return { kind: "text", encoding: bom, bom: true };

  // One pass over the bytes gathers everything the binary and UTF-16 checks need.
  let nulEven = 0;
  let nulOdd = 0;
  let controls = 0;
  let firstOffending = -1;
  let firstIsoEscape = -1;
  let highBytes = false;
  for (let i = 0; i < prefix.length; i++) {
    const b = prefix[i] ?? 0;
    if (b >= 0x80) {
      highBytes = true;
      continue;
    }
    if (b >= 0x20 || isAllowedControl(b)) continue;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else {
      controls++;
      if (b === 0x1b && firstIsoEscape < 0 && isIso2022Escape(prefix, i)) firstIsoEscape = i;
    }
    if (firstOffending < 0) firstOffending = i;
  }

  if (nulEven + nulOdd > 0) {
    const utf16 = guessUtf16(prefix, nulEven, nulOdd);
    if (utf16 !== null) return { kind: "text", encoding: utf16, bom: false };
    return { kind: "binary", offset: firstOffending };
  }
  if (firstIsoEscape >= 0 && !highBytes) {
    return {
      kind: "unsupported",
      offset: firstIsoEscape,
      message: "ISO-2022-JP is not supported; convert the file to UTF-8 or Shift_JIS",
    };
  }
  // A stray control byte (a DOS EOF 0x1A, say) does not make a file binary; many do.
  if (controls > 1 + prefix.length / 32) return { kind: "binary", offset: firstOffending };

  if (!highBytes || looksLikeUtf8(prefix)) return { kind: "text", encoding: "utf-8", bom: false };
  const sjis = japaneseScore(lenientDecode("shift_jis", prefix));
  const euc = japaneseScore(lenientDecode("euc-jp", prefix));
  // Ties go to Shift_JIS, by far the more common of the two in municipal files.
  return { kind: "text", encoding: euc > sjis ? "euc-jp" : "shift_jis", bom: false };
}

/**
 * Cheap guess of the encoding from a prefix of a file (the first {@link SNIFF_BYTES} bytes
 * are plenty); used by {@link decodeBytes} and usable alone. A character cut at the end of
 * the prefix is fine. Returns null for binary data (and for ISO-2022-JP, which is not
 * supported). The guess is not a promise that the whole file decodes.
 */
export function sniffEncoding(prefix: Uint8Array): { encoding: EncodingName; bom: boolean } | null {
  const sniffed = sniff(prefix);
  return sniffed.kind === "text" ? { encoding: sniffed.encoding, bom: sniffed.bom } : null;
}

