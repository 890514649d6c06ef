/**
 * The CSV tables by name (SPEC §3.1). Kept apart from the table code so the CLI can
 * offer them as `--table` choices without loading the emitters.
 */
export const TABLE_NAMES = ["years", "projects", "futureTargets", "yearExtras", "policies", "mainProjects", "targets", "opinions", "diagnostics"] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** The table written when `--table` is not given. */
export const DEFAULT_TABLE: TableName = "years";
