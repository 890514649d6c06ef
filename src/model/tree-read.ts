/** Small readers over the syntax tree shared by the sheet builders. */
import type { Cell, FieldEntry, FieldNode, ParagraphNode, SectionNode, SheetNode, Span, TextBlockNode, YearBlockNode } from "../syntax/ast.js";
import type { SectionKey } from "../profile/schema.js";

/** A field entry with the text block that continues it, if any. */
export interface EntryRef {
  entry: FieldEntry;
  field: FieldNode;
  block: TextBlockNode | null;
}

/** Every field entry directly in a section or year block (not inside nested year blocks). */
export function entriesIn(node: SectionNode | YearBlockNode): EntryRef[] {
  const out: EntryRef[] = [];
  for (const child of node.children) {
    if (child.type === "field") {
      for (const entry of child.entries) out.push({ entry, field: child, block: null });
    } else if (child.type === "textBlock") {
      for (const item of child.children) {
        if (item.type !== "field") continue;
        for (const entry of item.entries) out.push({ entry, field: item, block: child.key === entry.key ? child : null });
      }
    }
  }
  return out;
}

/** The sections of a sheet with the given key, in order. */
export function sectionsOf(sheet: SheetNode, key: SectionKey): SectionNode[] {
  return sheet.children.filter((section) => section.key === key);
}

/** Trimmed paragraph lines of a text block. */
export function paragraphsOf(block: TextBlockNode): ParagraphNode[] {
  return block.children.filter((child): child is ParagraphNode => child.type === "paragraph");
}

/** Joins trimmed, non-empty pieces with "\n"; null when nothing is left (SPEC §3.0). */
export function joinText(pieces: readonly string[]): string | null {
  const kept = pieces.map((piece) => piece.trim()).filter((piece) => piece !== "");
  return kept.length > 0 ? kept.join("\n") : null;
}

/** The text of an entry: its value cell, then the lines of the block that continues it. */
export function entryText(ref: EntryRef): string | null {
  const pieces = [ref.entry.value?.text ?? ""];
  if (ref.block) for (const paragraph of paragraphsOf(ref.block)) pieces.push(paragraph.text);
  return joinText(pieces);
}

/** Where an entry's value stands, or, without a value cell, the point just after its label. */
export function valueSpan(entry: FieldEntry): Span {
  if (entry.value) return entry.value.position;
  const end = entry.label.position.end;
  return { start: end, end };
}

/** From where an entry's value starts to the end of the last line of text that continues it. */
export function entrySpan(ref: EntryRef): Span {
  const start = valueSpan(ref.entry);
  const last = ref.block ? paragraphsOf(ref.block).at(-1) : undefined;
  return last ? { start: start.start, end: last.position.end } : start;
}

/** The cell text or null when empty. */
export function cellText(cell: Cell | undefined): string | null {
  return cell && cell.text !== "" ? cell.text : null;
}
