/** A Quantity spread over columns: `<field>Value`, `<field>Unit`, and `<field>Yen` for money fields. */
import type { Quantity } from "../../model/schema.js";
import type { Cell } from "./cell.js";

/** Column names for one Quantity field, e.g. `budgetValue`, `budgetUnit`, `budgetYen`. */
export function quantityColumns(field: string, money: boolean): string[] {
  const columns = [`${field}Value`, `${field}Unit`];
  return money ? [...columns, `${field}Yen`] : columns;
}

/**
 * Cells for one Quantity, matching quantityColumns. A missing Quantity, a blank or a
 * not-applicable one gives empty value cells; the unit is kept whenever it was written.
 */
export function quantityCells(quantity: Quantity | null, money: boolean): Cell[] {
  const cells: Cell[] = [quantity?.value ?? null, quantity?.unit ?? null];
  if (money) cells.push(quantity?.yen ?? null);
  return cells;
}
