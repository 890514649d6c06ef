/**
 * Check configuration: which rules run at which severity, and how many warnings pass.
 * The same words work on the command line (`--rule ID=warn`) and in `sheetparse.config.yaml`.
 */
import { z } from "zod";
import { RULE_IDS, isRuleId, type RuleId } from "./rule-ids.js";
import type { RuleSetting } from "./types.js";

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

/**
 * A config problem in words. An unrecognised key (one per call: `key`) under `rules` is an
 * unknown rule, listed with the known ones.
 */
export function describeConfigIssue(issue: z.core.$ZodIssue, key?: string): string {
  if (issue.code === "unrecognized_keys") {
    const shown = JSON.stringify(key ?? issue.keys[0] ?? "");
    return issue.path.length === 1 && issue.path[0] === "rules" ? `unknown rule ${shown} (${describeKnownRules()})` : `unknown setting ${shown} (use rules, maxWarnings)`;
  }
  return issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message;
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

/** Parses one `--rule ID=SEVERITY` option. */
export function parseRuleOption(text: string): RuleOptionParse {
  const at = text.indexOf("=");
  if (at < 0) return { ok: false, message: `--rule ${JSON.stringify(text)}: expected ID=off|warn|error` };
  const id = text.slice(0, at).trim();
  const word = text.slice(at + 1).trim();
  if (!isRuleId(id)) return { ok: false, message: `--rule: unknown rule ${JSON.stringify(id)} (${describeKnownRules()})` };
  const setting = SETTING_WORDS.find((candidate) => candidate === word);
  if (setting === undefined) return { ok: false, message: `--rule ${id}: unknown severity ${JSON.stringify(word)} (use ${SETTING_WORDS.join(", ")})` };
  return { ok: true, id, setting: toRuleSetting(setting) };
}
