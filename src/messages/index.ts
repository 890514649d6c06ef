/** Renders a message in a language from its ruleId, messageId and data (see types.ts). */
import { en } from "./en.js";
import { ja } from "./ja.js";
import type { Catalogue, Lang, MessageParams, MessageRuleId } from "./types.js";

export type { Lang, Who, MessageParams, MessageRuleId, Catalogue } from "./types.js";
export { LANGS } from "./types.js";

export const catalogues: Readonly<Record<Lang, Catalogue>> = { ja, en };

/** The message of one ruleId + messageId in a language; the types pair each id with its data. */
export function renderMessage<R extends MessageRuleId, M extends keyof MessageParams[R]>(lang: Lang, ruleId: R, messageId: M, params: MessageParams[R][M]): string {
  // Indexing a mapped type by two generic keys loses the pairing TypeScript checked at the call.
  const entries = catalogues[lang][ruleId] as unknown as Readonly<Record<PropertyKey, (params: MessageParams[R][M]) => string>>;
  const entry = entries[messageId];
  if (!entry) throw new TypeError(`no ${lang} message for ${String(ruleId)}/${String(messageId)}`);
  return entry(params);
}

/** Narrows a `--lang` value or a library option. */
export function isLang(value: string): value is Lang {
  return value === "ja" || value === "en";
}

/**
 * The language of a locale environment (POSIX precedence: the first non-empty of LC_ALL,
 * LC_MESSAGES, LANG): `ja…` is Japanese, anything else (C, POSIX, unset) English.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const value = env[name];
    if (value !== undefined && value !== "") return value.toLowerCase().startsWith("ja") ? "ja" : "en";
  }
  return "en";
}
