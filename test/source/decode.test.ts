import { describe, expect, it } from "vitest";
import fc from "fast-check";
import iconv from "iconv-lite";
import type { EncodingName } from "../../src/model/schema.js";
import {
  decodeBytes,
  locateInvalidSequence,
  parseEncodingOption,
  sniffEncoding,
  SNIFF_BYTES,
  type DecodeResult,
  type EncodingOption,
} from "../../src/source/decode.js";

// ---------------------------------------------------------------------------
// Fixtures

/**
 * A small 施策/事業 sheet: kanji, kana, fullwidth digits and `，`, an ideographic space,
 * ①, ～ and a not-applicable dash. `dash` is U+2014 for the Unicode encodings and U+2015
 * for CP932/EUC-JP, which cannot encode U+2014 (CP932 0x815C decodes to U+2015).
 */
function sheet(eol: string, dash: string): string {
  return [
    "総合計画上の位置付け",
    "施策の大綱\t安全・安心なまちづくり\t施策の目的\t市民が安心して暮らせる",
    "主要事業と関連部署",
    "防災対策の推進\t防災訓練事業\t危機管理課",
    "目標",
    "指標名\t指標の考え方\t方向性\t２０１７年\t２０２２年",
    "訓練参加者数\t市民の防災意識の向上を示す\t↑\t３，２００人\t５，０００人",
    "事業の説明",
    "事業名\tハザードマップ更新事業（ＳＤＧｓ対応）①",
    "担当\t危機管理課　事業の目的\t災害時の避難を円滑にする～",
    "【Do】これまでの実績と現在の取組み",
    `令和２年度\t予算額\t１，２３４千円\t決算額\t${dash}`,
    "- 3 -",
    "",
  ].join(eol);
}

interface EncodingCase {
  label: string;
  iconvName: string;
  encoding: EncodingName;
  bom: boolean;
  dash: string;
}

const CASES: readonly EncodingCase[] = [
  { label: "UTF-8", iconvName: "utf-8", encoding: "utf-8", bom: false, dash: "—" },
  { label: "UTF-8 with BOM", iconvName: "utf-8", encoding: "utf-8", bom: true, dash: "—" },
  { label: "CP932", iconvName: "cp932", encoding: "shift_jis", bom: false, dash: "―" },
  { label: "EUC-JP", iconvName: "euc-jp", encoding: "euc-jp", bom: false, dash: "―" },
  { label: "UTF-16LE with BOM", iconvName: "utf-16le", encoding: "utf-16le", bom: true, dash: "—" },
  { label: "UTF-16LE without BOM", iconvName: "utf-16le", encoding: "utf-16le", bom: false, dash: "—" },
  { label: "UTF-16BE with BOM", iconvName: "utf-16be", encoding: "utf-16be", bom: true, dash: "—" },
  { label: "UTF-16BE without BOM", iconvName: "utf-16be", encoding: "utf-16be", bom: false, dash: "—" },
];

const EOLS = [
  { name: "LF", eol: "\n" },
  { name: "CRLF", eol: "\r\n" },
  { name: "CR", eol: "\r" },
] as const;

const MATRIX = CASES.flatMap((c) => EOLS.map((e) => ({ ...c, ...e, text: sheet(e.eol, c.dash) })));

function encode(text: string, iconvName: string, bom = false): Uint8Array {
  const bytes = new Uint8Array(iconv.encode(text, iconvName, { addBOM: bom }));
  // Guard the fixture itself: iconv-lite writes "?" for what it cannot encode.
  expect(iconv.decode(bytes, iconvName, { stripBOM: true })).toBe(text);
  return bytes;
}

const concat = (...parts: readonly (Uint8Array | readonly number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => Array.from(p)));

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed | 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Reference line/column of the end of `prefix` (CRLF, CR and LF each end a line). */
function endPosition(prefix: string): { line: number; column: number } {
  const lines = prefix.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}

function expectError(result: DecodeResult): Extract<DecodeResult, { ok: false }> {
  if (result.ok) throw new Error(`expected an error, got ${result.encoding} text ${JSON.stringify(result.text.slice(0, 40))}`);
  return result;
}

