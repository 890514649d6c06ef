import { defineRule } from "../types.js";
import type { Cell } from "../../syntax/ast.js";

/**
 * SPEC §5: a filled cell of a row that was read (a field row, a table row, a marker row)
 * that no column or label claims. Its text stays in the syntax tree; this names it.
 */
export const unclaimedCell = defineRule({
  id: "unclaimed-cell",
  defaultSeverity: "warning",
  description: "A cell of a row that was read that no column or label claims (an extra 備考 column, a note after a marker), or a field's second, different value.",
  messageIds: ["unclaimedCell", "secondValue"],
  create({ report }) {
    // The cells of the leaves, kept (not their tree) until the model's own are reported first.
    const leafCells: Cell[] = [];
    return {
      leaf(leaf) {
        // One push per cell: spreading a 500,000-cell row would overflow the call stack.
        if (leaf.type === "field" || leaf.type === "gridRow") for (const cell of leaf.stray ?? []) leafCells.push(cell);
        // A title stands alone but for its note (`（No.21）` is in its own cell only in tabs).
        if (leaf.type === "title") {
          const filled = leaf.cells.filter((cell) => cell.text !== "");
          for (const cell of filled.slice(1)) leafCells.push(cell);
        }
        // A marker stands alone but for a note; the note is not applied to anything.
        // (成果指標's row carries its name and 単位: the model claims those.)
        if (leaf.type === "marker" && leaf.key !== "indicator") {
          let first = true;
          for (const cell of leaf.cells) {
            if (cell.text === "") continue;
            if (!first) leafCells.push(cell);
            first = false;
          }
        }
      },
      end({ unclaimed }) {
        const cells: Cell[] = [];
        for (const cell of unclaimed) {
          if (cell.givenTwice === undefined) cells.push(cell);
          else report({ messageId: "secondValue", data: { label: cell.givenTwice, text: cell.text }, span: cell.position });
        }
        for (const cell of cells) report({ messageId: "unclaimedCell", data: { text: cell.text }, span: cell.position });
        for (const cell of leafCells) report({ messageId: "unclaimedCell", data: { text: cell.text }, span: cell.position });
      },
    };
  },
});
