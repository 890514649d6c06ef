/**
 * Where undecodable input goes wrong: the first bad byte sequence of a strict decode,
 * as a line and column, found by decoding in chunks (linear time on any input).
 */
import type { EncodingName } from "./encoding-name.js";
import { tryDecode } from "./sniff.js";

/** Chunk size when hunting for the first bad byte; small enough that the final bisection is cheap. */
const LOCATE_CHUNK_BYTES = 256 * 1024;

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
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
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
export function postProcess(encoding: EncodingName, text: string): { text: string } | { badIndex: number } {
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

export function formatBytes(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
}

