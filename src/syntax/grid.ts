/**
 * Grids of years (SPEC §7.3, §7.1): a header row of two or more year headings, then measure
 * rows `label, v1 … vK`. A value is assigned to a column only where the geometry is certain:
 * by cell index where empty cells are kept (tabs, pipes), by count or else by column offset
 * where they are not (runs of spaces), and by exact count where one cell holds the row on
 * single spaces. A row that fits none of these is a misfit: unrecognised, never left-aligned.
 * (One token per line is read by the parser, which sees the lines one at a time.)
 */
import type { Line } from "../source/lines.js";
import { isTrimSpace, matchKey } from "../source/normalize.js";
import { mayStartYear, parseGridHeading, phaseWord, type GridHeading } from "../japanese/grid-heading.js";
import type { Era } from "../japanese/fiscal-year.js";
import { parseQuantity } from "../japanese/quantity.js";
import type { MeasureKey } from "../profile/schema.js";
import type { Cell, GridColumn } from "./ast.js";
import { cellAt } from "./cells.js";
import { isStructureWord } from "./evidence.js";
import type { Layout } from "./layout.js";
import type { Vocabulary } from "./vocabulary.js";

/** How a row's values are placed under the headings. */
export type GridGeometry = "index" | "offset" | "words";

/** Where a column stands: its cell index (index, words) and its extent on the line (offset). */
interface Slot {
  index: number;
  from: number;
  to: number;
  /**
   * Offset geometry: the extent of the values placed under the column by rows with a value
   * for every column. A heading and its numbers need not line up (pdftotext centres one and
   * right-aligns the other); the numbers of one column do.
   */
  values?: { from: number; to: number };
}

/** A grid's shape, kept by the parser while its rows are read. */
export interface GridShape {
  geometry: GridGeometry;
  columns: GridColumn[];
  slots: Slot[];
  /** The 単位 column, whose cell in each row is that row's unit. */
  unitSlot: Slot | null;
  /** The unit the corner cell names (`金額(千円)`). */
  unit: string | null;
  /** Whether a phase row (`予算 | 決算` under each year) may still follow. */
  awaitsPhases: boolean;
}

/** What the sheet knows that resolves a heading: the era in reach and its own year. */
export interface HeadingContext {
  era: Era | null;
  sheetYear: number | null;
}

export type HeaderRead =
  | { kind: "header"; shape: GridShape; eras: Era[] }
  /** Year headings whose year cannot be known (`25年度` with no era): a diagnostic, never a guess. */
  | { kind: "unresolved" };

interface Piece {
  cell: Cell;
  index: number;
  from: number;
  to: number;
}

function pieceOf(cell: Cell, index: number): Piece {
  return { cell, index, from: cell.position.start.column - 1, to: cell.position.end.column - 1 };
}

/** The filled cells of a row with their index and extent. */
function filledPieces(cells: readonly Cell[]): Piece[] {
  const pieces: Piece[] = [];
  cells.forEach((cell, index) => {
    if (cell.text !== "") pieces.push(pieceOf(cell, index));
  });
  return pieces;
}

/** The words of a cell split on spaces, each as a cell of its own line (positions exact). */
function wordsOf(line: Line, cell: Cell): Piece[] {
  const start = cell.position.start.column - 1;
  const pieces: Piece[] = [];
  const pattern = /[^ \u3000\t]+/g;
  for (let match = pattern.exec(cell.text); match !== null; match = pattern.exec(cell.text)) {
    const from = start + match.index;
    pieces.push(pieceOf(cellAt(line, from, from + match[0].length), pieces.length));
  }
  return pieces;
}

/** `区分 H30 R1 R2 R3 R4 R5 …`: a dozen short words at most. */
const MAX_WORDS_HEADER = 160;

/** Whether a word of a cell, from `from` to its first space, is a year heading; false when no word starts there. */
function wordIsYear(text: string, from: number, context: HeadingContext): boolean {
  if (from >= text.length || isTrimSpace(text.charCodeAt(from))) return false;
  // The first-character test looks at the text in place: most words are not sliced out.
  if (!mayStartYear(text, from)) return false;
  let end = from;
  while (end < text.length && !isTrimSpace(text.charCodeAt(end))) end++;
  return parseGridHeading(text.slice(from, end), context.era ?? "reiwa", context.sheetYear) !== null;
}

/**
 * Whether the first or second space-separated word of a cell is a year heading: the words
 * of `^\s*(\S+)(?:[ \u3000]+(\S+))?`, found by scanning (\s is what `trim()` removes).
 */
