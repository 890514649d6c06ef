/** Every rule, by id: the type makes the registry complete and each entry's id its key. */
import { RULE_IDS, type RuleId } from "./rule-ids.js";
import type { AnyRuleModule, RuleModule } from "./types.js";
import { requiredSection } from "./rules/required-section.js";
import { requiredField } from "./rules/required-field.js";
import { invalidQuantity } from "./rules/invalid-quantity.js";
import { yearSequence } from "./rules/year-sequence.js";
import { unitMismatch } from "./rules/unit-mismatch.js";
import { mainProjectMismatch } from "./rules/main-project-mismatch.js";
import { positionMismatch } from "./rules/position-mismatch.js";
import { mixedPunctuation } from "./rules/mixed-punctuation.js";
import { targetNotMet } from "./rules/target-not-met.js";
import { unrecognizedLine } from "./rules/unrecognized-line.js";
import { noSheet } from "./rules/no-sheet.js";
import { unclaimedCell } from "./rules/unclaimed-cell.js";

export const ruleRegistry = {
  "required-section": requiredSection,
  "required-field": requiredField,
  "invalid-quantity": invalidQuantity,
  "year-sequence": yearSequence,
  "unit-mismatch": unitMismatch,
  "main-project-mismatch": mainProjectMismatch,
  "position-mismatch": positionMismatch,
  "mixed-punctuation": mixedPunctuation,
  "target-not-met": targetNotMet,
  "unrecognized-line": unrecognizedLine,
  "no-sheet": noSheet,
  "unclaimed-cell": unclaimedCell,
} as const satisfies { readonly [Id in RuleId]: RuleModule<Id> };

/** The rules in SPEC §5's order. */
export const rules: readonly AnyRuleModule[] = RULE_IDS.map((id) => ruleRegistry[id]);

