import type { LineTable } from "../../source/lines.js";
import type { SheetNode, Span } from "../../syntax/ast.js";
import { defineRule } from "../types.js";
import { namePolicy, nameProject, placeOf } from "../sheets.js";

/** The pairs a sheet should not mix, as written (fullwidth only: `5,000` and `35.8` are numbers). */
const PAIRS = [
  { messageId: "mixedCommas", marks: ["，", "、"] },
  { messageId: "mixedPeriods", marks: ["．", "。"] },
] as const;

interface Tally {
  count: number;
  /** The first occurrence. */
  first: Span | null;
}

/** Counts a mark over the sheet's own text, remembering where it first stands. */
function tally(lines: LineTable, node: SheetNode, mark: string): Tally {
  const result: Tally = { count: 0, first: null };
  const base = node.position.start.offset;
  // Search the sheet's own text only: a search of the whole file per sheet is quadratic.
  const text = lines.text.slice(base, node.position.end.offset);
  let at = text.indexOf(mark);
  while (at >= 0) {
    if (!result.first) {
      const start = lines.pointAt(base + at);
      result.first = { start, end: { line: start.line, column: start.column + 1, offset: base + at + 1 } };
    }
    result.count++;
    at = text.indexOf(mark, at + 1);
  }
  return result;
}

/**
 * SPEC §5: one sheet (a 施策 or 事業 sheet's own lines, every cell of them) mixes `，` and `、`,
 * or `．` and `。`. Reported once per pair, at the first use of the rarer mark.
 */
export const mixedPunctuation = defineRule({
  id: "mixed-punctuation",
  defaultSeverity: "info",
  description: "One sheet mixes ， and 、 (or ． and 。), judged on the text as written.",
  messageIds: ["mixedCommas", "mixedPeriods"],
  create({ lines, report }) {
    return {
      sheet(entry) {
        const { node } = entry;
        const place = placeOf(node);
        const who = entry.kind === "project" ? nameProject(entry.project, place) : namePolicy(entry.policy, place);
        for (const { messageId, marks } of PAIRS) {
          const [a, b] = marks;
          const first = tally(lines, node, a);
          const second = tally(lines, node, b);
          if (first.count === 0 || second.count === 0) continue;
          // The rarer mark is the stray one; on a tie, the one that appears later.
          const aIsStray = first.count < second.count || (first.count === second.count && (first.first?.start.offset ?? 0) > (second.first?.start.offset ?? 0));
          const [stray, usual] = aIsStray ? [a, b] : [b, a];
          const span = (aIsStray ? first : second).first;
          if (!span) continue;
          const strayCount = aIsStray ? first.count : second.count;
          const usualCount = aIsStray ? second.count : first.count;
          report({ messageId, data: { usual, stray, usualCount, strayCount, who }, span });
        }
      },
    };
  },
});
