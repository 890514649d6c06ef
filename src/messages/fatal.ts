/**
 * Fatal diagnostics are made where reading failed (the CLI's loader, the decoder, the schema
 * check), in English, before anyone asks for a language; their English message is the
 * detail the catalogue wraps. Localised here, once, where diagnostics leave the library.
 */
import type { Diagnostic } from "../model/schema.js";
import { renderMessage } from "./index.js";
import type { Lang, MessageParams } from "./types.js";
import type { Reason } from "./reasons.js";

type FatalId = keyof MessageParams["fatal"];

/** The fatal pseudo-rule's message ids (a test holds them equal to the catalogue's). */
export const FATAL_MESSAGE_IDS: readonly FatalId[] = ["unreadable", "undecodable", "internalError", "invalidDocument", "badFile"];
const FATAL_IDS: ReadonlySet<string> = new Set(FATAL_MESSAGE_IDS);

function isFatalId(id: string): id is FatalId {
  return FATAL_IDS.has(id);
}

/**
 * The diagnostic in the language; any other diagnostic (already rendered by the engine) as it
 * is. `reason`: why an unreadable input was unreadable, as data, when the caller has it.
 */
export function localizeFatal(diagnostic: Diagnostic, lang: Lang, reason?: Reason): Diagnostic {
  if (lang === "en" || diagnostic.ruleId !== "fatal" || !isFatalId(diagnostic.messageId)) return diagnostic;
  const data = { detail: diagnostic.message, ...(reason === undefined ? {} : { reason }) };
  return { ...diagnostic, message: renderMessage(lang, "fatal", diagnostic.messageId, data) };
}
