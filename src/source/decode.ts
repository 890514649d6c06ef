/**
 * Bytes → text for one input file (SPEC §2 "Encodings"): BOM handling, detection of
 * UTF-8 / Shift_JIS (CP932) / EUC-JP / UTF-16, a binary-file check, and strict decoding
 * that reports the line and column of the first undecodable byte instead of emitting
 * mojibake.
 *
 * Decoding uses Node's ICU-backed `TextDecoder` with `fatal: true`. Two ICU quirks are
 * corrected here (see NOTES.md and the tests):
 * - ICU's `shift_jis` (ibm-943) swaps the control bytes 0x1A, 0x1C and 0x7F (IBM PC
 *   convention); they are mapped back so the text matches Windows-31J.
 * - ICU's `euc-jp` accepts the C1 bytes 0x80–0x8D and 0x90–0x9F as U+0080–U+009F; EUC-JP
 *   proper (and WHATWG) has no such single bytes, so they are reported as invalid.
 */
import { TextDecoder } from "node:util";
import type { EncodingName } from "../model/schema.js";

/** An `--encoding` value: detect, or force one encoding. */
export type EncodingOption = "auto" | EncodingName;

/** Result of {@link decodeBytes}: the text, or where and why decoding failed. */
export type DecodeResult =
  | { ok: true; text: string; encoding: EncodingName; bom: boolean }
  | {
      ok: false;
      /** The encoding that was tried, or null when no text encoding applies (binary data). */
      encoding: EncodingName | null;
      message: string;
      /** 1-based line of the first offending byte. */
      line: number;
      /**
       * 1-based column of the first offending byte, in UTF-16 code units of the decoded
       * prefix of its line (for binary data, which has no decoded text, in bytes).
       */
      column: number;
    };

/** Where the first undecodable byte sequence of some data is; see {@link locateInvalidSequence}. */
export interface InvalidSequence {
  /** Offset of the first byte of the offending sequence in the data passed in. */
  offset: number;
  /** Bytes of the offending sequence (1–4; more bytes may follow that are also bad). */
  length: number;
  /** The data ends in the middle of a character. */
  truncated: boolean;
  line: number;
  column: number;
}

/** How much of a file detection looks at; the whole file is then decoded strictly. */
export const SNIFF_BYTES = 64 * 1024;

/** Chunk size when hunting for the first bad byte; small enough that the final bisection is cheap. */
const LOCATE_CHUNK_BYTES = 256 * 1024;

const BINARY_MESSAGE = "binary file (not a text sheet)";

const ALIASES: ReadonlyMap<string, EncodingOption> = new Map<string, EncodingOption>([
  ["auto", "auto"],
  ["utf8", "utf-8"],
  ["utf-8", "utf-8"],
  ["sjis", "shift_jis"],
  ["shift_jis", "shift_jis"],
  ["shift-jis", "shift_jis"],
  ["cp932", "shift_jis"],
  ["windows-31j", "shift_jis"],
  ["ms932", "shift_jis"],
  ["euc-jp", "euc-jp"],
  ["eucjp", "euc-jp"],
  ["utf-16le", "utf-16le"],
  ["utf16le", "utf-16le"],
  ["utf-16be", "utf-16be"],
  ["utf16be", "utf-16be"],
]);

/**
 * Parses a user-supplied `--encoding` value. Accepts, case-insensitively: utf8, utf-8,
 * sjis, shift_jis, shift-jis, cp932, windows-31j, ms932, euc-jp, eucjp, utf-16le,
 * utf16le, utf-16be, utf16be, auto. Returns null for unknown names.
 */
export function parseEncodingOption(name: string): EncodingOption | null {
  return ALIASES.get(name.toLowerCase()) ?? null;
}

// ---------------------------------------------------------------------------
// Detection

/** Internal detection outcome: richer than the public one so that errors can be located. */
type Sniffed =
  | { kind: "text"; encoding: EncodingName; bom: boolean }
  | { kind: "binary"; offset: number }
  | { kind: "unsupported"; offset: number; message: string };

