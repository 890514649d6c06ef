/**
 * SPEC §7.1, never a wrong value: the evidence the parser asks for before it opens a
 * section, takes a row into a table, or takes a line as a value. Pure functions of the
 * profile's vocabulary and the row, so that each rule can be read (and tested) alone.
 */
import type { SectionKey } from "../profile/schema.js";
import type { Line } from "../source/lines.js";
import { parseFiscalYear, parseYearHeading } from "../japanese/fiscal-year.js";
import type { Cell, SheetNode } from "./ast.js";
import { firstFilled } from "./classify.js";
import { isLoneEnumerator } from "./enumerator.js";
import { readFieldRow } from "./rows.js";
import { matchKey } from "../source/normalize.js";
import type { Vocabulary } from "./vocabulary.js";

/** What a marker line does: open its section now, wait for the row that proves it, or stay unread. */
export type MarkerDecision = "open" | "await" | "refuse";

/** How many filled cells of a row the predicate accepts. */
function countCells(cells: readonly Cell[], accept: (text: string) => boolean): number {
  let count = 0;
  for (const cell of cells) if (cell.text !== "" && accept(cell.text)) count++;
  return count;
}

/**
 * Whether a marker may open its section. Words that also occur as headings or in prose
 * (`目標`, `主要事業と関連部署`, `成果指標`) open a section only where their sheet is open
 * or when the rows they need follow; the bracketed PDCA markers are evidence enough.
 */
export function decideMarker(key: SectionKey, sheet: SheetNode | null): MarkerDecision {
  switch (key) {
    case "mainProjects":
    case "targets":
    case "description":
      return "await";
    case "position": {
      // Inside a 事業 sheet the position follows 事業の説明.
      const inProject = sheet?.type === "projectSheet" && sheet.children.every((s) => s.key === "description");
      return inProject ? "open" : "await";
    }
    case "opinions":
      return sheet?.type === "policySheet" ? "open" : "await";
    case "achievementStatus":
      return sheet?.type === "policySheet" ? "open" : "refuse";
    case "indicator":
      return sheet?.type === "projectSheet" ? "open" : "refuse";
    case "do":
    case "check":
    case "action":
    case "plan":
      return "open";
  }
}

/** Whether the first content row after a waiting marker is the row its section needs. */
export function isEvidence(vocabulary: Vocabulary, key: SectionKey, line: Line, cells: readonly Cell[]): boolean {
  switch (key) {
    case "mainProjects":
      return countCells(cells, (text) => vocabulary.label("mainProjects", text) !== null) >= 2;
    case "targets": {
      const labels = countCells(cells, (text) => vocabulary.label("targets", text) !== null);
      return labels >= 2 || (labels >= 1 && countCells(cells, (text) => parseYearHeading(text) !== null) >= 1);
    }
    case "opinions": {
      const first = firstFilled(cells);
      return first >= 0 && vocabulary.opinionSource(cells[first]?.text ?? "") !== null;
    }
    case "position":
    case "description":
      return readFieldRow(line, cells, vocabulary, [key], 0, true) !== null;
    default:
      return true;
  }
}

/** Corner words of a grid's header (`区分`): in one token per line they stand alone, before the years. */
const GRID_CORNERS: ReadonlySet<string> = new Set(["区分", "項目", "年度"]);

/** A label, marker or year heading as a whole cell: it ends a running text. */
export function isStructureWord(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.isAnyLabel(text) || vocabulary.marker(text) !== null || parseFiscalYear(text) !== null || (text.length <= 4 && GRID_CORNERS.has(matchKey(text)));
}

/**
 * Whether a row may be taken as the value of a label standing alone on the line before:
 * one cell, never a label or marker of the profile, a year heading, or a lone enumerator.
 */
export function looksLikeValue(vocabulary: Vocabulary, cells: readonly Cell[]): boolean {
  const first = firstFilled(cells);
  const text = first >= 0 ? (cells[first]?.text ?? "") : "";
  // A row of several cells is a table or labelled row of its own.
  if (text === "" || firstFilled(cells, first + 1) >= 0) return false;
  return !isStructureWord(vocabulary, text) && !vocabulary.startsWithAnyLabel(text) && !isLoneEnumerator(text);
}

/**
 * Whether a row fits a 主要事業と関連部署 or 目標 table: two filled cells or more, and no
 * label of another part of the sheet in front (a repeated header of the table fits).
 */
export function fitsTable(vocabulary: Vocabulary, key: "mainProjects" | "targets", cells: readonly Cell[]): boolean {
  if (countCells(cells, () => true) < 2) return false;
  if (countCells(cells, (text) => vocabulary.label(key, text) !== null) >= 2) return true;
  const text = cells[firstFilled(cells)]?.text ?? "";
  return !isStructureWord(vocabulary, text) && !vocabulary.startsWithAnyLabel(text);
}

/**
 * Whether a row ends an opinion or 目標の達成状況 section. They are prose that runs to the
 * next marker across single blank lines; they end, and the row is read afresh, at two
 * blank lines (an empty box: a chart), at a row of several cells (a table or labelled row,
 * not prose — but an opinion's source row may carry its text), or at a structure word.
 */
export function endsTextSection(vocabulary: Vocabulary, mode: SectionKey | "top", sectionOver: boolean, cells: readonly Cell[], blankRun: number): boolean {
  if ((mode !== "opinions" && mode !== "achievementStatus") || sectionOver) return false;
  if (blankRun >= 2) return true;
  const first = firstFilled(cells);
  const text = cells[first]?.text ?? "";
  if (mode === "opinions" && vocabulary.opinionSource(text) !== null) return false;
  return firstFilled(cells, first + 1) >= 0 || isStructureWord(vocabulary, text);
}
