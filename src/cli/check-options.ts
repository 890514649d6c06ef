/**
 * The `check` command's flags and help, kept apart from main.ts and light to import: the
 * command itself (rules, zod, reporters) is loaded only when `check` runs.
 */
import { InvalidArgumentError } from "commander";
import type { CheckCommandOptions } from "./commands/check.js";
import type { Colors, ReporterName } from "../report/types.js";
import { RULE_IDS } from "../check/rule-ids.js";

export { REPORTER_NAMES } from "../report/types.js";

/** The flags commander gives the `check` action. */
export interface CheckFlags {
  reporter: ReporterName;
  maxWarnings?: number;
  rule: string[];
  config?: string;
  color: boolean;
}

/**
 * `--max-warnings N`: decimal digits only. Number() would also take `1e3`, `0x10`, `0b1`,
 * ` 5` and `5.0`, which a CI file should not get away with: a typo there changes the gate.
 */
export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError("Expected a whole number of 0 or more, in decimal digits.");
  return n;
}

/** The command's options from its flags and the process. */
export function checkOptionsOf(flags: CheckFlags, colors: Colors, version: string): CheckCommandOptions {
  const options: CheckCommandOptions = {
    reporter: flags.reporter,
    rules: flags.rule,
    cwd: process.cwd(),
    colors,
    // The source line and caret help a person at a terminal; in a pipe they are noise.
    codeFrame: process.stdout.isTTY === true,
    version,
  };
  if (flags.maxWarnings !== undefined) options.maxWarnings = flags.maxWarnings;
  if (flags.config !== undefined) options.config = flags.config;
  return options;
}

/** Words joined by ", " and wrapped to lines of at most `width` characters. */
function wrapList(words: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const [index, word] of words.entries()) {
    const piece = `${word}${index < words.length - 1 ? "," : "."}`;
    if (line !== "" && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else {
      line = line === "" ? piece : `${line} ${piece}`;
    }
  }
  return [...lines, line].join("\n  ");
}

export const CHECK_HELP = `
Rules (default severities in the README):
  ${wrapList(RULE_IDS, 86)}
Severities: off, warn (= warning), error, info.

Config file (sheetparse.config.yaml, found from the working directory upward):
  rules:
    mixed-punctuation: off
    required-field: error
  maxWarnings: 0

Examples:
  $ sheetparse check sheets/                          problems grouped by file
  $ sheetparse check sheets/ --reporter github        annotations on a pull request
  $ sheetparse check sheets/ --reporter sarif > sheetparse.sarif
  $ sheetparse check sheets/ --reporter junit > junit.xml
  $ sheetparse check sheet.txt --rule target-not-met=off --max-warnings 0

File names are printed with control characters as escapes (\\n, \\x1B); github escapes
them as GitHub's toolkit does, so a file name never makes a workflow command of its own.

Exit codes: 0 no errors and warnings within --max-warnings; 1 an error, or more warnings
than --max-warnings; 2 usage error, a bad config file, or an input that cannot be read or
decoded, or whose Document failed the schema check (it still gets its "fatal" diagnostic
in the report; the other inputs go on).`;
