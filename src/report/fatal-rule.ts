/** The pseudo-rule of unreadable input (STYLE §4: a rule id is never null), described like a rule for SARIF and JUnit. */
import type { RuleInfo } from "./types.js";

export const FATAL_RULE: RuleInfo = {
  id: "fatal",
  description: "The input could not be read or decoded.",
  defaultSeverity: "error",
  setting: "error",
};
