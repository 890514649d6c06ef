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
import { PROSE_KEYS } from "../profile/fields.js";
import { isTrimSpace } from "../source/normalize.js";

/** A sub-cell of a cell: columns [from, to) of its text, trimmed, its position trimmed alike. */
function subCell(line: Line, cell: Cell, from: number, to: number): Cell {
  const base = cell.position.start.column - 1;
  let start = from;
  let end = to;
  while (start < end && isTrimSpace(cell.text.charCodeAt(start))) start++;
  while (end > start && isTrimSpace(cell.text.charCodeAt(end - 1))) end--;
  return { text: cell.text.slice(start, end), position: spanOf(line, base + start, base + end) };
}



/**
 * Where the next `label value` pair starts inside a cell, after `from` (SPEC §7.2): a token
 * after a space that is a label, alone or heading the rest (`担当課 健康福祉部 国保年金課
 * 所属長名 山田 太郎` → at 所属長名). The cell's length when there is none.
 */
function nextLabelAt(vocabulary: Vocabulary, contexts: readonly LabelContext[], text: string, from: number): number {
  for (let k = from + 1; k < text.length; k++) {
    if (!isTrimSpace(text.charCodeAt(k - 1)) || isTrimSpace(text.charCodeAt(k))) continue;
    let end = k;
    while (end < text.length && !isTrimSpace(text.charCodeAt(end))) end++;
    if (labelOf(vocabulary, contexts, text.slice(k, end)) || inlineOf(vocabulary, contexts, text.slice(k))) return k;
  }
  return text.length;
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
  // The rest of a cell after a `label value` pair, when another label follows in it.
  let rest: Cell | null = null;
  while (rest !== null || i < cells.length) {
    const fromRest = rest !== null;
    const cell = rest ?? cells[i];
    rest = null;
    if (!cell || cell.text === "") {
      i++;
      continue;
    }
    const hit = labelOf(vocabulary, contexts, cell.text);
    if (hit && fromRest) {
      // A label ending its cell: its value is not in the cell.
      entries.push({ context: hit.context, key: hit.key, label: cell, value: null });
      i++;
      continue;
    }
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
    const inline = allowInline || fromRest ? inlineOf(vocabulary, contexts, cell.text) : null;
    if (inline) {
      // Several `label value` pairs may share a cell; a prose value runs to the cell's end.
      const end = PROSE_KEYS.has(inline.key) ? cell.text.length : nextLabelAt(vocabulary, contexts, cell.text, inline.valueStart);
      entries.push({
        context: inline.context,
        key: inline.key,
        label: subCell(line, cell, 0, inline.labelEnd),
        value: subCell(line, cell, inline.valueStart, end),
      });
      if (end < cell.text.length) rest = subCell(line, cell, end, cell.text.length);
      else i++;
      continue;
    }
    if (fromRest) {
      stray?.push(cell);
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
  const extra = vocabulary.inlineExtra(text);
  return extra ? { context: "extras", ...extra } : null;
}
