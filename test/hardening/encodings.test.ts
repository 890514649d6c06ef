/** Issue 15 items 7 and 9 (encodings): UTF-32 BOMs are refused, a mixed EUC-JP/Shift_JIS file is blamed where it turns. */
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/source/decode.js";

describe("UTF-32 BOMs", () => {
  it.each([
    ["UTF-32LE", [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]],
    ["UTF-32BE", [0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x41]],
  ])("%s is refused at 1:1, not read as UTF-16 full of NULs", (name, bytes) => {
    expect(decodeBytes(Uint8Array.from(bytes))).toEqual({
      ok: false,
      encoding: null,
      message: `${name} is not supported; convert the file to UTF-8 (or UTF-16, Shift_JIS)`,
      line: 1,
      column: 1,
    });
  });

  it("a UTF-16LE BOM followed by text is still UTF-16LE", () => {
    expect(decodeBytes(iconv.encode("事業名", "utf-16le", { addBOM: true }))).toEqual({ ok: true, text: "事業名", encoding: "utf-16le", bom: true });
  });
});

describe("a file of EUC-JP, then Shift_JIS", () => {
  const eucPart = "事業名\t広報事業\n担当\t秘書広報課\n".repeat(5);
  const sjisPart = "事業の目的\t市民の皆様へ情報を届ける\n".repeat(3);

  it.each([
    ["mostly EUC-JP", 1],
    ["mostly Shift_JIS", 40],
  ])("%s: blamed at the start of the Shift_JIS part (line 11), in EUC-JP", (_what, repeat) => {
    const bytes = Buffer.concat([iconv.encode(eucPart, "euc-jp"), iconv.encode(sjisPart.repeat(repeat), "cp932")]);
    expect(decodeBytes(bytes)).toEqual({ ok: false, encoding: "euc-jp", message: "invalid euc-jp byte sequence 0x8E 0x96", line: 11, column: 1 });
  });

  it("a Shift_JIS file with one bad byte is still blamed as Shift_JIS at that byte", () => {
    const bytes = Buffer.concat([iconv.encode("事業名\t広報事業\n", "cp932"), Buffer.from([0x81, 0xff]), iconv.encode("\n担当\t秘書広報課\n", "cp932")]);
    expect(decodeBytes(bytes)).toMatchObject({ ok: false, encoding: "shift_jis", line: 2, column: 1 });
  });
});