/** Byte order marks; none is a prefix of another, and none can start valid Shift_JIS or EUC-JP. */
const BOMS: readonly { encoding: EncodingName; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: [0xef, 0xbb, 0xbf] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

function bomOf(bytes: Uint8Array): EncodingName | null {
  for (const bom of BOMS) if (startsWith(bytes, bom.bytes)) return bom.encoding;
  return null;
}

function bomLength(encoding: EncodingName): number {
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
function tryDecode(encoding: EncodingName, bytes: Uint8Array, stream: boolean): string | null {
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

function sniff(prefix: Uint8Array): Sniffed {
  if (prefix.length === 0) return { kind: "text", encoding: "utf-8", bom: false };
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

// ---------------------------------------------------------------------------
// Line and column bookkeeping

/** Tracks line and column over decoded text fed piece by piece; CRLF, LF and CR each end a line. */
class Position {
  line = 1;
  /** UTF-16 code units since the start of the line. */
  units = 0;
  private afterCr = false;

  advance(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) {
        // The LF of a CRLF pair was already counted by its CR (possibly in an earlier piece).
        if (!this.afterCr) this.line++;
        this.units = 0;
        this.afterCr = false;
      } else if (c === 0x0d) {
        this.line++;
        this.units = 0;
        this.afterCr = true;
      } else {
        this.units++;
        this.afterCr = false;
      }
    }
  }
}

/** Line and column of byte `offset` when no text is available: lines by CR/LF bytes, columns in bytes. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// ---------------------------------------------------------------------------
// Strict decoding and error location

/**
 * Corrections after a successful ICU decode (see the module comment). Returns the
 * corrected text, or the index of the first character that stands for an invalid byte.
 */
function postProcess(encoding: EncodingName, text: string): { text: string } | { badIndex: number } {
  if (encoding === "shift_jis") {
    // ICU (ibm-943) maps 0x1A→U+001C, 0x1C→U+007F, 0x7F→U+001A; Windows-31J maps them to themselves.
    if (!text.includes("\x1a") && !text.includes("\x1c") && !text.includes("\x7f")) return { text };
    return { text: unswapIbmControls(text) };
  }
  const badIndex = invalidCharIndex(encoding, text);
  return badIndex >= 0 ? { badIndex } : { text };
}

/** Index of the first character of ICU output that stands for an invalid byte, or -1. */
function invalidCharIndex(encoding: EncodingName, text: string): number {
  // ICU's EUC-JP decodes lone C1 bytes to U+0080–U+009F; no valid sequence yields them.
  return encoding === "euc-jp" ? text.search(/[\x80-\x9f]/) : -1;
}

/** Undoes ICU's IBM control-code swap (rare: only files that hold these control bytes pay). */
function unswapIbmControls(text: string): string {
  let out = "";
  for (const ch of text) out += ch === "\x1c" ? "\x1a" : ch === "\x7f" ? "\x1c" : ch === "\x1a" ? "\x7f" : ch;
  return out;
}

/**
 * Byte offset reached by stepping over `units` UTF-16 code units of decoded text, starting
 * at the character boundary `from`. Exact because those bytes decoded successfully, so their
 * structure is known; counting characters by code point would not be (an EUC-JP character
 * may be two or three bytes).
 */
function skipDecoded(data: Uint8Array, from: number, units: number, encoding: EncodingName): number {
  if (encoding === "utf-16le" || encoding === "utf-16be") return from + 2 * units;
  let i = from;
  let left = units;
  while (left > 0) {
    const b = data[i] ?? 0;
    if (encoding === "utf-8") {
      if (b < 0x80) i += 1;
      else if (b < 0xe0) i += 2;
      else if (b < 0xf0) i += 3;
      else {
        i += 4;
        left--; // a surrogate pair: two code units
      }
    } else if (encoding === "shift_jis") {
      i += (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc) ? 2 : 1;
    } else {
      i += b === 0x8f ? 3 : b === 0x8e || b >= 0xa1 ? 2 : 1; // JIS X 0212, kana/JIS X 0208, single
    }
    left--;
  }
  return i;
}

/**
 * Finds the first invalid sequence in `data[start, end)`, where `start` is a character
 * boundary (a fresh decoder may start there) and `data[start, end)` is known to fail when
 * decoded with a flush. Bisects on the shortest failing prefix decoded in streaming mode
 * (failure is monotonic in the prefix length), then steps back to the start of the
 * character being decoded.
 */
function bisect(
  data: Uint8Array,
  start: number,
  end: number,
  encoding: EncodingName,
): { offset: number; length: number; truncated: boolean; before: string } {
  const streamFails = (q: number): boolean => tryDecode(encoding, data.subarray(start, q), true) === null;
  // Gallop first so that an error near `start` costs little.
  let ok = start;
  let bad = -1;
  for (let step = 1024; ; step *= 2) {
    const q = Math.min(end, ok + step);
    if (streamFails(q)) {
      bad = q;
      break;
    }
    ok = q;
    if (q === end) break;
  }
  const truncated = bad < 0; // every prefix streams: the data ends inside a character
  if (bad < 0) {
    bad = end;
  } else {
    while (bad - ok > 1) {
      const mid = ok + Math.floor((bad - ok) / 2);
      if (streamFails(mid)) bad = mid;
      else ok = mid;
    }
  }
  // `bad - 1` is the byte that made decoding fail; the character it belongs to starts at
  // most 3 bytes earlier (4-byte UTF-8), where the prefix is the last that flushes cleanly.
  const last = truncated ? end : bad - 1;
  for (let r = last; r >= Math.max(start, last - 4); r--) {
    const before = tryDecode(encoding, data.subarray(start, r), false);
    if (before !== null) return { offset: r, length: Math.min(4, bad - r), truncated, before };
  }
  // Unreachable for the encodings above; report the failing byte itself rather than throw.
  const offset = Math.max(start, bad - 1);
  return { offset, length: 1, truncated, before: tryDecode(encoding, data.subarray(start, offset), false) ?? "" };
}

/**
 * Finds the first undecodable byte sequence of `data` (no BOM) in `encoding`, or null when
 * it all decodes. Linear in the data: one streaming decoder runs over it in chunks while
 * the end of the last complete character is tracked; the chunk that fails is then bisected
 * from that character boundary with fresh decoders. `chunkBytes` is exposed for tests.
 */
export function locateInvalidSequence(
  data: Uint8Array,
  encoding: EncodingName,
  chunkBytes: number = LOCATE_CHUNK_BYTES,
): InvalidSequence | null {
  const position = new Position();
  const found = (offset: number, length: number, truncated: boolean, before: string): InvalidSequence => {
    position.advance(before);
    return { offset, length, truncated, line: position.line, column: position.units + 1 };
  };
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const step = Math.max(1, Math.floor(chunkBytes));
  // End of the last complete character decoded: the decoder holds no state there.
  let consumed = 0;
  for (let start = 0; start < data.length; start += step) {
    const end = Math.min(data.length, start + step);
    let text: string;
    try {
      text = decoder.decode(data.subarray(start, end), { stream: end < data.length });
    } catch {
      const hit = bisect(data, consumed, end, encoding);
      // A C1 byte that ICU let through comes before the byte ICU rejected.
      const bad = invalidCharIndex(encoding, hit.before);
      if (bad >= 0) return found(skipDecoded(data, consumed, bad, encoding), 1, false, hit.before.slice(0, bad));
      return found(hit.offset, hit.length, hit.truncated, hit.before);
    }
    const bad = invalidCharIndex(encoding, text);
    if (bad >= 0) return found(skipDecoded(data, consumed, bad, encoding), 1, false, text.slice(0, bad));
    position.advance(text);
    consumed = skipDecoded(data, consumed, text.length, encoding);
  }
  return null;
}

function formatBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
}

function isInvalidDataError(error: unknown): boolean {
  return error instanceof TypeError && (error as { code?: unknown }).code === "ERR_ENCODING_INVALID_ENCODED_DATA";
}

/** The data failed to decode; locating the first bad byte is left to the caller. */
interface Invalid {
  invalid: Uint8Array;
}

/**
 * Strict decode of the whole input in one encoding; a BOM of that encoding is stripped.
 * Undecodable data comes back unlocated, so that trying another encoding stays cheap.
 */
/**
 * The common case, decided in one strict decode: BOM-less UTF-8 with no control bytes
 * but TAB, LF, CR and FF. Anything else (NULs, ESC of ISO-2022-JP, binary, other
 * encodings) returns null and goes through the full sniffing below.
 */
function plainUtf8(bytes: Uint8Array): string | null {
  if (bomOf(bytes) !== null) return null;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return null;
  }
  try {
    return strictDecoder("utf-8").decode(bytes);
  } catch {
    return null;
  }
}

