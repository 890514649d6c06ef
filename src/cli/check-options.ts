/**
 * The `check` command's flags and help, kept apart from main.ts and light to import: the
 * command itself (rules, zod, reporters) is loaded only when `check` runs.
 */
import { InvalidArgumentError } from "commander";
import type { CheckCommandOptions } from "./commands/check.js";
import type { Colors, ReporterName } from "../report/types.js";
import { RULE_IDS } from "../check/rule-ids.js";
import { helpTexts } from "../messages/help.js";
import { usageMessages } from "../messages/usage.js";
import type { Lang } from "../messages/types.js";

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
 * The parser refuses in `lang`.
 */
export function maxWarningsParser(lang: Lang): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError(usageMessages[lang].maxWarningsDigits);
    return n;
  };
}

/**
 * The command's options from its flags. `stdoutIsTTY`: the source line and caret help a
 * person at a terminal; in a pipe they are noise. The config file is looked for from the
 * process's working directory, against which every relative path of the run resolves.
 */
export function checkOptionsOf(flags: CheckFlags, colors: Colors, version: string, stdoutIsTTY: boolean): CheckCommandOptions {
  const options: CheckCommandOptions = {
    reporter: flags.reporter,
    rules: flags.rule,
    cwd: process.cwd(),
    colors,
    codeFrame: stdoutIsTTY,
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

/** The text after `check --help`'s options. */
export function checkHelp(lang: Lang): string {
  return helpTexts[lang].check.after(wrapList(RULE_IDS, 86));
}
