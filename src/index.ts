/**
 * sheetparse as a library: `parse` turns a sheet into a Document, `check` lints it.
 * Types come from the zod schemas (`z.infer`), which are exported too.
 */
import { runRules, toRuleConfig, type RuleConfig } from "./check/engine.js";
import { parseDetailed, type ParseOptions, type ParseResult } from "./parse.js";
import type { Diagnostic, Document } from "./model/schema.js";
import { validateDocument } from "./model/validate-document.js";
import { localizeFatal } from "./messages/fatal.js";
import { parseAnyDetailed } from "./parse-any.js";

export type { ParseOptions, ParseResult } from "./parse.js";
export type { Lang } from "./messages/types.js";
export type { RuleConfig } from "./check/engine.js";
export type { RuleSetting } from "./check/types.js";
export { RULE_IDS, isRuleId, type RuleId } from "./check/rule-ids.js";
export type { Profile } from "./profile/schema.js";
export * from "./model/schema.js";
export { parseDetailed } from "./parse.js";
/** Any input format (SPEC §8): the detailed pipeline, and the tab-separated text a PDF, workbook, page or CSV yields. */
export { parseAnyDetailed, extractText, type TextExtraction } from "./parse-any.js";
export { builtinProfiles } from "./profile/registry.js";
/** Loads a built-in profile by name or a YAML profile file: `{ ok, profile }` or `{ ok: false, message }` naming line and column. */
export { loadProfile, type ProfileLoad } from "./profile/load.js";

/**
 * Parses one sheet file (bytes, decoded per `options.encoding`) or text into a Document with
 * its diagnostics. A Document that would break its schema (a bug) comes back empty, with one
 * `fatal` diagnostic (messageId `invalidDocument`) instead.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Document {
  const result = parseDetailed(input, options);
  result.document.diagnostics = runRules(result, undefined, options.lang);
  return localized(validateDocument(result.document), options);
}

/**
 * Parses a file of any format sheetparse reads — PDF, `.xlsx`/`.xls`, HTML, CSV/TSV or text,
 * chosen by `options.path`'s extension and the first bytes — as `parse` does. A file its
 * reader refuses (a scan, encrypted, broken) gives one `fatal` diagnostic (`badFile`).
 */
export async function parseAny(input: Uint8Array, options: ParseOptions = {}): Promise<Document> {
  const result = await parseAnyDetailed(input, options);
  result.document.diagnostics = runRules(result, undefined, options.lang);
  return localized(validateDocument(result.document), options);
}

/** Lints one sheet: its diagnostics under the given rule settings (or only the `fatal` one of a Document that breaks its schema). */
export function check(input: string | Uint8Array | ParseResult, options: ParseOptions & { rules?: RuleConfig | Readonly<Record<string, string>> } = {}): Diagnostic[] {
  const result = typeof input === "string" || input instanceof Uint8Array ? parseDetailed(input, options) : input;
  const diagnostics = runRules(result, options.rules === undefined ? undefined : toRuleConfig(options.rules), options.lang);
  return localized(validateDocument({ ...result.document, diagnostics }), options).diagnostics;
}

/** The schema check's own fatal diagnostic (made in English) in the caller's language. */
function localized(checked: ReturnType<typeof validateDocument>, options: ParseOptions): Document {
  // Only a failed check made a new diagnostic; the others are in `lang` already.
  if (!checked.fatal || options.lang === undefined) return checked.document;
  const lang = options.lang;
  return { ...checked.document, diagnostics: checked.document.diagnostics.map((diagnostic) => localizeFatal(diagnostic, lang)) };
}
