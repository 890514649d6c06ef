/**
 * `--jobs N` for the commands that read batches: how many files are parsed at once, in
 * worker threads. Light to import: main.ts builds the option for every run.
 */
import { availableParallelism } from "node:os";
import { InvalidArgumentError, Option } from "commander";
import { usageMessages } from "../../messages/usage.js";
import type { Lang } from "../../messages/types.js";

/**
 * Decimal digits, 1 or more: as for `--max-warnings`, Number() would take `1e3` or ` 2`,
 * and 0 workers cannot parse anything. Refused in `lang`.
 */
export function jobsParser(lang: Lang): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(usageMessages[lang].jobsDigits);
    return n;
  };
}

/** A fresh option per command: commander keeps state on Option objects. */
export function jobsOption(description: string, lang: Lang): Option {
  return new Option("--jobs <n>", description).argParser(jobsParser(lang));
}

/** `--jobs` as given, else one job per core the machine offers this process. */
export function jobsOf(option: number | undefined): number {
  return option ?? availableParallelism();
}
