/**
 * Validates a syntax tree against its source: JSON-safe, children inside their parent,
 * siblings ordered, every non-blank line covered by exactly one leaf, and every cell's
 * text equal to the source slice at its offsets. Returns the problems found.
 */
import type { Line } from "../../src/source/lines.js";

/** Any indexable list of lines: an array, or the parser's LineTable. */
interface Lines extends Iterable<Line> {
  at(index: number): Line | undefined;
}
import { isBlankLine } from "../../src/source/lines.js";
import type { Point, RootNode, Span, SyntaxNode } from "../../src/syntax/ast.js";

function pointProblem(point: Point, lines: Lines, textLength: number, where: string): string | null {
  if (point.offset < 0 || point.offset > textLength) return `${where}: offset ${point.offset} outside the text`;
  const line = lines.at(point.line - 1);
  if (!line) return point.offset === textLength ? null : `${where}: line ${point.line} does not exist`;
  if (line.offset + point.column - 1 !== point.offset) return `${where}: line/column ${point.line}:${point.column} disagrees with offset ${point.offset}`;
  return null;
}

function spanText(text: string, span: Span): string {
  return text.slice(span.start.offset, span.end.offset);
}

export function validateTree(tree: RootNode, text: string, lines: Lines): string[] {
  const problems: string[] = [];
  if (JSON.stringify(JSON.parse(JSON.stringify(tree))) !== JSON.stringify(tree)) problems.push("tree is not JSON-safe");
  const covered = new Map<number, number>();

  function visit(node: SyntaxNode, parent: SyntaxNode | null, path: string): void {
    for (const [name, point] of [["start", node.position.start], ["end", node.position.end]] as const) {
      const problem = pointProblem(point, lines, text.length, `${path}.${name}`);
      if (problem) problems.push(problem);
    }
    if (node.position.end.offset < node.position.start.offset) problems.push(`${path}: ends before it starts`);
    if (parent && (node.position.start.offset < parent.position.start.offset || node.position.end.offset > parent.position.end.offset)) {
      problems.push(`${path}: lies outside its parent`);
    }
    if ("children" in node) {
      let previousEnd = -1;
      node.children.forEach((child, index) => {
        if (child.position.start.offset < previousEnd) problems.push(`${path}.children[${index}]: overlaps or precedes its previous sibling`);
        previousEnd = child.position.end.offset;
        visit(child, node, `${path}.children[${index}]`);
      });
      return;
    }
    const lineNumber = node.position.start.line;
    if (node.position.end.line !== lineNumber) {
      // One token per line: a grid's measure (its label and values) or a word written one
      // character per line is one leaf over several lines, each cell from its own line(s).
      for (let number = lineNumber; number <= node.position.end.line; number++) {
        if (!isBlankLine(lines.at(number - 1)?.text ?? "")) covered.set(number, (covered.get(number) ?? 0) + 1);
      }
      for (const cell of node.cells) {
        if (spanText(text, cell.position).replace(/\s+/g, "") !== cell.text) problems.push(`${path}: cell "${cell.text}" differs from the source lines`);
      }
      return;
    }
    covered.set(lineNumber, (covered.get(lineNumber) ?? 0) + 1);
    const line = lines.at(lineNumber - 1);
    if (line && spanText(text, node.position) !== line.text.trim()) problems.push(`${path}: leaf text differs from its line`);
    for (const cell of node.cells) {
      if (spanText(text, cell.position) !== cell.text) problems.push(`${path}: cell "${cell.text}" differs from the source slice`);
    }
  }

  visit(tree, null, "root");
  for (const line of lines) {
    const count = covered.get(line.number) ?? 0;
    if (isBlankLine(line.text) && count > 0) problems.push(`line ${line.number}: blank but covered`);
    if (!isBlankLine(line.text) && count !== 1) problems.push(`line ${line.number}: covered ${count} times`);
  }
  return problems;
}
