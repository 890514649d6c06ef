/** Every rule, by id. */
import type { RuleModule } from "./types.js";
import { unrecognizedLine } from "./rules/unrecognized-line.js";

export const rules: readonly RuleModule[] = [unrecognizedLine];

export const ruleIds: readonly string[] = rules.map((rule) => rule.id);