// ---------------------------------------------------------------------------

describe("parseEncodingOption", () => {
  it.each([
    ["auto", "auto"],
    ["AUTO", "auto"],
    ["utf8", "utf-8"],
    ["UTF-8", "utf-8"],
    ["sjis", "shift_jis"],
    ["Shift_JIS", "shift_jis"],
    ["shift-jis", "shift_jis"],
    ["CP932", "shift_jis"],
    ["Windows-31J", "shift_jis"],
    ["MS932", "shift_jis"],
    ["euc-jp", "euc-jp"],
    ["EUCJP", "euc-jp"],
    ["utf-16le", "utf-16le"],
    ["UTF16LE", "utf-16le"],
    ["utf-16be", "utf-16be"],
    ["utf16be", "utf-16be"],
  ] as const)("%s → %s", (name, expected) => {
    expect(parseEncodingOption(name)).toBe(expected);
  });

  it.each(["", "latin1", "utf-16", "iso-2022-jp", "shift jis", " utf8"])("rejects %j", (name) => {
    expect(parseEncodingOption(name)).toBeNull();
  });
});

describe("decodeBytes: round trips", () => {
  it.each(MATRIX)("auto-detects $label ($name)", ({ text, iconvName, encoding, bom }) => {
    const bytes = encode(text, iconvName, bom);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text, encoding, bom });
    expect(decodeBytes(bytes, "auto")).toEqual({ ok: true, text, encoding, bom });
  });

  it.each(MATRIX)("forced $label ($name)", ({ text, iconvName, encoding, bom }) => {
    expect(decodeBytes(encode(text, iconvName, bom), encoding)).toEqual({ ok: true, text, encoding, bom });
  });

  it("keeps U+2015 from CP932 0x815C and mixed line endings as they are", () => {
    const result = decodeBytes(Uint8Array.of(0x41, 0x0d, 0x0a, 0x81, 0x5c, 0x0a, 0x42, 0x0d, 0x43));
    expect(result).toEqual({ ok: true, text: "A\r\n―\nB\rC", encoding: "shift_jis", bom: false });
  });

  it("reads a short ASCII-only file as UTF-8", () => {
    expect(decodeBytes(utf8("NEXT CYCLE\n- 3 -\n"))).toEqual({
      ok: true,
      text: "NEXT CYCLE\n- 3 -\n",
      encoding: "utf-8",
      bom: false,
    });
    expect(decodeBytes(utf8("a"))).toEqual({ ok: true, text: "a", encoding: "utf-8", bom: false });
  });

  it("accepts empty input", () => {
    expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: true, text: "", encoding: "utf-8", bom: false });
    expect(decodeBytes(new Uint8Array(0), "euc-jp")).toEqual({ ok: true, text: "", encoding: "euc-jp", bom: false });
  });

  it("reads a lone BOM as empty text", () => {
    expect(decodeBytes(Uint8Array.of(0xef, 0xbb, 0xbf))).toEqual({ ok: true, text: "", encoding: "utf-8", bom: true });
    expect(decodeBytes(Uint8Array.of(0xfe, 0xff))).toEqual({ ok: true, text: "", encoding: "utf-16be", bom: true });
  });

  it("strips only a BOM that matches a forced encoding", () => {
    const withBom = encode("事業名", "utf-8", true);
    expect(decodeBytes(withBom, "utf-8")).toEqual({ ok: true, text: "事業名", encoding: "utf-8", bom: true });
    expect(decodeBytes(encode("事業名", "utf-16le", true), "utf-16le")).toMatchObject({ ok: true, text: "事業名", bom: true });
    // A UTF-16LE BOM is not UTF-8: forcing UTF-8 fails at the very first byte.
    expect(decodeBytes(encode("A", "utf-16le", true), "utf-8")).toMatchObject({ ok: false, line: 1, column: 1 });
  });

  it("detects Shift_JIS and EUC-JP that contain halfwidth katakana", () => {
    const text = "事業名\tﾊｻﾞｰﾄﾞﾏｯﾌﾟ更新事業\n担当\t危機管理課\n";
    expect(decodeBytes(encode(text, "cp932"))).toMatchObject({ ok: true, text, encoding: "shift_jis" });
    expect(decodeBytes(encode(text, "euc-jp"))).toMatchObject({ ok: true, text, encoding: "euc-jp" });
  });

  it("decodes CP932 extensions (NEC and IBM rows, user-defined area)", () => {
    // ① (0x8740), ⅰ (0xFA40), 纊 (0xED40), ～ (0x8160), － (0x817C), user-defined 0xF040 → U+E000.
    const bytes = Uint8Array.of(0x87, 0x40, 0xfa, 0x40, 0xed, 0x40, 0x81, 0x60, 0x81, 0x7c, 0xf0, 0x40);
    expect(decodeBytes(bytes, "shift_jis")).toMatchObject({ ok: true, text: "①ⅰ纊～－\ue000" });
  });

  it("maps the control bytes 0x1A, 0x1C, 0x7F of Shift_JIS to themselves (ICU swaps them)", () => {
    const bytes = Uint8Array.of(0x41, 0x1a, 0x1c, 0x7f, 0x82, 0xa0);
    expect(decodeBytes(bytes, "shift_jis")).toEqual({ ok: true, text: "A\x1a\x1c\x7fあ", encoding: "shift_jis", bom: false });
  });

  it("still finds Shift_JIS when the first 64 KiB are ASCII", () => {
    const head = `${"- 1 -\tNEXT CYCLE\n".repeat(Math.ceil(SNIFF_BYTES / 16) + 10)}`;
    const text = `${head}${sheet("\r\n", "―")}`;
    expect(utf8(head).length).toBeGreaterThan(SNIFF_BYTES);
    expect(decodeBytes(encode(text, "cp932"))).toEqual({ ok: true, text, encoding: "shift_jis", bom: false });
    expect(decodeBytes(encode(text, "euc-jp"))).toEqual({ ok: true, text, encoding: "euc-jp", bom: false });
  });

  it("keeps a literal U+FFFD in valid UTF-8", () => {
    expect(decodeBytes(utf8("\ufffd\ufffd\n"))).toEqual({ ok: true, text: "\ufffd\ufffd\n", encoding: "utf-8", bom: false });
  });
});

