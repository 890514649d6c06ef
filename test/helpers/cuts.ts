/**
 * What the bad-input battery (SPEC §6) shares between `npm test` (test/bad-input.test.ts)
 * and `npm run test:long` (test/long/bad-input.test.ts). Cut sheets: a fixture cut after
 * one of its lines must still parse to a Document its schema accepts and a syntax tree
 * that matches the cut text; `npm test` cuts each fixture at a sample of its lines,
 * `npm run test:long` at every line, which is quadratic by nature. Also the battery's
 * sample sheet, its bytes of a binary file, and its check that no stack trace was printed.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { parseDetailed } from "../../src/index.js";
import { documentSchema } from "../../src/model/schema.js";
import { splitLines, type Line } from "../../src/source/lines.js";
import { fixturesDir, listFixtures, type Fixture } from "./fixtures.js";
import { validateTree } from "./tree-validator.js";

/** A whole sheet of the reference template, as text. */
export const SAMPLE_SHEET = readFileSync(join(fixturesDir, "policy-with-projects.txt"), "utf8");

/** The start of a PNG file, NUL bytes included: a binary file given as a sheet. */
export const BINARY_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3, 0xff, 0xfe, 0]);

/** Bad input gets a message, never a stack trace. */
export function expectNoStack(stderr: string): void {
  expect(stderr).not.toMatch(/^ {4}at /m);
}

/** Markers and a year row that open or continue a block, for the battery's repeated-marker case. */
export const REPEATED_MARKERS = ["事業の説明", "総合計画上の位置付け", "【Do】これまでの実績と現在の取組み", "令和3年度\t予算額\t1", "今後の成果目標", "成果指標"] as const;

/** The fixtures that are cut: the UTF-8 ones (the others are the same sheets in other encodings). */
export function cutFixtures(): Fixture[] {
  return listFixtures().filter((f) => !/cp932|euc|utf16/.test(f.name));
}

/** A fixture's text (without its BOM) and its lines. */
export function cutSource(fixture: Fixture): { text: string; lines: Line[] } {
  const text = readFileSync(fixture.textPath, "utf8").replace(/^\uFEFF/, "");
  return { text, lines: splitLines(text) };
}

/** The text cut after `line` (0-based) parses to a valid Document and a tree that matches it. */
export function expectCutParses(text: string, lines: readonly Line[], line: number): void {
  const end = lines[line];
  if (end === undefined) throw new Error(`no line ${line + 1}`);
  const cut = text.slice(0, end.offset + end.text.length);
  const result = parseDetailed(cut, { keepTree: true });
  expect(documentSchema.safeParse(result.document).success, `cut after line ${line + 1}: the Document breaks its schema`).toBe(true);
  expect(result.tree && validateTree(result.tree, cut, result.lines), `cut after line ${line + 1}: the tree`).toEqual([]);
}
