/**
 * Context-free classification of one line: layout (blank, rule, artifact), a section
 * marker, or content whose meaning depends on the parser's state.
 */
import type { Line } from "../source/lines.js";
import { isBlankLine } from "../source/lines.js";
import type { Cell } from "./ast.js";
import type { MarkerMatch, Vocabulary } from "./vocabulary.js";

export type LineClass =
  | { kind: "blank" }
  | { kind: "rule" }
  | { kind: "artifact"; artifact: "line" | "pageNumber" }
  | { kind: "marker"; marker: MarkerMatch }
  | { kind: "content" };

/** A `----` rule row: every non-empty cell is two or more hyphens (a lone `-` is a not-applicable value). */
export function isRuleRow(cells: readonly Cell[]): boolean {
  let seen = false;
  for (const cell of cells) {
    if (cell.text === "") continue;
    if (cell.text.length < 2) return false;
    for (let i = 0; i < cell.text.length; i++) {
      const code = cell.text.charCodeAt(i);
      if (code !== 0x2d && code !== 0x2500 && code !== 0xff0d) return false;
    }
    seen = true;
  }
  return seen;
}

/** A bracketed note such as `（単位：千円）`. */
function isNote(text: string): boolean {
  return (text.startsWith("（") || text.startsWith("(")) && (text.endsWith("）") || text.endsWith(")"));
}

/** Index of the first non-empty cell, or -1. */
export function firstFilled(cells: readonly Cell[], from = 0): number {
  for (let i = from; i < cells.length; i++) if (cells[i]?.text !== "") return i;
  return -1;
}

/**
 * A marker stands in the row's first cell. The 成果指標 marker may carry the indicator
 * name in the next cell; other markers stand alone.
 */
function markerOf(cells: readonly Cell[], vocabulary: Vocabulary): MarkerMatch | null {
  const first = cells[0];
  if (!first || first.text === "") return null;
  const marker = vocabulary.marker(first.text);
  if (!marker) return null;
  // Other markers stand alone, but for a note in brackets (`（単位：千円）`).
  const rest = cells.slice(1).filter((cell) => cell.text !== "" && !isNote(cell.text));
  if (rest.length > 0 && marker.key !== "indicator") return null;
  return marker;
}

/** The classes that carry nothing of their own line: one object each, shared by every line (never changed). */
const BLANK: LineClass = Object.freeze({ kind: "blank" });
const RULE: LineClass = Object.freeze({ kind: "rule" });
const CONTENT: LineClass = Object.freeze({ kind: "content" });

export function classifyLine(line: Line, cells: readonly Cell[], vocabulary: Vocabulary): LineClass {
  if (isBlankLine(line.text)) return BLANK;
  if (isRuleRow(cells)) return RULE;
  // An artifact stands alone on its line: `NEXT CYCLE`, `- 3 -`.
  const only = firstFilled(cells);
  // A running header of several cells (`白鷺市 行政評価  企画政策課`) is matched as one line.
  const alone = only >= 0 && firstFilled(cells, only + 1) < 0;
  const artifact = only < 0 ? null : alone ? vocabulary.artifact(cells[only]?.text ?? "") : vocabulary.artifactOfCells(cells);
  if (artifact) return { kind: "artifact", artifact };
  const marker = markerOf(cells, vocabulary);
  if (marker) return { kind: "marker", marker };
  return CONTENT;
}