describe("sniffEncoding", () => {
  it.each(CASES)("$label: every prefix cut (mid-character included) sniffs right", ({ iconvName, encoding, bom, dash }) => {
    const text = sheet("\r\n", dash);
    const bytes = encode(text, iconvName, bom);
    // BOM-less UTF-16 is recognised by its NUL bytes; the first line is all kanji, so
    // prefixes start after the first line break. A BOM must be complete to be seen.
    const firstBreak = encode(text.slice(0, text.indexOf("\r\n") + 2), iconvName).length;
    const from = encoding.startsWith("utf-16") && !bom ? firstBreak : bom ? (encoding === "utf-8" ? 3 : 2) : 1;
    let midCharacter = 0;
    for (let cut = from; cut <= bytes.length; cut++) {
      const prefix = bytes.subarray(0, cut);
      if (new TextDecoder(encoding, { ignoreBOM: true }).decode(prefix).endsWith("\ufffd")) midCharacter++;
      expect({ cut, sniffed: sniffEncoding(prefix) }).toEqual({ cut, sniffed: { encoding, bom } });
    }
    if (encoding !== "utf-16le" && encoding !== "utf-16be") expect(midCharacter).toBeGreaterThan(10);
  });

  it.each(CASES)("$label: 200- and 1000-byte prefixes of a longer file", ({ iconvName, encoding, bom, dash }) => {
    const bytes = encode(sheet("\n", dash).repeat(5), iconvName, bom);
    for (const cut of [199, 200, 201, 999, 1000, 1001]) {
      expect(sniffEncoding(bytes.subarray(0, cut))).toEqual({ encoding, bom });
    }
  });

  it("returns utf-8 for empty input and null for binary data", () => {
    expect(sniffEncoding(new Uint8Array(0))).toEqual({ encoding: "utf-8", bom: false });
    expect(sniffEncoding(noise(4096, 7))).toBeNull();
  });

  it("reads damaged UTF-8 as UTF-8, not as Shift_JIS", () => {
    const bytes = concat(utf8("総合計画上の位置付け\n施策の大綱"), [0xff], utf8("安全\n"));
    expect(sniffEncoding(bytes)).toEqual({ encoding: "utf-8", bom: false });
  });
});