const strictDecoders = new Map<EncodingName, TextDecoder>();

/**
 * One fatal decoder per encoding, reused: constructing a TextDecoder costs more than
 * decoding a small sheet, and a non-streaming decode leaves no state behind.
 */
function strictDecoder(encoding: EncodingName): TextDecoder {
  let decoder = strictDecoders.get(encoding);
  if (!decoder) {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
    strictDecoders.set(encoding, decoder);
  }
  return decoder;
}

function decodeStrictUnlocated(bytes: Uint8Array, encoding: EncodingName): DecodeResult | Invalid {
  const bomLen = bomOf(bytes) === encoding ? bomLength(encoding) : 0;
  const data = bytes.subarray(bomLen);
  let text: string;
  try {
    text = strictDecoder(encoding).decode(data);
  } catch (error) {
    if (isInvalidDataError(error)) return { invalid: data };
    // A Node build without full ICU (no shift_jis / euc-jp), or text beyond V8's maximum string length.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, encoding, message: `cannot decode as ${encoding}: ${reason}`, line: 1, column: 1 };
  }
  const checked = postProcess(encoding, text);
  if ("badIndex" in checked) return { invalid: data };
  return { ok: true, text: checked.text, encoding, bom: bomLen > 0 };
}

function located(result: DecodeResult | Invalid, encoding: EncodingName): DecodeResult {
  return "invalid" in result ? invalidResult(result.invalid, encoding) : result;
}

