/** `--lang ja|en`, common to every command (SPEC §4); without it, the locale decides. */
import { Option } from "commander";
import { langFromEnv, LANGS, type Lang } from "../messages/index.js";

/** A fresh option per command: commander keeps state on Option objects. */
export function langOption(description: string): Option {
  return new Option("--lang <lang>", description).choices(LANGS);
}

/** The option's value, else the locale's language (the first non-empty of LC_ALL, LC_MESSAGES, LANG). */
export function langOf(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  return option === "ja" || option === "en" ? option : langFromEnv(env);
}

/**
 * The language before commander parses: its help pages and its own errors are made while it
 * parses, before any action sees `--lang`, so the arguments are looked at first. The last
 * `--lang` before `--` wins, as it would in commander; a value it will refuse counts as none.
 */
export function langOfArgv(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Lang {
  let value: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    if (arg === "--") break;
    if (arg === "--lang") value = argv[++index];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  return langOf(value, env);
}
