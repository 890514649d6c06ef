/** The contract between the rule engine and the rules (one module per rule in `rules/`). */
import type { Document, Severity } from "../model/schema.js";
import type { RootNode, Span } from "../syntax/ast.js";
import type { ModelParts } from "../model/build-document.js";
import type { LineTable } from "../source/lines.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import type { Reason } from "../messages/reasons.js";
import type { Origins } from "../input/origins.js";

/**
 * What the rules read of a parse: the checker's own statement of its input, so that it
 * depends on the stages below it and not on the pipeline above (`parse.ts`'s ParseResult
 * has these fields and more).
 */
export interface CheckInput {
  document: Document;
  /** Null when the input could not be decoded. */
  tree: RootNode | null;
  lines: LineTable;
  model: ModelParts | null;
  vocabulary: Vocabulary;
  /** True when the input was unreadable (a `fatal` diagnostic): exit code 2. */
  fatal: boolean;
  /** Why an unreadable input could not be read (set by the CLI's loader), to say it in any language. */
  unreadable?: Reason;
  /** For extracted input: the PDF page or worksheet cell of each line. */
  origins?: Origins;
}
import type { RuleId } from "./rule-ids.js";
import type { MessageParams } from "../messages/types.js";

/** A severity setting: a rule may be switched off. */
export type RuleSetting = Severity | "off";

/** The message ids of a rule: the keys of its catalogue entry (src/messages/types.ts). */
export type MessageIdOf<Id extends RuleId> = Id extends RuleId ? keyof MessageParams[Id] & string : never;

/**
 * One problem a rule found, before the engine gives it a severity, a path and its message:
 * the data the message is made of (naming the label as the sheet wrote it and the 事業 or
 * 施策), so that every language says the same thing.
 */
export type Finding<Id extends RuleId = RuleId> = Id extends RuleId ? {
  [M in MessageIdOf<Id>]: {
    /** Stable id of the message kind within the rule (lowerCamel). */
    messageId: M;
    data: MessageParams[Id][M];
    /** The cell concerned; for a blank value, where the value belongs. */
    span: Span;
  };
}[MessageIdOf<Id>] : never;

/** What a rule sees of one input. */
export interface RuleContext<Id extends RuleId = RuleId> {
  /** The parse result of one input (never fatal: fatal inputs are not checked). */
  result: CheckInput & { tree: NonNullable<CheckInput["tree"]> };
  model: ModelParts;
  report(finding: Finding<Id>): void;
}

/** A rule: metadata plus one function (markdownlint's shape). */
export interface RuleModule<Id extends RuleId = RuleId> {
  id: Id;
  defaultSeverity: Severity;
  /** One sentence for the README rule table and SARIF. */
  description: string;
  /** Every message kind the rule reports, lowerCamel. */
  messageIds: readonly MessageIdOf<Id>[];
  check(context: RuleContext<Id>): void;
}

/** Declares a rule with its id inferred, so `report` accepts only its message ids, each with its data. */
export function defineRule<Id extends RuleId>(rule: RuleModule<Id>): RuleModule<Id> {
  return rule;
}

/**
 * A rule of some id, as the engine runs it. Not `RuleModule<RuleId>`: a rule's `report`
 * accepts only its own findings, so a rule of one id is not a rule of every id.
 */
export type AnyRuleModule = { [Id in RuleId]: RuleModule<Id> }[RuleId];
