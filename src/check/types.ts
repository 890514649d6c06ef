/** The contract between the rule engine and the rules (one module per rule in `rules/`). */
import type { ParseResult } from "../parse.js";
import type { Severity } from "../model/schema.js";
import type { Span } from "../syntax/ast.js";
import type { ModelParts } from "../model/build-document.js";
import type { RuleId } from "./rule-ids.js";

/** A severity setting: a rule may be switched off. */
export type RuleSetting = Severity | "off";

/** One problem a rule found, before the engine gives it a severity and a path. */
export interface Finding<M extends string = string> {
  /** Stable id of the message kind within the rule (lowerCamel). */
  messageId: M;
  /** English, naming the Japanese label concerned and the 事業 or 施策. */
  message: string;
  /** The cell concerned; for a blank value, where the value belongs. */
  span: Span;
}

/** What a rule sees of one input. */
export interface RuleContext<M extends string = string> {
  /** The parse result of one input (never fatal: fatal inputs are not checked). */
  result: ParseResult & { tree: NonNullable<ParseResult["tree"]> };
  model: ModelParts;
  report(finding: Finding<M>): void;
}

/** A rule: metadata plus one function (markdownlint's shape). */
export interface RuleModule<Id extends RuleId = RuleId, M extends string = string> {
  id: Id;
  defaultSeverity: Severity;
  /** One sentence for the README rule table and SARIF. */
  description: string;
  /** Every message kind the rule reports, lowerCamel. */
  messageIds: readonly M[];
  check(context: RuleContext<M>): void;
}

/** Declares a rule with its message ids inferred, so `report` accepts only those. */
export function defineRule<Id extends RuleId, M extends string>(rule: RuleModule<Id, M>): RuleModule<Id, M> {
  return rule;
}
