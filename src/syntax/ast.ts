/**
 * The typed syntax tree. It is syntactic: it says which rows carry which labels and
 * cells; the model decides what they mean. Positions follow unist: line and column
 * 1-based, offset 0-based, end exclusive, in UTF-16 code units.
 */
import type { LabelContext, SectionKey } from "../profile/schema.js";

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
}

export type LeafNode = MarkerNode | FieldNode | TableRowNode | ParagraphNode | RuleNode | ArtifactNode | UnrecognizedNode;

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
  position: Span;
  children: (FieldNode | TextBlockNode | RuleNode | ArtifactNode | UnrecognizedNode)[];
}

export type SectionChild = LeafNode | TextBlockNode | TableNode | YearBlockNode;

/** A section from its marker (first child) to the next marker. */
export interface SectionNode {
  type: "section";
  key: SectionKey;
  position: Span;
  children: SectionChild[];
}

export interface SheetNode {
  type: "policySheet" | "projectSheet";
  position: Span;
  children: SectionNode[];
}

export interface RootNode {
  type: "root";
  position: Span;
  children: (SheetNode | LeafNode)[];
}

export type ParentNode = RootNode | SheetNode | SectionNode | YearBlockNode | TableNode | TextBlockNode;
export type SyntaxNode = ParentNode | LeafNode;
