/** Every classifier and cell parser stays linear on adversarial input (SPEC §6). */
import { describe, expect, it } from "vitest";
import { parseQuantity } from "../../src/japanese/quantity.js";
import { parseFiscalYear, parseYearHeading } from "../../src/japanese/fiscal-year.js";
import { DEFAULT_PROFILE } from "../../src/profile/registry.js";
import { vocabularyOf } from "../../src/parse.js";
import { classifyLine, isRuleRow } from "../../src/syntax/classify.js";
import { splitCells } from "../../src/syntax/cells.js";
import { readFieldRow } from "../../src/syntax/rows.js";
import { splitLines } from "../../src/source/lines.js";
import { matchKey } from "../../src/source/normalize.js";

const inputs: [string, string][] = [
  ["digits", "1".repeat(1_000_000)],
  ["era words", "令和".repeat(100_000)],
  ["separators", "1,".repeat(500_000)],
  ["dashes", "-".repeat(1_000_000)],
  ["tabs", "\t".repeat(1_000_000)],
  ["spaced label", "予 ".repeat(300_000)],
  ["marker-like", "【Check】令和".repeat(50_000)],
  ["opinion suffix", "からの意見".repeat(100_000)],
  ["year cells", "令和3年度\t".repeat(100_000)],
];

describe.each(inputs)("%s", (_name, text) => {
  const vocabulary = vocabularyOf(DEFAULT_PROFILE);
  // A hang (super-linear backtracking) shows as vitest's timeout; linear passes take milliseconds.
  it("passes every classifier and parser", () => {
    parseQuantity(text);
    parseFiscalYear(text);
    parseYearHeading(text);
    matchKey(text);
    vocabulary.marker(text);
    vocabulary.label("yearBlock", text);
    vocabulary.inlineLabel("description", text);
    vocabulary.artifact(text);
    vocabulary.opinionSource(text);
    for (const line of splitLines(text)) {
      const cells = splitCells(line);
      isRuleRow(cells);
      classifyLine(line, cells, vocabulary);
      readFieldRow(line, cells, vocabulary, ["yearBlock", "check"]);
    }
    expect(typeof matchKey(text)).toBe("string");
  });
});
