/**
 * The typed syntax tree. It is syntactic: it says which rows carry which labels and
 * cells; the model decides what they mean. Positions follow unist: line and column
 * 1-based, offset 0-based, end exclusive, in UTF-16 code units.
 */
import type { LabelContext, MeasureKey, SectionKey } from "../profile/schema.js";
import type { HeadingPhase } from "../japanese/grid-heading.js";

export interface Point {
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  /** 0-based offset into the decoded text in UTF-16 code units. */
  offset: number;
}

export interface Span {
  start: Point;
  /** Exclusive. */
  end: Point;
}

/** A tab-separated cell, trimmed; an empty cell has a zero-width position where it stands. */
export interface Cell {
  text: string;
  position: Span;
}

/** A year label as written plus its Western fiscal year. */
export interface YearRef {
  year: number;
  label: string;
}

/** One label → value pair of a row. A row may hold several (horizontal position rows). */
export interface FieldEntry {
  context: LabelContext | "extras";
  /** Canonical key within the context (`budget`, `approach`); for extras the label as written. */
  key: string;
  label: Cell;
  /** The value cell, or null when the row has no cell for it. */
  value: Cell | null;
  /** A unit named by the label's note (`予算額（千円）`), for values written without one. */
  unit?: string;
}

interface LeafBase {
  position: Span;
  /** Every cell of the row, in order. */
  cells: Cell[];
}

/** A section marker line (`【Check】令和2年度実績の評価と分析`). */
export interface MarkerNode extends LeafBase {
  type: "marker";
  key: SectionKey;
  /** The year named inside the marker, if its variant has `{year}`. */
  year: YearRef | null;
}

/** A row of label → value pairs. `year` is set on the row that opens a fiscal-year block. */
export interface FieldNode extends LeafBase {
  type: "field";
  entries: FieldEntry[];
  year: YearRef | null;
  /** Filled cells of the row that no label claims (present only when there are some). */
  stray?: Cell[];
}

/** A row of a table (header or data). */
export interface TableRowNode extends LeafBase {
  type: "tableRow";
}

/** A line of running text. */
export interface ParagraphNode extends LeafBase {
  type: "paragraph";
  /** The line trimmed. */
  text: string;
}

/** A `----` table rule left over from extraction. */
export interface RuleNode extends LeafBase {
  type: "rule";
}

/** A layout leftover: `NEXT CYCLE`, page numbers. */
export interface ArtifactNode extends LeafBase {
  type: "artifact";
  kind: "line" | "pageNumber";
}

/** A content line no rule understood. */
export interface UnrecognizedNode extends LeafBase {
  type: "unrecognized";
  /** Why a line that looked like structure was not read: a year heading with no era in reach. */
  reason?: "yearWithoutEra";
}

/** A sheet's title line (`令和5年度 事務事業評価シート`): it starts a sheet and may name the sheet's own year. */
export interface TitleNode extends LeafBase {
  type: "title";
  year: YearRef | null;
}

/** A table's unit note on a line of its own (`(単位：千円)`): bare numbers of the tables after it take the unit. */
export interface UnitNoteNode extends LeafBase {
  type: "unitNote";
  unit: string;
}

/** One measure row of a grid: its label and a value cell per column it has one for. */
export interface GridRowNode extends LeafBase {
  type: "gridRow";
  label: Cell;
  /** The record key the profile maps the label to; null: an extras measure, kept under its label. */
  measure: MeasureKey | null;
  /** Index into the grid's columns → the cell under it (an empty cell is a blank value). */
  values: { column: number; cell: Cell }[];
  /** The unit the label's note (`参加者数(人)`) or the row's 単位 cell names. */
  unit: string | null;
  /** Filled cells with no heading above them. */
  stray?: Cell[];
}

export type LeafNode = MarkerNode | FieldNode | TableRowNode | ParagraphNode | RuleNode | ArtifactNode | UnrecognizedNode | TitleNode | UnitNoteNode | GridRowNode;

/** A text that may span lines: an optional label row, then paragraph lines. */
export interface TextBlockNode {
  type: "textBlock";
  /** `activities`, `evaluation`, … or `opinion`, `achievementStatus`, `indicatorName`. */
  key: string;
  /** For an opinion: the source named before `からの意見`. */
  source?: string;
  position: Span;
  children: (FieldNode | ParagraphNode | ArtifactNode)[];
}

/** A table: `mainProjects`, `targets` (header row first) or `futureTargets` (label row, years row, values row). */
export interface TableNode {
  type: "table";
  key: "mainProjects" | "targets" | "futureTargets";
  position: Span;
  children: (TableRowNode | FieldNode | RuleNode | ArtifactNode)[];
}

/** The rows of one fiscal year, opened by `令和N年度 ⇥ 予算額|決算額`. */
export interface YearBlockNode {
  type: "yearBlock";
  year: YearRef;
  /** Opened by a single year's label (`令和4年度決算額`, or `予算額` in a sheet whose title names its year), not a year row. */
  single?: true;
  position: Span;
  children: (FieldNode | TextBlockNode | RuleNode | ArtifactNode | UnrecognizedNode)[];
}

/** One column of a grid: a year, with the phase its heading (or the heading under it) names. */
export interface GridColumn {
  year: YearRef;
  phase: HeadingPhase | null;
  /** The year heading; for two columns per year, `sub` is the phase heading under it. */
  heading: Cell;
  sub: Cell | null;
}

/**
 * A grid (SPEC §7.3): a header row of year headings, then measure rows with one value per
 * column. Header rows are `tableRow` children; rows that do not fit are `unrecognized`.
 */
export interface GridNode {
  type: "grid";
  columns: GridColumn[];
  /** The table's unit note (`金額(千円)` in the corner, or `(単位：千円)` before it). */
  unit: string | null;
  position: Span;
  children: (TableRowNode | GridRowNode | UnrecognizedNode | UnitNoteNode | RuleNode | ArtifactNode)[];
}

export type SectionChild = LeafNode | TextBlockNode | TableNode | YearBlockNode | GridNode;

/** A section from its marker (first child) to the next marker. */
export interface SectionNode {
  type: "section";
  key: SectionKey;
  position: Span;
  children: SectionChild[];
}

export interface SheetNode {
  type: "policySheet" | "projectSheet";
  /** The sheet's own fiscal year, named by its title. */
  year?: YearRef;
  position: Span;
  children: SectionNode[];
}

export interface RootNode {
  type: "root";
  position: Span;
  children: (SheetNode | LeafNode)[];
}

export type ParentNode = RootNode | SheetNode | SectionNode | YearBlockNode | TableNode | TextBlockNode | GridNode;
export type SyntaxNode = ParentNode | LeafNode;
