/**
 * Golden fixtures: every fixtures/NAME.txt parses to what NAME.expected.json (checked by
 * hand against the text) says, and its syntax tree passes the tree validator.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "../src/index.js";
import { decodeBytes } from "../src/source/decode.js";
import { listFixtures } from "./helpers/fixtures.js";
import { subsetDifferences } from "./helpers/subset.js";
import { validateTree } from "./helpers/tree-validator.js";

const fixtures = listFixtures();

describe("golden fixtures", () => {
  it("has at least 8 fixtures", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  it.each(fixtures)("$name parses to its expected document", ({ textPath, expectedPath }) => {
    const document = parse(readFileSync(textPath), { path: textPath });
    if (!existsSync(expectedPath)) {
      // A draft for review, never under CI: a missing golden fails there.
      if (!process.env["CI"] && process.env["SHEETPARSE_WRITE_DRAFTS"]) writeFileSync(expectedPath.replace(/\.expected\.json$/, ".draft.json"), JSON.stringify(document, null, 2));
      expect.fail(`missing ${expectedPath}`);
    }
    const expected: unknown = JSON.parse(readFileSync(expectedPath, "utf8"));
    expect(subsetDifferences(expected, document)).toEqual([]);
  });

  it.each(fixtures)("$name: the tree covers every non-blank line exactly once", ({ textPath }) => {
    const bytes = readFileSync(textPath);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    const result = parseDetailed(bytes, { path: textPath, keepTree: true });
    expect(result.tree).not.toBeNull();
    if (!result.tree) return;
    expect(validateTree(result.tree, decoded.text, result.lines)).toEqual([]);
  });
});
