/** The rule ids of SPEC §5, in the order of its table. The registry must cover every one. */
export const RULE_IDS = [
  "required-section",
  "required-field",
  "invalid-quantity",
  "year-sequence",
  "unit-mismatch",
  "main-project-mismatch",
  "position-mismatch",
  "mixed-punctuation",
  "target-not-met",
  "unrecognized-line",
  "no-sheet",
  "unclaimed-cell",
] as const;

/** A rule id (kebab-case, stable). */
export type RuleId = (typeof RULE_IDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Narrows a string from a command line or config file to a rule id. */
export function isRuleId(value: string): value is RuleId {
  return KNOWN.has(value);
}
