/** The one helper every human-facing output uses for names and texts from outside (issue 15, item 2). */
import { describe, expect, it } from "vitest";
import { isUnsafeCodePoint, oneLine, printable, printablePath } from "../../src/report/printable.js";

describe("printable", () => {
  it.each([
    ["sheets/みどり野市.txt", "sheets/みどり野市.txt"],
    ["x\n::error file=README.md,line=1::pwned\n.txt", "x\\n::error file=README.md,line=1::pwned\\n.txt"],
    ["a\r\tb", "a\\r\\tb"],
    ["\u001b[2J\u001b]0;title\u0007.txt", "\\x1B[2J\\x1B]0;title\\x07.txt"],
    ["\u0000\u007f\u0085\u009b", "\\x00\\x7F\\x85\\x9B"],
    ["abc\u202Etxt.exe", "abc\\u202Etxt.exe"],
    ["\u2028\u2029\u2066\u2069\u200e\u061c", "\\u2028\\u2029\\u2066\\u2069\\u200E\\u061C"],
    ["C:\\sheets\\a.txt", "C:\\sheets\\a.txt"],
    ["𠮟.txt", "𠮟.txt"],
  ])("%j → %j", (input, output) => {
    expect(printable(input)).toBe(output);
  });

  it("keeps what the caller escapes its own way", () => {
    expect(printable("a\nb\u001b", { keep: new Set([0x0a]) })).toBe("a\nb\\x1B");
  });

  it("gives text with no unsafe code point, and is idempotent", () => {
    for (let code = 0; code < 0x3000; code++) {
      const out = printable(`a${String.fromCharCode(code)}b`);
      expect([...out].some((ch) => isUnsafeCodePoint(ch.codePointAt(0) ?? 0))).toBe(false);
      expect(printable(out)).toBe(out);
    }
  });
});

describe("printablePath", () => {
  it.each([
    ["::error file=README.md::x.txt", "./::error file=README.md::x.txt"],
    ["  ::warning::x.txt", "./  ::warning::x.txt"],
    ["##[error]x.txt", "./##[error]x.txt"],
    ["\t::error::x", "\\t::error::x"],
    ["sheets/::error::x.txt", "sheets/::error::x.txt"],
    ["/abs/::x.txt", "/abs/::x.txt"],
  ])("%j at the start of a line is %j, no workflow command", (input, output) => {
    expect(printablePath(input)).toBe(output);
  });
});

describe("oneLine", () => {
  it("turns line breaks and the other unsafe code points into spaces", () => {
    expect(oneLine("a\nb\r\tc\u001b[31m\u009b\u202Ed")).toBe("a b  c [31m  d");
    expect(oneLine("令和3年度")).toBe("令和3年度");
  });
});
