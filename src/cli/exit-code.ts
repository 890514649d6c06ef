/** The exit-code contract (SPEC §4), as a pure function of what happened. */

export interface RunOutcome {
  /** An input was unreadable or undecodable, or the command line was wrong. */
  fatal: boolean;
  errors: number;
  warnings: number;
  /** Unrecognised lines in the parsed documents. */
  unrecognized: number;
}

export interface ExitPolicy {
  /** `check`: exit 1 on errors, or on warnings above maxWarnings. */
  mode: "parse" | "check";
  strict?: boolean;
  maxWarnings?: number;
}

/** 0 success; 1 the sheets have errors; 2 usage error or unreadable input. The worst wins. */
export function getExitCode(outcome: RunOutcome, policy: ExitPolicy): 0 | 1 | 2 {
  if (outcome.fatal) return 2;
  if (policy.mode === "check") {
    if (outcome.errors > 0) return 1;
    if (policy.maxWarnings !== undefined && policy.maxWarnings >= 0 && outcome.warnings > policy.maxWarnings) return 1;
    return 0;
  }
  if (policy.strict && (outcome.errors > 0 || outcome.unrecognized > 0)) return 1;
  return 0;
}
