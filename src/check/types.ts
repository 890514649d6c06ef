/** The contract between the rule engine and the rules (one module per rule in `rules/`). */
import type { ParseResult } from "../parse.js";
import type { Severity } from "../model/schema.js";
import type { Span } from "../syntax/ast.js";
import type { ModelParts } from "../model/build-document.js";

/** A severity setting: a rule may be switched off. */
export type RuleSetting = Severity | "off";

export interface Finding {
  /** Stable id of the message kind within the rule (lowerCamel). */
  messageId: string;
  /** English, naming the Japanese label concerned. */
  message: string;
  span: Span;
}

export interface RuleContext {
  /** The parse result of one input (never fatal: fatal inputs are not checked). */
  result: ParseResult;
  model: ModelParts;
  report(finding: Finding): void;
}

export interface RuleModule {
  id: string;
  defaultSeverity: Severity;
  /** One sentence for the README rule table and SARIF. */
  description: string;
  check(context: RuleContext): void;
}
