/**
 * Rule settings and languages that lazy and eager diagnostics are compared under: the
 * defaults, and a setting that switches a rule off and raises others (what changes which
 * findings are kept and how they are counted).
 */
import type { RuleConfig } from "../../src/check/engine.js";
import type { Lang } from "../../src/messages/types.js";

export interface RuleSettings {
  name: string;
  config: RuleConfig;
  lang: Lang;
}

export const defaultsInEnglish: RuleSettings = { name: "defaults, English", config: new Map(), lang: "en" };

export const offAndRaisedInJapanese: RuleSettings = {
  name: "rules off and raised, Japanese",
  config: new Map([
    ["target-not-met", "off"],
    ["required-field", "error"],
    ["unrecognized-line", "info"],
  ]),
  lang: "ja",
};
