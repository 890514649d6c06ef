/**
 * A grid written one token per line (SPEC §7.2 `tokens`, §7.3): K year headings on K lines,
 * then each measure's label followed by exactly K values (column-major). The lines come one
 * at a time, so a measure is decided only when the line after its values shows where it
 * ends: K values make a row; any other count leaves the label and its values unrecognised
 * (never a left-aligned guess); a label with no value after it was no measure at all, and
 * is handed back to be read afresh.
 */
import type { Cell, GridColumn, GridRowNode, Span } from "./ast.js";
import { isBareValue } from "./grid.js";
import type { Vocabulary } from "./vocabulary.js";

/** A content line as the parser holds it. */
export interface HeldLine {
  cells: Cell[];
  position: Span;
  text: string;
}

export type TokenStep =
  /** The line was taken (a label or value waits, or a row was made). */
  | { kind: "taken"; rows: GridRowNode[]; misfits: HeldLine[] }
  /** The grid is over: `replay` are held lines to read afresh, then the current line. */
  | { kind: "over"; rows: GridRowNode[]; misfits: HeldLine[]; replay: HeldLine[] };

function onlyCell(line: HeldLine): Cell {
  return line.cells.find((cell) => cell.text !== "") ?? { text: "", position: line.position };
}

export class TokenGrid {
  private label: HeldLine | null = null;
  private values: HeldLine[] = [];

  constructor(private readonly columns: readonly GridColumn[], private readonly vocabulary: Vocabulary, private readonly endsGrid: (text: string) => boolean) {}

  /** Feeds the next content line. */
  take(line: HeldLine): TokenStep {
    if (this.label && isBareValue(line.text)) {
      this.values.push(line);
      return { kind: "taken", rows: [], misfits: [] };
    }
    const flushed = this.flush();
    if (flushed.replay.length > 0 || this.endsGrid(line.text)) return { kind: "over", ...flushed };
    if (isBareValue(line.text)) {
      // A value with no label before it belongs to no measure.
      return { kind: "taken", rows: flushed.rows, misfits: [...flushed.misfits, line] };
    }
    this.label = line;
    return { kind: "taken", rows: flushed.rows, misfits: flushed.misfits };
  }

  /** Decides the waiting measure: at the next label, at a marker, at the end of the input. */
  flush(): { rows: GridRowNode[]; misfits: HeldLine[]; replay: HeldLine[] } {
    const label = this.label;
    const values = this.values;
    this.label = null;
    this.values = [];
    if (!label) return { rows: [], misfits: [], replay: [] };
    if (values.length === 0) return { rows: [], misfits: [], replay: [label] };
    if (values.length !== this.columns.length) return { rows: [], misfits: [label, ...values], replay: [] };
    const labelCell = onlyCell(label);
    const valueCells = values.map(onlyCell);
    const last = values[values.length - 1] ?? label;
    const row: GridRowNode = {
      type: "gridRow",
      label: labelCell,
      measure: this.vocabulary.measure(labelCell.text),
      values: valueCells.map((cell, column) => ({ column, cell })),
      unit: this.vocabulary.unitNote(labelCell.text),
      cells: [labelCell, ...valueCells],
      position: { start: label.position.start, end: last.position.end },
    };
    return { rows: [row], misfits: [], replay: [] };
  }
}
