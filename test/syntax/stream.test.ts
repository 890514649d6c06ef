/**
 * Issue 13 part 1: the parser hands on each sheet once it is closed, so that the pipeline
 * builds, checks and drops one sheet at a time; the tree read that way is the whole tree.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "../../src/index.js";
import { vocabularyOf } from "../../src/parse.js";
import { DEFAULT_PROFILE } from "../../src/profile/registry.js";
import { LineTable } from "../../src/source/lines.js";
import { SheetParser } from "../../src/syntax/parser.js";
import { parseSyntax, streamSyntax } from "../../src/syntax/parse.js";
import { listFixtures } from "../helpers/fixtures.js";
import { runCli } from "../cli/helpers.js";

const vocabulary = vocabularyOf(DEFAULT_PROFILE);
const twoSheets = readFileSync("fixtures/policy-with-projects.txt", "utf8");

describe("the parser hands on closed sheets", () => {
  it("gives a sheet back as soon as the next sheet starts, and nothing before", () => {
    const lines = new LineTable(twoSheets);
    const parser = new SheetParser(vocabulary, "tab");
    const taken: { line: number; types: string[] }[] = [];
    for (const line of lines) {
      parser.push(line);
      const closed = parser.takeClosed();
      if (closed.length > 0) taken.push({ line: line.number, types: closed.map((node) => node.type) });
    }
    const rest = parser.finish({ line: lines.length + 1, column: 1, offset: twoSheets.length }).children;
    // The fixture holds one 施策 sheet and then 事業 sheets: each is handed on when the next begins.
    expect(taken.length).toBeGreaterThanOrEqual(2);
    expect(taken[0]?.types).toContain("policySheet");
    for (const { types } of taken) expect(types.filter((type) => type.endsWith("Sheet"))).toHaveLength(1);
    expect(rest.filter((node) => node.type.endsWith("Sheet"))).toHaveLength(1);
    // A sheet is handed on at the line that starts the next one, not at the end of the file.
    expect(taken[0]?.line).toBeLessThan(lines.length / 2);
  });

  it.each(listFixtures())("$name: the streamed nodes are the whole tree's children", ({ textPath }) => {
    const text = readFileSync(textPath, "utf8").replace(/^\uFEFF/, "");
    const whole = parseSyntax(text, vocabulary).tree;
    const stream = streamSyntax(text, vocabulary);
    expect({ type: "root", position: stream.position, children: [...stream.nodes] }).toEqual(whole);
  });
});

describe("the pipeline drops each sheet's tree", () => {
  it("keeps no tree unless asked, and the Document is the same either way", () => {
    const dropped = parseDetailed(twoSheets, { path: "x.txt" });
    const kept = parseDetailed(twoSheets, { path: "x.txt", keepTree: true });
    expect(dropped.tree).toBeNull();
    expect(kept.tree?.children.length).toBeGreaterThan(1);
    expect(dropped.document).toEqual(kept.document);
    expect(dropped.findings).toEqual(kept.findings);
    expect(parse(twoSheets).diagnostics.length).toBeGreaterThan(0);
  });
});

describe("sheetparse ast writes the tree node by node", () => {
  it.each(["fixtures/policy-with-projects.txt", "fixtures/layouts/grid-tokens.txt", "test/cli/fixtures/unrecognized.txt"])("%s: byte for byte the whole tree's JSON", async (path) => {
    const { stdout, code } = await runCli(["ast", path]);
    expect(code).toBe(0);
    const tree = parseDetailed(readFileSync(path), { path, keepTree: true }).tree;
    expect(stdout).toBe(`${JSON.stringify(tree, null, 2)}\n`);
  });

  it("an empty input: a root without children", async () => {
    const { stdout, code } = await runCli(["ast", "-"], { input: "" });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ type: "root", position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } }, children: [] });
    expect(stdout).toBe(`${JSON.stringify(parseDetailed("", { keepTree: true }).tree, null, 2)}\n`);
  });
});
