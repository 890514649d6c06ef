import type { Quantity } from "../../model/schema.js";
import { defineRule } from "../types.js";
import { YEAR_FIELD_LABELS } from "../labels.js";
import { YEAR_QUANTITY_KEYS } from "../../profile/fields.js";
import { namePolicy, nameProject, placeOf } from "../sheets.js";
import type { Who } from "../../messages/types.js";

const QUANTITY_KEYS = YEAR_QUANTITY_KEYS;

/** SPEC §5: a quantity cell that is neither a number, a not-applicable mark, nor blank. */
export const invalidQuantity = defineRule({
  id: "invalid-quantity",
  defaultSeverity: "error",
  description: "A quantity cell that is neither a number, a not-applicable mark, nor blank.",
  messageIds: ["invalidQuantity"],
  create({ locations, invalidQuantities, report }) {
    // The builder knows which cells failed, with the profile's own not-applicable marks applied.
    const isInvalid = (quantity: Quantity | null): quantity is Quantity => quantity !== null && invalidQuantities.has(quantity);
    const flag = (quantity: Quantity, label: string, who: Who): void => {
      const span = locations.get(quantity);
      if (span) report({ messageId: "invalidQuantity", data: { label, raw: quantity.raw, who }, span });
    };
    return {
      sheet(entry) {
        if (entry.kind === "project") {
          const { project } = entry;
          const who = nameProject(project, placeOf(entry.node));
          for (const record of project.years) {
            for (const key of QUANTITY_KEYS) {
              const quantity = record[key];
              if (isInvalid(quantity)) flag(quantity, `${record.label} ${locations.label(record, key) ?? YEAR_FIELD_LABELS[key]}`, who);
            }
          }
          for (const target of project.futureTargets) {
            if (isInvalid(target.value)) flag(target.value, `今後の成果目標 ${target.label}`, who);
          }
          return;
        }
        const who = namePolicy(entry.policy, placeOf(entry.node));
        for (const target of entry.policy.targets) {
          for (const value of target.values) {
            if (isInvalid(value.value)) flag(value.value, `目標 ${value.label}`, who);
          }
        }
      },
    };
  },
});