describe("decodeBytes: binary and unsupported data", () => {
  const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], noise(8192, 42));

  it("rejects a PNG: the first offending byte is 0x1A after the CRLF", () => {
    expect(png.includes(0)).toBe(true);
    expect(decodeBytes(png)).toEqual({ ok: false, encoding: null, message: "binary file (not a text sheet)", line: 2, column: 1 });
    expect(sniffEncoding(png)).toBeNull();
  });

  it("rejects NUL-padded data and data full of control bytes", () => {
    expect(decodeBytes(new Uint8Array(100))).toMatchObject({ ok: false, encoding: null, line: 1, column: 1 });
    const controls = concat(utf8("abc\n"), Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? 0x07 : 0x41)));
    expect(decodeBytes(controls)).toMatchObject({ ok: false, message: "binary file (not a text sheet)", line: 2, column: 1 });
  });

  it("tolerates a stray control byte such as a DOS EOF mark", () => {
    const bytes = concat(encode("事業名\r\n", "cp932"), [0x1a]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: "事業名\r\n\x1a", encoding: "shift_jis", bom: false });
  });

  it("rejects a NUL past the sniffed prefix", () => {
    const head = "事業名\t防災訓練事業\n".repeat(Math.ceil(SNIFF_BYTES / 20));
    const bytes = concat(utf8(head), utf8("ab"), [0], utf8("\n"));
    expect(bytes.indexOf(0)).toBeGreaterThan(SNIFF_BYTES);
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      encoding: null,
      message: "binary file (not a text sheet)",
      line: head.split("\n").length,
      column: 3,
    });
  });

  it("rejects ISO-2022-JP rather than decoding its escapes as text", () => {
    const jis = concat(utf8("A\n"), [0x1b, 0x24, 0x42, 0x30, 0x6c, 0x1b, 0x28, 0x42], utf8("\n"));
    const result = expectError(decodeBytes(jis));
    expect(result).toMatchObject({ encoding: null, line: 2, column: 1 });
    expect(result.message).toMatch(/ISO-2022-JP/);
  });
});

