/**
 * Quantity cells read with a profile's settings: its extra not-applicable marks and its
 * default money unit for amounts written without one.
 */
import type { Profile } from "../profile/schema.js";
import { matchKey } from "../source/normalize.js";
import { MONEY_UNITS, parseQuantity, type QuantityParse } from "../japanese/quantity.js";

/** Money fields (予算額, 決算額, うち特定財源) take the profile's default money unit. */
export type QuantityKind = "money" | "other";

/** Reads a cell; `unit` (from the label, `予算額（千円）`) applies to a number written without one. */
export type QuantityReader = (cell: string, kind: QuantityKind, unit?: string) => QuantityParse;

export function createQuantityReader(profile: Profile): QuantityReader {
  const marks = profile.notApplicableMarks.map(matchKey);
  const moneyUnit = profile.defaultMoneyUnit;
  return (cell, kind, labelUnit) => {
    if (marks.length > 0) {
      const key = matchKey(cell);
      for (const mark of marks) {
        if (!key.startsWith(mark)) continue;
        const rest = key.slice(mark.length);
        const unit = rest === "" ? null : parseQuantity(rest);
        if (unit === null) return { quantity: { raw: cell.trim(), status: "notApplicable", value: null, unit: null }, valid: true };
        if (unit.valid && unit.quantity.status === "blank") return { quantity: { raw: cell.trim(), status: "notApplicable", value: null, unit: unit.quantity.unit }, valid: true };
      }
    }
    const parsed = parseQuantity(cell);
    const quantity = parsed.quantity;
    const unit = labelUnit ?? (kind === "money" ? moneyUnit : null);
    if (unit !== null && quantity.status === "value" && quantity.value !== null && quantity.unit === null) {
      const withUnit = { ...quantity, unit };
      const yenPerUnit = MONEY_UNITS.get(matchKey(unit));
      return { quantity: yenPerUnit === undefined ? withUnit : { ...withUnit, yen: Math.round(quantity.value * yenPerUnit * 1e6) / 1e6 }, valid: true };
    }
    return parsed;
  };
}
