/** `--lang ja|en`, common to every command (SPEC §4); without it, the locale decides. */
import { Option } from "commander";
import { langFromEnv, LANGS, type Lang } from "../messages/index.js";

/** A fresh option per command: commander keeps state on Option objects. */
export function langOption(): Option {
  return new Option("--lang <lang>", "language of messages: ja or en (default: from LC_ALL, LC_MESSAGES or LANG; ja* is ja, else en)").choices(LANGS);
}

/** The option's value, else the locale's language (the first non-empty of LC_ALL, LC_MESSAGES, LANG). */
export function langOf(option: string | undefined, env: Readonly<Record<string, string | undefined>>): Lang {
  return option === "ja" || option === "en" ? option : langFromEnv(env);
}
