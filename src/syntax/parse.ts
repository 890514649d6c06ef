/** Decoded text → lossless lines → syntax tree, whole or one top-level node at a time. */
import { LineTable } from "../source/lines.js";
import type { Point, RootNode, Span } from "./ast.js";
import { SheetParser, type TopLevelNode } from "./parser.js";
import type { Vocabulary } from "./vocabulary.js";
import { detectLayout, type Layout } from "./layout.js";

export type { TopLevelNode } from "./parser.js";

/** The point just past the last character of the text. */
function endPoint(lines: LineTable): Point {
  const last = lines.at(lines.length - 1);
  if (!last) return { line: 1, column: 1, offset: 0 };
  if (last.ending === "") return { line: last.number, column: last.text.length + 1, offset: lines.text.length };
  return { line: last.number + 1, column: 1, offset: lines.text.length };
}

export interface SyntaxResult {
  lines: LineTable;
  tree: RootNode;
  /** The layout the lines were split by: the profile's, or detected from the file. */
  layout: Layout;
}

/** A reading of the text: its lines, layout and the root's span, and its top-level nodes as they close. */
export interface SyntaxStream {
  lines: LineTable;
  layout: Layout;
  /** The root's span: the whole input. */
  position: Span;
  /**
   * The root's children in source order, each handed on once the parser has closed it, so
   * that a consumer can build and drop one sheet's tree before the next is read. Iterate once.
   */
  nodes: Generator<TopLevelNode, void, undefined>;
}

function* closedNodes(lines: LineTable, parser: SheetParser, end: Point): Generator<TopLevelNode, void, undefined> {
  for (let i = 0; i < lines.length; i++) {
    const line = lines.at(i);
    if (line) parser.push(line);
    yield* parser.takeClosed();
  }
  yield* parser.finish(end).children;
}

/** Reads decoded text one top-level node at a time. */
export function streamSyntax(text: string, vocabulary: Vocabulary): SyntaxStream {
  const lines = new LineTable(text);
  const fixed = vocabulary.profile.layout;
  const layout = fixed === "auto" ? detectLayout(lines) : fixed;
  const end = endPoint(lines);
  const parser = new SheetParser(vocabulary, layout);
  return { lines, layout, position: { start: { line: 1, column: 1, offset: 0 }, end }, nodes: closedNodes(lines, parser, end) };
}

/** Parses decoded text into its whole syntax tree. */
export function parseSyntax(text: string, vocabulary: Vocabulary): SyntaxResult {
  const { lines, layout, position, nodes } = streamSyntax(text, vocabulary);
  return { lines, tree: { type: "root", position, children: [...nodes] }, layout };
}
