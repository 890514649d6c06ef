/**
 * Check configuration: which rules run at which severity, and how many warnings pass.
 * The same words work on the command line (`--rule ID=warn`) and in `sheetparse.config.yaml`.
 */
import { z } from "zod";
import { RULE_IDS, isRuleId, type RuleId } from "./rule-ids.js";
import type { RuleSetting } from "./types.js";
import { usageMessages } from "../messages/usage.js";
import type { Lang } from "../messages/types.js";

/** Severity words accepted from people: `warn` is short for `warning`. */
export const SETTING_WORDS = ["off", "warn", "warning", "error", "info"] as const;
export type SettingWord = (typeof SETTING_WORDS)[number];

/** A setting word → the rule setting it means. */
export function toRuleSetting(word: SettingWord): RuleSetting {
  return word === "warn" ? "warning" : word;
}

/** `known rules: a, b, …`, for messages about an unknown rule id. */
export function describeKnownRules(): string {
  return `known rules: ${RULE_IDS.join(", ")}`;
}

/** The config file's schema (zod is the one source of the shape). */
export const configFileSchema = z.strictObject({
  /** Rule id → off | warn | warning | error | info. */
  rules: z
    .partialRecord(
      z.enum(RULE_IDS, { error: (issue) => `unknown rule ${JSON.stringify(issue.input)} (${describeKnownRules()})` }),
      z.enum(SETTING_WORDS, { error: () => `a rule's setting must be one of ${SETTING_WORDS.join(", ")}` }),
    )
    .optional(),
  /** Exit 1 when there are more warnings than this. */
  maxWarnings: z.int().nonnegative().optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

/** The config file's top-level settings, for messages about an unknown one. */
export const CONFIG_SETTINGS = ["rules", "maxWarnings"] as const;

/**
 * A config problem in words, in the language. An unrecognised key (one per call: `key`)
 * under `rules` is an unknown rule, listed with the known ones. Worded from the issue's
 * code and path, not from the schema's English message, so that both languages say it.
 */
export function describeConfigIssue(issue: z.core.$ZodIssue, key?: string, lang: Lang = "en"): string {
  const say = usageMessages[lang];
  const path = issue.path.join(".");
  if (issue.code === "unrecognized_keys") {
    const name = key ?? issue.keys[0] ?? "";
    return issue.path.length === 1 && issue.path[0] === "rules" ? say.unknownRule(name, RULE_IDS) : say.unknownSetting(name, CONFIG_SETTINGS);
  }
  if (issue.code === "invalid_value" && issue.path.length === 2 && issue.path[0] === "rules") return say.settingMustBe(path, SETTING_WORDS);
  if (path === "maxWarnings") return say.badMaxWarnings(issue.message);
  return say.badShape(path, issue.message);
}

/** The effective settings of one `check` run. */
export interface CheckConfig {
  rules: Map<RuleId, RuleSetting>;
  maxWarnings?: number;
}

/** The rule map of a validated config file. Keys are checked rule ids, copied into a Map. */
export function rulesOfConfigFile(file: ConfigFile): Map<RuleId, RuleSetting> {
  const out = new Map<RuleId, RuleSetting>();
  for (const [id, word] of Object.entries(file.rules ?? {})) {
    if (isRuleId(id) && word !== undefined) out.set(id, toRuleSetting(word));
  }
  return out;
}

export type RuleOptionParse = { ok: true; id: RuleId; setting: RuleSetting } | { ok: false; message: string };

/** Parses one `--rule ID=SEVERITY` option; a problem is worded in `lang`. */
export function parseRuleOption(text: string, lang: Lang = "en"): RuleOptionParse {
  const say = usageMessages[lang];
  const at = text.indexOf("=");
  if (at < 0) return { ok: false, message: say.ruleNeedsSeverity(text) };
  const id = text.slice(0, at).trim();
  const word = text.slice(at + 1).trim();
  if (!isRuleId(id)) return { ok: false, message: `--rule: ${say.unknownRule(id, RULE_IDS)}` };
  const setting = SETTING_WORDS.find((candidate) => candidate === word);
  if (setting === undefined) return { ok: false, message: say.unknownSeverity(id, word, SETTING_WORDS) };
  return { ok: true, id, setting: toRuleSetting(setting) };
}
