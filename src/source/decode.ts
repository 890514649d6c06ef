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
import type { EncodingName } from "./encoding-name.js";
import { bytePosition, formatBytes, locateInvalidSequence, postProcess } from "./locate-invalid.js";
import { bomLength, bomOf, sniff } from "./sniff.js";

export { locateInvalidSequence, type InvalidSequence } from "./locate-invalid.js";
export { sniffEncoding } from "./sniff.js";

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


/** How much of a file detection looks at; the whole file is then decoded strictly. */
export const SNIFF_BYTES = 64 * 1024;


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

function isInvalidDataError(error: unknown): boolean {
  return error instanceof TypeError && (error as { code?: unknown }).code === "ERR_ENCODING_INVALID_ENCODED_DATA";
}

/** The data failed to decode; locating the first bad byte is left to the caller. */
interface Invalid {
  invalid: Uint8Array;
}

/** C0 controls but TAB, LF, CR and FF (VT is not layout here). */
// eslint-disable-next-line no-control-regex -- finding control characters is what it is for
const CONTROL_BUT_LAYOUT = /[\x00-\x08\v\x0E-\x1F]/;

/**
 * The common case, decided in one strict decode: BOM-less UTF-8 with no control bytes
 * but TAB, LF, CR and FF. Anything else (NULs, ESC of ISO-2022-JP, binary, other
 * encodings) returns null and goes through the full sniffing below.
 */
function plainUtf8(bytes: Uint8Array): string | null {
  if (bomOf(bytes) !== null) return null;
  let text: string;
  try {
    text = strictDecoder("utf-8").decode(bytes);
  } catch {
    return null;
  }
  // In UTF-8 a control byte is its own character: the decoded text is searched for them
  // instead of the bytes, by the regex engine rather than a loop over every byte.
  return CONTROL_BUT_LAYOUT.test(text) ? null : text;
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

/**
 * Strict decode of the whole input in one encoding; a BOM of that encoding is stripped.
 * Undecodable data comes back unlocated, so that trying another encoding stays cheap.
 */
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
  const failed: { encoding: EncodingName; invalid: Uint8Array }[] = [{ encoding: sniffed.encoding, invalid: first.invalid }];
  for (const encoding of alternatives) {
    if (tried.has(encoding)) continue;
    tried.add(encoding);
    const retry = decodeStrictUnlocated(bytes, encoding);
    if (!("invalid" in retry) && retry.ok) return retry;
    if ("invalid" in retry) failed.push({ encoding, invalid: retry.invalid });
  }
  return furthestInvalid(failed);
}

const LEGACY: ReadonlySet<EncodingName> = new Set<EncodingName>(["shift_jis", "euc-jp"]);

/**
 * The error to report when every guess failed. Between Shift_JIS and EUC-JP, the one that
 * reads further is the file's encoding up to where it breaks: a file of EUC-JP and then
 * Shift_JIS is blamed where the Shift_JIS part starts, not inside its valid EUC-JP part
 * (issue 15, item 9). Otherwise, and on a tie, the first guess: the most likely encoding
 * gives the most useful position. (UTF-8 is never compared so: UTF-8 text often reads far
 * as Shift_JIS mojibake.)
 */
function furthestInvalid(failed: readonly { encoding: EncodingName; invalid: Uint8Array }[]): DecodeResult {
  const [first, ...others] = failed;
  if (first === undefined) return { ok: false, encoding: null, message: "undecodable data", line: 1, column: 1 };
  if (!LEGACY.has(first.encoding)) return invalidResult(first.invalid, first.encoding);
  let best = first;
  let bestOffset = locateInvalidSequence(first.invalid, first.encoding)?.offset ?? -1;
  for (const other of others) {
    if (!LEGACY.has(other.encoding)) continue;
    const offset = locateInvalidSequence(other.invalid, other.encoding)?.offset ?? -1;
    if (offset > bestOffset) {
      best = other;
      bestOffset = offset;
    }
  }
  return invalidResult(best.invalid, best.encoding);
}
