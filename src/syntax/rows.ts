/**
 * Reads a content row as label → value pairs. A label stands in its own cell, with its
 * value in the next filled cell (or, when all are empty, the last empty cell before the
 * next label, where the value belongs), or shares a cell with its value
 * (`事業の目的 市民の…`).
 */
import type { LabelContext } from "../profile/schema.js";
import type { Line } from "../source/lines.js";
import type { Cell, FieldEntry } from "./ast.js";
import { spanOf } from "./cells.js";
import type { Vocabulary } from "./vocabulary.js";

/** A sub-cell of a cell: columns [from, to) of its text. */
function subCell(line: Line, cell: Cell, from: number, to: number): Cell {
  const base = cell.position.start.column - 1;
  return { text: cell.text.slice(from, to).trim(), position: spanOf(line, base + from, base + to) };
}

interface LabelHit {
  context: LabelContext | "extras";
  key: string;
}

function labelOf(vocabulary: Vocabulary, contexts: readonly LabelContext[], text: string): LabelHit | null {
  for (const context of contexts) {
    const key = vocabulary.label(context, text);
    if (key !== null) return { context, key };
  }
  const extra = vocabulary.extra(text);
  return extra === null ? null : { context: "extras", key: extra };
}

/**
 * The label → value entries of a row whose first filled cell is a label of one of the
 * contexts; null when the row does not start with a label.
 */
export function readFieldRow(line: Line, cells: readonly Cell[], vocabulary: Vocabulary, contexts: readonly LabelContext[], from = 0, allowInline = true, stray?: Cell[]): FieldEntry[] | null {
  const entries: FieldEntry[] = [];
  let i = from;
  while (i < cells.length) {
    const cell = cells[i];
    if (!cell || cell.text === "") {
      i++;
      continue;
    }
    const hit = labelOf(vocabulary, contexts, cell.text);
    if (hit) {
      let value: Cell | null = null;
      let j = i + 1;
      for (; j < cells.length; j++) {
        const next = cells[j];
        if (!next) break;
        if (next.text === "") {
          value = next;
          continue;
        }
        if (labelOf(vocabulary, contexts, next.text) || inlineOf(vocabulary, contexts, next.text)) break;
        value = next;
        j++;
        break;
      }
      const entry: FieldEntry = { context: hit.context, key: hit.key, label: cell, value };
      const unit = vocabulary.unitNote(cell.text);
      if (unit !== null) entry.unit = unit;
      entries.push(entry);
      i = j;
      continue;
    }
    const inline = allowInline ? inlineOf(vocabulary, contexts, cell.text) : null;
    if (inline) {
      entries.push({
        context: inline.context,
        key: inline.key,
        label: subCell(line, cell, 0, inline.labelEnd),
        value: subCell(line, cell, inline.valueStart, cell.text.length),
      });
      i++;
      continue;
    }
    // A row must begin with a label; a later cell that no label claims is collected, so
    // that check can report it instead of losing it silently.
    if (entries.length === 0) return null;
    stray?.push(cell);
    i++;
  }
  return entries.length > 0 ? entries : null;
}

function inlineOf(vocabulary: Vocabulary, contexts: readonly LabelContext[], text: string): (LabelHit & { labelEnd: number; valueStart: number }) | null {
  for (const context of contexts) {
    const hit = vocabulary.inlineLabel(context, text);
    if (hit) return { context, ...hit };
  }
  return null;
}