function secondWordIsYear(text: string, context: HeadingContext): boolean {
  let start = 0;
  while (start < text.length && isTrimSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return false;
  if (wordIsYear(text, start, context)) return true;
  let next = start;
  while (next < text.length && !isTrimSpace(text.charCodeAt(next))) next++;
  // Only plain and ideographic spaces part the two words.
  const gap = next;
  while (next < text.length && (text.charCodeAt(next) === 0x20 || text.charCodeAt(next) === 0x3000)) next++;
  return next > gap && wordIsYear(text, next, context);
}

function isUnitHeading(text: string): boolean {
  return matchKey(text) === "単位";
}

/** The unit a corner cell names: `金額(千円)`, `(単位：千円)`. */
function cornerUnit(vocabulary: Vocabulary, text: string): string | null {
  return vocabulary.tableUnit(text) ?? vocabulary.unitNote(text);
}

/**
 * A grid header row, or null. `layout` decides the geometry: cells by index where empty
 * cells are kept, by offset for runs of spaces; a row that is one cell of words on single
 * spaces (`区分 H30 R1 R2`) is read word by word.
 */
export function readGridHeader(line: Line, cells: readonly Cell[], layout: Layout, vocabulary: Vocabulary, context: HeadingContext): HeaderRead | null {
  // Two of the row's cells must be years: most rows are rejected on first characters alone.
  let starts = 0;
  let filled = 0;
  for (const cell of cells) {
    if (cell.text === "") continue;
    filled++;
    if (starts < 2 && mayStartYear(cell.text)) starts++;
  }
  if (starts < 2 && filled !== 1) return null;
  let pieces = filledPieces(cells);
  let geometry: GridGeometry = layout === "spaces" ? "offset" : "index";
  if (pieces.length === 1 && pieces[0]) {
    // A header on single spaces is short and its second word is a year: prose is rejected
    // before it is split into words (most single-cell lines are prose).
    if (pieces[0].cell.text.length > MAX_WORDS_HEADER || !secondWordIsYear(pieces[0].cell.text, context)) return null;
    pieces = wordsOf(line, pieces[0].cell);
    geometry = "words";
  }
  if (pieces.length < 2) return null;
  const headings: { piece: Piece; heading: GridHeading }[] = [];
  let unitSlot: Slot | null = null;
  let unit: string | null = null;
  for (const [k, piece] of pieces.entries()) {
    const heading = parseGridHeading(piece.cell.text, context.era, context.sheetYear);
    if (heading) {
      headings.push({ piece, heading });
    } else if (isUnitHeading(piece.cell.text) && unitSlot === null && geometry !== "words") {
      unitSlot = piece;
    } else if (k === 0 && !vocabulary.marker(piece.cell.text)) {
      // The corner: 区分, 年度, or a unit note (`金額(千円)`).
      unit = cornerUnit(vocabulary, piece.cell.text);
    } else {
      return null;
    }
  }
  if (headings.length < 2) return null;
  // `平成28年度 29年度`: an era written in the row is in reach of the row's era-less years.
  const rowEra = context.era ?? headings.find(({ heading }) => heading.era !== null)?.heading.era ?? null;
  if (rowEra !== context.era) {
    for (const item of headings) if (item.heading.year === null) item.heading = parseGridHeading(item.piece.cell.text, rowEra, context.sheetYear) ?? item.heading;
  }
  if (headings.some(({ heading }) => heading.year === null)) return { kind: "unresolved" };
  const columns: GridColumn[] = headings.map(({ piece, heading }) => ({ year: { year: heading.year ?? 0, label: heading.yearLabel }, phase: heading.phase, heading: piece.cell, sub: null }));
  // One column per year and phase: the same year twice with one phase leaves a value's year in doubt.
  const seen = new Set(columns.map((column) => `${column.year.year}/${column.phase ?? ""}`));
  if (seen.size !== columns.length) return null;
  const eras = headings.flatMap(({ heading }) => (heading.era === null ? [] : [heading.era]));
  const shape: GridShape = { geometry, columns, slots: headings.map(({ piece }) => piece), unitSlot, unit, awaitsPhases: true };
  return { kind: "header", shape, eras };
}

/**
 * The phase row under a header whose years span two columns each (`予算 | 決算`): by index,
 * each phase heading belongs to the year at or before it (a merged cell's value stands at
 * its left); otherwise the phase headings must come in equal groups, one group per year.
 * Returns the grid's new columns, or null when the row is no phase row.
 */
export function readPhaseRow(line: Line, cells: readonly Cell[], shape: GridShape): { columns: GridColumn[]; slots: Slot[] } | null {
  let pieces = filledPieces(cells);
  if (shape.geometry === "words" && pieces.length === 1 && pieces[0]) pieces = wordsOf(line, pieces[0].cell);
  if (pieces.length < shape.columns.length || !pieces.every((piece) => phaseWord(piece.cell.text) !== null)) return null;
  const columns: GridColumn[] = [];
  const slots: Slot[] = [];
  if (shape.geometry === "index") {
    for (const piece of pieces) {
      let owner = -1;
      shape.slots.forEach((slot, k) => {
        if (slot.index <= piece.index) owner = k;
      });
      const column = shape.columns[owner];
      // A phase heading left of every year, or under the unit column, is not this grid's.
      if (!column || (shape.unitSlot !== null && piece.index === shape.unitSlot.index)) return null;
      columns.push({ ...column, phase: phaseWord(piece.cell.text), sub: piece.cell });
      slots.push(piece);
    }
    // Every year needs its phase columns.
    if (new Set(columns.map((column) => column.year.year)).size !== new Set(shape.columns.map((column) => column.year.year)).size) return null;
  } else {
    const per = pieces.length / shape.columns.length;
    if (!Number.isInteger(per)) return null;
    pieces.forEach((piece, k) => {
      const column = shape.columns[Math.floor(k / per)];
      if (!column) return;
      columns.push({ ...column, phase: phaseWord(piece.cell.text), sub: piece.cell });
      slots.push(piece);
    });
  }
  const seen = new Set(columns.map((column) => `${column.year.year}/${column.phase ?? ""}`));
  return seen.size === columns.length ? { columns, slots } : null;
}

export type RowRead =
  | { kind: "row"; label: Cell; measure: MeasureKey | null; values: { column: number; cell: Cell }[]; unit: string | null; stray: Cell[] }
  /** The row belongs to no grid (a label, a marker, a new header): the grid ends and the row is read afresh. */
  | { kind: "end" }
  /** A measure row whose values cannot be placed with certainty: unrecognised, the grid goes on. */
  | { kind: "misfit" };

/** A value cell must not look like structure: a label, a marker or a year heading is refused. */
function looksLikeStructure(vocabulary: Vocabulary, text: string): boolean {
  return text !== "" && (isStructureWord(vocabulary, text) || vocabulary.startsWithAnyLabel(text) || parseGridHeading(text, "reiwa", null) !== null);
}

/** Whether a cell is a number or a not-applicable mark, written alone (no unit after a space). */
export function isBareValue(text: string): boolean {
  const parsed = parseQuantity(text);
  return parsed.valid && (parsed.quantity.status === "value" || parsed.quantity.status === "notApplicable");
}

/** Whether a row's first cell ends the grid: a heading, a marker, a unit note, or a label that measures nothing. */
export function endsGrid(vocabulary: Vocabulary, text: string): boolean {
  if (vocabulary.measure(text) !== null) return false;
  return parseGridHeading(text, "reiwa", null) !== null || vocabulary.tableUnit(text) !== null || isStructureWord(vocabulary, text) || vocabulary.startsWithAnyLabel(text) || vocabulary.title(text) !== null;
}

/** Reads a measure row of the grid. */
export function readGridRow(line: Line, cells: readonly Cell[], shape: GridShape, vocabulary: Vocabulary): RowRead {
  const pieces = filledPieces(cells);
  const first = pieces[0];
  if (!first) return { kind: "misfit" };
  let placed: RowRead;
  if (shape.geometry === "words") placed = byWords(line, first, pieces.length, shape);
  else if (shape.geometry === "index") placed = byIndex(cells, pieces, shape);
  else placed = byOffset(pieces, shape);
  // On single spaces the label is known only once the values are counted off the row's end.
  const label = placed.kind === "row" ? placed.label.text : first.cell.text;
  if (endsGrid(vocabulary, label)) return { kind: "end" };
  if (placed.kind !== "row") return placed;
  // A row whose label is a number or a mark (`— 人 ⇥ ⇥ 人`) has lost its label: nothing names its measure.
  if (isBareValue(label) || parseQuantity(label).quantity.status === "notApplicable") return { kind: "misfit" };
  placed.measure = vocabulary.measure(label);
  if (placed.values.some(({ cell }) => looksLikeStructure(vocabulary, cell.text))) return { kind: "misfit" };
  placed.unit = vocabulary.unitNote(placed.label.text) ?? placed.unit;
  return placed;
}

function byIndex(cells: readonly Cell[], pieces: Piece[], shape: GridShape): RowRead {
  const label = pieces[0];
  if (!label) return { kind: "misfit" };
  const indexes = shape.slots.map((slot) => slot.index);
  const firstColumn = Math.min(...indexes, shape.unitSlot?.index ?? Number.POSITIVE_INFINITY);
  const lastColumn = Math.max(...indexes, shape.unitSlot?.index ?? -1);
  // Every column's cell must be there (an empty one is a blank value): a short row is no row of this grid.
  if (label.index >= firstColumn || cells.length <= lastColumn) return { kind: "misfit" };
  if (pieces.some((piece) => piece !== label && piece.index < firstColumn)) return { kind: "misfit" };
  const values = shape.slots.map((slot, column) => ({ column, cell: cells[slot.index] ?? label.cell }));
  const claimed = new Set([...indexes, shape.unitSlot?.index ?? -1, label.index]);
  const stray = pieces.filter((piece) => !claimed.has(piece.index)).map((piece) => piece.cell);
  const unit = shape.unitSlot ? cells[shape.unitSlot.index]?.text || null : null;
  return { kind: "row", label: label.cell, measure: null, values, unit, stray };
}

function overlap(a: Slot, b: Piece): number {
  return Math.min(a.to, b.to) - Math.max(a.from, b.from);
}

function byOffset(pieces: Piece[], shape: GridShape): RowRead {
  const [label, ...rest] = pieces;
  if (!label) return { kind: "misfit" };
  // The unit column and the year columns, left to right: a value goes under one of them.
  const slots: { slot: Slot; column: number }[] = shape.slots.map((slot, column) => ({ slot, column }));
  if (shape.unitSlot) slots.push({ slot: shape.unitSlot, column: -1 });
  slots.sort((a, b) => a.slot.from - b.slot.from);
  const leftmost = slots[0]?.slot.from ?? 0;
  if (label.from >= leftmost || rest.length > slots.length) return { kind: "misfit" };
  const assigned = new Map<number, Cell>();
  if (rest.length === slots.length) {
    rest.forEach((piece, k) => {
      const target = slots[k];
      if (!target) return;
      assigned.set(target.column, piece.cell);
      const known = target.slot.values;
      target.slot.values = known ? { from: Math.min(known.from, piece.from), to: Math.max(known.to, piece.to) } : { from: piece.from, to: piece.to };
    });
  } else {
    // Fewer values than headings: each must sit under exactly one column — the numbers of the
    // full rows above it once there are some, else the headings — and no two under the same.
    const learned = slots.every(({ slot }) => slot.values !== undefined);
    for (const piece of rest) {
      const under = slots.filter(({ slot }) => overlap(learned && slot.values ? { ...slot, ...slot.values } : slot, piece) > 0);
      const only = under[0];
      if (under.length !== 1 || !only || assigned.has(only.column)) return { kind: "misfit" };
      assigned.set(only.column, piece.cell);
    }
  }
  const values = [...assigned].filter(([column]) => column >= 0).map(([column, cell]) => ({ column, cell })).sort((a, b) => a.column - b.column);
  const unit = assigned.get(-1)?.text ?? null;
  return { kind: "row", label: label.cell, measure: null, values, unit, stray: [] };
}

function byWords(line: Line, first: Piece, filled: number, shape: GridShape): RowRead {
  if (filled !== 1) return { kind: "misfit" };
  const words = wordsOf(line, first.cell);
  const count = shape.slots.length;
  if (words.length < count + 1) return { kind: "misfit" };
  const labelWords = words.slice(0, words.length - count);
  const valueWords = words.slice(words.length - count);
  // Split on single spaces only when it is certain: every value a bare number or mark, and
  // the label not ending in one (that would be one value too many).
  const lastLabel = labelWords[labelWords.length - 1];
  if (!valueWords.every((word) => isBareValue(word.cell.text)) || (lastLabel && isBareValue(lastLabel.cell.text))) return { kind: "misfit" };
  const firstLabel = labelWords[0];
  if (!firstLabel || !lastLabel) return { kind: "misfit" };
  const label = cellAt(line, firstLabel.from, lastLabel.to);
  const values = valueWords.map((word, column) => ({ column, cell: word.cell }));
  return { kind: "row", label, measure: null, values, unit: null, stray: [] };
}