describe("decodeBytes: undecodable bytes", () => {
  it("reports invalid UTF-8 (forced) at line 3 column 5", () => {
    const bytes = concat(utf8("line1\nline2\nabcd"), [0xff], utf8("ef\n"));
    expect(decodeBytes(bytes, "utf-8")).toEqual({
      ok: false,
      encoding: "utf-8",
      message: "invalid utf-8 byte sequence 0xFF",
      line: 3,
      column: 5,
    });
  });

  it("counts columns in UTF-16 code units and CRLF as one line break", () => {
    // あい𠮟 is 4 code units (𠮟 is a surrogate pair), so the bad byte is in column 5.
    const bytes = concat(utf8("事業\r\n名\r\nあい𠮟"), [0xe3, 0x41]);
    expect(decodeBytes(bytes, "utf-8")).toEqual({
      ok: false,
      encoding: "utf-8",
      message: "invalid utf-8 byte sequence 0xE3 0x41",
      line: 3,
      column: 5,
    });
    // Auto-detection sees mostly well-formed UTF-8 and reports the same error.
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, encoding: "utf-8", line: 3, column: 5 });
  });

  it("fails a CP932 file forced as UTF-8 at its first Japanese character", () => {
    const bytes = encode("- 1 -\r\nNo. 総合計画\r\n", "cp932");
    expect(decodeBytes(bytes, "utf-8")).toMatchObject({ ok: false, encoding: "utf-8", line: 2, column: 5 });
  });

  it("fails an EUC-JP file forced as Shift_JIS (no mojibake)", () => {
    const bytes = encode("総合計画上の位置付け\n施策の大綱\t安全・安心なまちづくり\n", "euc-jp");
    expect(decodeBytes(bytes, "shift_jis").ok).toBe(false);
  });

  it("reports an invalid Shift_JIS pair with both bytes", () => {
    const bytes = concat(encode("総合計画\r\n事業", "cp932"), [0x82, 0xff], encode("名\r\n", "cp932"));
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      encoding: "shift_jis",
      message: "invalid shift_jis byte sequence 0x82 0xFF",
      line: 2,
      column: 3,
    });
  });

  it("reports unmapped Shift_JIS and a lead byte before an ASCII byte", () => {
    // 0x85 0x40 is in an unassigned row of CP932.
    expect(decodeBytes(concat(utf8("ab\n"), [0x85, 0x40]), "shift_jis")).toMatchObject({
      ok: false,
      message: "invalid shift_jis byte sequence 0x85 0x40",
      line: 2,
      column: 1,
    });
    expect(decodeBytes(concat(utf8("ab"), [0x82, 0x0a, 0x41]), "shift_jis")).toMatchObject({
      ok: false,
      message: "invalid shift_jis byte sequence 0x82 0x0A",
      line: 1,
      column: 3,
    });
  });

  it("reports a C1 byte in EUC-JP, which ICU would let through", () => {
    const bytes = concat(encode("あいう\nかき", "euc-jp"), [0x82], encode("く\n", "euc-jp"));
    expect(decodeBytes(bytes, "euc-jp")).toEqual({
      ok: false,
      encoding: "euc-jp",
      message: "invalid euc-jp byte sequence 0x82",
      line: 2,
      column: 3,
    });
  });

  it("reports a character cut at the end of the file", () => {
    expect(decodeBytes(concat(encode("事業\n名", "cp932"), [0x82]))).toEqual({
      ok: false,
      encoding: "shift_jis",
      message: "truncated shift_jis byte sequence 0x82 at end of file",
      line: 2,
      column: 2,
    });
    expect(decodeBytes(concat(utf8("あ\n"), [0xe3, 0x81]), "utf-8")).toMatchObject({
      ok: false,
      message: "truncated utf-8 byte sequence 0xE3 0x81 at end of file",
      line: 2,
      column: 1,
    });
    expect(decodeBytes(concat(encode("事業\n", "utf-16le", true), [0x41]))).toMatchObject({
      ok: false,
      encoding: "utf-16le",
      message: "truncated utf-16le byte sequence 0x41 at end of file",
      line: 2,
      column: 1,
    });
  });

  it("reports a lone surrogate in UTF-16", () => {
    const bytes = concat(encode("事業\r\nあ", "utf-16be", true), [0xdc, 0x00], encode("い", "utf-16be"));
    expect(decodeBytes(bytes)).toEqual({
      ok: false,
      encoding: "utf-16be",
      message: "invalid utf-16be byte sequence 0xDC 0x00",
      line: 2,
      column: 2,
    });
  });

  it("locates a bad byte deep in a large file quickly", () => {
    const line = encode("訓練参加者数\t市民の防災意識の向上を示す\t↑\t３，２００人\t５，０００人\r\n", "cp932");
    const lines = Math.ceil((16 * 1024 * 1024) / line.length);
    const bytes = new Uint8Array(lines * line.length + 1);
    for (let i = 0; i < lines; i++) bytes.set(line, i * line.length);
    bytes[bytes.length - 1] = 0xa0; // never valid in CP932
    const started = performance.now();
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, encoding: "shift_jis", line: lines + 1, column: 1 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("locates a bad byte at the end of one long line", () => {
    // 亜 (0x88 0x9F) repeated with no line break or ASCII, then a lone 0xFF.
    const bytes = new Uint8Array(4 * 1024 * 1024 + 1);
    for (let i = 0; i + 1 < bytes.length; i += 2) bytes.set([0x88, 0x9f], i);
    bytes[bytes.length - 1] = 0xff;
    const started = performance.now();
    expect(decodeBytes(bytes, "shift_jis")).toMatchObject({
      ok: false,
      message: "invalid shift_jis byte sequence 0xFF",
      line: 1,
      column: 2 * 1024 * 1024 + 1,
    });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("locateInvalidSequence (property)", () => {
  const japanese = ["あ", "ア", "漢", "字", "５", "，", "―", "①", "　", "ｶ", "a", "1", " ", "\t", "\n", "\r\n", "\r"];
  const unicodeOnly = ["—", "𠮟", "é", "😀"];
  const targets: readonly { encoding: EncodingName; iconvName: string; alphabet: readonly string[]; bad: readonly number[] }[] = [
    { encoding: "utf-8", iconvName: "utf-8", alphabet: [...japanese, ...unicodeOnly], bad: [0xff] },
    { encoding: "shift_jis", iconvName: "cp932", alphabet: japanese, bad: [0xff] },
    // 丂 and ñ are JIS X 0212: three bytes (0x8F …) in EUC-JP.
    { encoding: "euc-jp", iconvName: "euc-jp", alphabet: [...japanese, "丂", "ñ"], bad: [0xff] },
    { encoding: "utf-16le", iconvName: "utf-16le", alphabet: [...japanese, ...unicodeOnly], bad: [0x00, 0xdc] },
    { encoding: "utf-16be", iconvName: "utf-16be", alphabet: [...japanese, ...unicodeOnly], bad: [0xdc, 0x00] },
  ];

  it.each(targets)("$encoding: finds an inserted bad sequence at its offset, line and column", ({ encoding, iconvName, alphabet, bad }) => {
    const chars = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 });
    fc.assert(
      fc.property(chars, chars, fc.integer({ min: 1, max: 64 }), (before, after, chunk) => {
        const prefix = before.join("");
        const head = encode(prefix, iconvName);
        const data = concat(head, bad, encode(after.join(""), iconvName));
        const hit = locateInvalidSequence(data, encoding, chunk);
        expect(hit).toMatchObject({ offset: head.length, ...endPosition(prefix) });
        expect(locateInvalidSequence(encode(prefix, iconvName), encoding, chunk)).toBeNull();
      }),
      { numRuns: 150 },
    );
  });
});

describe("decodeBytes (property)", () => {
  const options: readonly EncodingOption[] = ["auto", "utf-8", "shift_jis", "euc-jp", "utf-16le", "utf-16be"];
  const mutatedSheet = fc
    .tuple(fc.constantFrom(...CASES), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
    .map(([c, edits]) => {
      const bytes = new Uint8Array(iconv.encode(sheet("\n", c.dash), c.iconvName, { addBOM: c.bom }));
      for (const [at, value] of edits) bytes[at % bytes.length] = value;
      return bytes;
    });

  function expectWellFormed(result: DecodeResult): void {
    if (result.ok) {
      expect(typeof result.text).toBe("string");
    } else {
      expect(Number.isInteger(result.line) && result.line >= 1).toBe(true);
      expect(Number.isInteger(result.column) && result.column >= 1).toBe(true);
      expect(result.message.length).toBeGreaterThan(0);
    }
  }

  it("never throws and always returns text or a located error", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), mutatedSheet), fc.constantFrom(...options), (bytes, option) => {
        expectWellFormed(decodeBytes(bytes, option));
      }),
      { numRuns: 1000 },
    );
  });

  it("a successful decode of a mutated sheet is lossless", () => {
    fc.assert(
      fc.property(mutatedSheet, (bytes) => {
        const result = decodeBytes(bytes);
        if (!result.ok) return;
        if (result.encoding === "shift_jis" || result.encoding === "euc-jp") {
          // CP932 has duplicate codes (NEC/IBM rows), so no byte round trip; but no U+FFFD either.
          expect(result.text).not.toContain("\ufffd");
        } else {
          // UTF-8/16 may hold a literal U+FFFD, but must re-encode to exactly the input bytes.
          const again = new Uint8Array(iconv.encode(result.text, result.encoding, { addBOM: result.bom }));
          expect(again).toEqual(bytes);
        }
      }),
      { numRuns: 300 },
    );
  });
});
