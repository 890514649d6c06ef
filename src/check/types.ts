/** The contract between the rule engine and the rules (one module per rule in `rules/`). */
import type { Document, Severity } from "../model/schema.js";
import type { LeafNode, Span } from "../syntax/ast.js";
import type { LeafTally, ModelParts, SheetEntry } from "../model/build-document.js";
import type { UnclaimedCell } from "../model/build-context.js";
import type { Locations } from "../model/locations.js";
import type { Quantity } from "../model/schema.js";
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
  /**
   * What every rule found while the file was read (each sheet checked as it closed, then
   * the file at its end), before severities and messages: empty for an unreadable input.
   */
  findings: readonly RuleFinding[];
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

/** A finding with the rule that made it. */
export interface RuleFinding {
  ruleId: RuleId;
  finding: Finding;
}

/** Where a sheet starts, kept when its tree is dropped: what messages about it name. */
export interface SheetPlace {
  /** The sheet's first line. */
  line: number;
  /** Its first cell: where sheet-wide problems are reported. */
  start: Span;
}

/** What a rule sees of one input while it is read (never a fatal one: those are not checked). */
export interface RuleContext<Id extends RuleId = RuleId> {
  /** The input's path as given; null for standard input. */
  path: string | null;
  lines: LineTable;
  vocabulary: Vocabulary;
  /** Where the model's values stand, filled as each sheet is built. */
  locations: Locations;
  /** Quantities whose cell is neither a number, a not-applicable mark, nor blank, filled likewise. */
  invalidQuantities: ReadonlySet<Quantity>;
  report(finding: Finding<Id>): void;
}

/**
 * What a rule sees once the whole input is read: no sheet and no syntax tree (the sheets
 * may have been written and let go of, issue 13). Cross-sheet rules keep what they need of
 * each sheet in their `sheet` hook and compare it here, where the links are known.
 */
export interface FileEnd {
  tally: LeafTally;
  /** Each 事業 sheet's 施策 sheet (`policyIndex`: the 施策 sheets' order in the file), in source order. */
  links: readonly (number | null)[];
  /** Filled cells that no column or label claims, and fields' second values, in the order found. */
  unclaimed: readonly UnclaimedCell[];
}

/**
 * A rule's hooks for one input (ESLint's `create` shape), called in source order: `leaf`
 * for every leaf of the tree, `sheet` once a sheet's leaves are seen and its model is
 * built (its tree is dropped after, and maybe the sheet too), `end` once with the links
 * between the sheets. Cross-sheet rules (membership, positions) keep per-sheet facts in
 * `sheet` and compare them in `end`.
 */
export interface RuleHooks {
  leaf?(leaf: LeafNode): void;
  sheet?(entry: SheetEntry): void;
  end?(file: FileEnd): void;
}

/** A rule: metadata plus the hooks it makes for each input. */
export interface RuleModule<Id extends RuleId = RuleId> {
  id: Id;
  defaultSeverity: Severity;
  /** One sentence for the README rule table and SARIF. */
  description: string;
  /** Every message kind the rule reports, lowerCamel. */
  messageIds: readonly MessageIdOf<Id>[];
  create(context: RuleContext<Id>): RuleHooks;
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
