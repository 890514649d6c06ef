/**
 * The reference sheet from ../shared/seeds (present on the development machine, absent
 * on a clean clone) against its expected data, and its re-encodings against the original.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "../src/index.js";
import { seedsDir } from "./helpers/fixtures.js";
import { subsetDifferences } from "./helpers/subset.js";
import { validateTree } from "./helpers/tree-validator.js";

const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).sort() : [];

describe.skipIf(seeds.length === 0)("shared seeds", () => {
  it.each(seeds)("%s matches its .expected.json", (file) => {
    const path = join(seedsDir, file);
    const document = parse(readFileSync(path), { path });
    const expected: unknown = JSON.parse(readFileSync(path.replace(/\.txt$/, ".expected.json"), "utf8"));
    expect(subsetDifferences(expected, document)).toEqual([]);
    expect(document.unrecognized).toEqual([]);
  });

  it.each(seeds)("%s: the tree covers every non-blank line exactly once", (file) => {
    const text = readFileSync(join(seedsDir, file), "utf8");
    const result = parseDetailed(text, { keepTree: true });
    expect(result.tree && validateTree(result.tree, text, result.lines)).toEqual([]);
  });

  /** Drops what legitimately differs between encodings: the source block, and `raw` where — became ―. */
  function comparable(document: ReturnType<typeof parse>): string {
    return JSON.stringify({ ...document, source: null }).replaceAll("\u2014", "\u2015");
  }

  it.each(seeds)("%s gives the same data as CP932+CRLF, EUC-JP and UTF-16LE", (file) => {
    const text = readFileSync(join(seedsDir, file), "utf8");
    const original = parse(Buffer.from(text, "utf8"));
    const legacy = text.replaceAll("\u2014", "\u2015");
    const variants: [string, Uint8Array][] = [
      ["shift_jis", iconv.encode(legacy.replaceAll("\n", "\r\n"), "cp932")],
      ["euc-jp", iconv.encode(legacy, "euc-jp")],
      ["utf-16le", iconv.encode(text, "utf-16le", { addBOM: true })],
    ];
    for (const [encoding, bytes] of variants) {
      const document = parse(bytes);
      expect(document.source.encoding).toBe(encoding);
      expect(comparable(document)).toBe(comparable(original));
    }
  });
});