function invalidResult(data: Uint8Array, encoding: EncodingName): DecodeResult {
  const hit = locateInvalidSequence(data, encoding);
  if (hit === null) {
    // The whole decode failed but no chunk does: should not happen; still report, never throw.
    return { ok: false, encoding, message: `invalid ${encoding} data`, line: 1, column: 1 };
  }
  const seq = formatBytes(data.subarray(hit.offset, hit.offset + hit.length));
  const message = hit.truncated
    ? `truncated ${encoding} byte sequence ${seq} at end of file`
    : `invalid ${encoding} byte sequence ${seq}`;
  return { ok: false, encoding, message, line: hit.line, column: hit.column };
}

function firstHighByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) >= 0x80) return i;
  return -1;
}

function notTextResult(bytes: Uint8Array, offset: number, message: string): DecodeResult {
  const { line, column } = bytePosition(bytes, offset);
  return { ok: false, encoding: null, message, line, column };
}

/**
 * Decodes one file's bytes. With `"auto"` (the default) the encoding is detected from the
 * first {@link SNIFF_BYTES} bytes: BOM, strict UTF-8, BOM-less UTF-16 (NUL bytes that
 * read as plausible text), binary check (NULs or many C0 controls), then Shift_JIS (as
 * Windows-31J) versus EUC-JP by score; the whole file is then decoded strictly. If that
 * fails and the sniffed prefix was all ASCII, detection is repeated from the first non-ASCII
 * byte (so a file whose first 64 KiB are ASCII is still read), and Shift_JIS and EUC-JP
 * fall back to each other. A forced encoding decodes strictly with it, stripping its BOM
 * (no binary check then: only undecodable bytes are errors). Undecodable bytes are
 * reported with line and column. Never throws.
 */
export function decodeBytes(bytes: Uint8Array, option: EncodingOption = "auto"): DecodeResult {
  if (option !== "auto") return located(decodeStrictUnlocated(bytes, option), option);
  if (bytes.length === 0) return { ok: true, text: "", encoding: "utf-8", bom: false };
  const plain = plainUtf8(bytes);
  if (plain !== null) return { ok: true, text: plain, encoding: "utf-8", bom: false };

  const sniffed = sniff(bytes.subarray(0, SNIFF_BYTES));
  if (sniffed.kind === "binary") return notTextResult(bytes, sniffed.offset, BINARY_MESSAGE);
  if (sniffed.kind === "unsupported") return notTextResult(bytes, sniffed.offset, sniffed.message);
  if (sniffed.bom) return located(decodeStrictUnlocated(bytes, sniffed.encoding), sniffed.encoding);

  // NULs past the sniffed prefix still make a non-UTF-16 file binary (indexOf is memchr-fast).
  if (sniffed.encoding !== "utf-16le" && sniffed.encoding !== "utf-16be") {
    const nul = bytes.indexOf(0, SNIFF_BYTES);
    if (nul >= 0) return notTextResult(bytes, nul, BINARY_MESSAGE);
  }

  const first = decodeStrictUnlocated(bytes, sniffed.encoding);
  if (!("invalid" in first)) return first;

  const tried = new Set<EncodingName>([sniffed.encoding]);
  const alternatives: EncodingName[] = [];
  // An all-ASCII prefix says nothing about the encoding: sniff again where the first
  // non-ASCII byte is (always the start of a character in the 8-bit encodings).
  const firstHigh = bytes.length > SNIFF_BYTES ? firstHighByte(bytes) : -1;
  if (firstHigh >= SNIFF_BYTES) {
    const again = sniff(bytes.subarray(firstHigh, firstHigh + SNIFF_BYTES));
    if (again.kind === "text") alternatives.push(again.encoding);
  }
  if (sniffed.encoding === "shift_jis") alternatives.push("euc-jp");
  if (sniffed.encoding === "euc-jp") alternatives.push("shift_jis");
  for (const encoding of alternatives) {
    if (tried.has(encoding)) continue;
    tried.add(encoding);
    const retry = decodeStrictUnlocated(bytes, encoding);
    if (!("invalid" in retry) && retry.ok) return retry;
  }
  // Report the error of the first guess: the most likely encoding gives the most useful position.
  return invalidResult(first.invalid, sniffed.encoding);
}
