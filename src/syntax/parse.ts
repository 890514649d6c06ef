/** Decoded text → lossless lines → syntax tree. */
import { LineTable } from "../source/lines.js";
import type { Point, RootNode } from "./ast.js";
import { SheetParser } from "./parser.js";
import type { Vocabulary } from "./vocabulary.js";
import { detectLayout, type Layout } from "./layout.js";

/** The point just past the last character of the text. */
function endPoint(lines: LineTable, textLength: number): Point {
  const last = lines.at(lines.length - 1);
  if (!last) return { line: 1, column: 1, offset: 0 };
  if (last.ending === "") return { line: last.number, column: last.text.length + 1, offset: textLength };
  return { line: last.number + 1, column: 1, offset: textLength };
}

export interface SyntaxResult {
  lines: LineTable;
  tree: RootNode;
  /** The layout the lines were split by: the profile's, or detected from the file. */
  layout: Layout;
}

/** Parses decoded text into its syntax tree. */
export function parseSyntax(text: string, vocabulary: Vocabulary): SyntaxResult {
  const lines = new LineTable(text);
  const fixed = vocabulary.profile.layout;
  const layout = fixed === "auto" ? detectLayout(lines) : fixed;
  const parser = new SheetParser(vocabulary, layout);
  for (let i = 0; i < lines.length; i++) {
    const line = lines.at(i);
    if (line) parser.push(line);
  }
  return { lines, tree: parser.finish(endPoint(lines, text.length)), layout };
}
