/** Runs the rules over a parse result and turns findings into diagnostics. */
import type { ParseResult } from "../parse.js";
import type { Diagnostic } from "../model/schema.js";
import { rules } from "./registry.js";
import type { RuleId } from "./rule-ids.js";
import type { RuleSetting } from "./types.js";

/** Per-rule severity overrides; rules not named keep their default. */
export type RuleConfig = ReadonlyMap<RuleId, RuleSetting>;

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}

/** Diagnostics for one parse result, sorted by position. A fatal result keeps its own. */
export function runRules(result: ParseResult, config: RuleConfig = new Map()): Diagnostic[] {
  const { model, tree } = result;
  if (result.fatal || !model || !tree) return [...result.document.diagnostics];
  const path = result.document.source.path;
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const severity = config.get(rule.id) ?? rule.defaultSeverity;
    if (severity === "off") continue;
    rule.check({
      result: { ...result, tree },
      model,
      report(finding) {
        diagnostics.push({
          ruleId: rule.id,
          messageId: finding.messageId,
          severity,
          message: finding.message,
          line: finding.span.start.line,
          column: finding.span.start.column,
          endLine: finding.span.end.line,
          endColumn: finding.span.end.column,
          path,
        });
      },
    });
  }
  return diagnostics.sort(compareDiagnostics);
}
