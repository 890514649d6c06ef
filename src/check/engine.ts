/** Runs the rules over a parse result and turns findings into diagnostics. */
import type { CheckInput } from "./types.js";
import type { Diagnostic } from "../model/schema.js";
import { rules } from "./registry.js";
import { RULE_IDS, isRuleId, type RuleId } from "./rule-ids.js";
import type { Finding, RuleSetting } from "./types.js";
import { renderMessage, type Lang } from "../messages/index.js";
import { localizeFatal } from "../messages/fatal.js";

/** Per-rule severity overrides; rules not named keep their default. */
export type RuleConfig = ReadonlyMap<RuleId, RuleSetting>;

const SETTINGS: ReadonlySet<string> = new Set(["off", "info", "warning", "error"]);

/**
 * Rule settings from a library caller, as a Map or a plain object (`{ "target-not-met":
 * "off" }`); an unknown rule id or setting is a TypeError naming the known ones.
 */
export function toRuleConfig(settings: RuleConfig | Readonly<Record<string, string>>): RuleConfig {
  const entries: [string, unknown][] = settings instanceof Map ? [...settings.entries()] : Object.entries(settings);
  const config = new Map<RuleId, RuleSetting>();
  for (const [id, setting] of entries) {
    if (!isRuleId(id)) throw new TypeError(`unknown rule id "${id}"; known rules: ${RULE_IDS.join(", ")}`);
    if (typeof setting !== "string" || !SETTINGS.has(setting)) throw new TypeError(`rule "${id}": setting must be off, info, warning or error`);
    config.set(id, setting as RuleSetting);
  }
  return config;
}

/**
 * The catalogue entry for a finding. Each rule's `report` already paired its messageId with
 * that message's data; over the union of all rules TypeScript can no longer see the pairing.
 */
const renderFinding = renderMessage as unknown as (lang: Lang, ruleId: RuleId, messageId: string, params: unknown) => string;

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Diagnostics for one parse result, sorted by position, with messages in `lang`. A fatal result keeps its own. */
export function runRules(result: CheckInput, config: RuleConfig = new Map(), lang: Lang = "en"): Diagnostic[] {
  const { model, tree } = result;
  if (result.fatal || !model || !tree) return result.document.diagnostics.map((diagnostic) => localizeFatal(diagnostic, lang, result.unreadable));
  const path = result.document.source.path;
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = config.get(rule.id) ?? rule.defaultSeverity;
    if (severity === "off") continue;
    rule.check({
      result: { ...result, tree },
      model,
      report(finding: Finding) {
        diagnostics.push({
          ruleId: rule.id,
          messageId: finding.messageId,
          severity,
          message: renderFinding(lang, rule.id, finding.messageId, finding.data),
          line: finding.span.start.line,
          column: finding.span.start.column,
          endLine: finding.span.end.line,
          endColumn: finding.span.end.column,
          path,
          // PDF page or worksheet cell of the line, for inputs read from those formats.
          ...result.origins?.at(finding.span.start.line, finding.span.start.column),
        });
      },
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
