/** Runs the rules over a parse result and turns findings into diagnostics. */
import type { CheckInput, FileEnd, RuleContext, RuleFinding, RuleHooks } from "./types.js";
import type { Diagnostic, Quantity, Severity } from "../model/schema.js";
import { DiagnosticList } from "./diagnostic-list.js";
import type { LeafNode } from "../syntax/ast.js";
import type { LeafTally, ModelParts, SheetEntry } from "../model/build-document.js";
import type { Locations } from "../model/locations.js";
import type { LineTable } from "../source/lines.js";
import type { Vocabulary } from "../syntax/vocabulary.js";
import { ruleRegistry, rules } from "./registry.js";
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

/**
 * Position order of two findings, as diagnostics are sorted: line, column, then rule id;
 * ties keep the order the rules made them in (what a stable sort of the diagnostics gives).
 */
function compareFindings(findings: readonly RuleFinding[]): (a: number, b: number) => number {
  return (a, b) => {
    const first = findings[a];
    const second = findings[b];
    if (first === undefined || second === undefined) return a - b;
    const x = first.finding.span.start;
    const y = second.finding.span.start;
    return x.line - y.line || x.column - y.column || first.ruleId.localeCompare(second.ruleId) || a - b;
  };
}

/**
 * Every rule over one input as it is read: the parse pipeline hands on each leaf and each
 * sheet (with its model) in source order, then the links between sheets at the end. Findings are
 * kept without severity or message, so that one reading serves any rule settings and language.
 */
export class RuleRun {
  // Each kind of hook apart: a leaf is offered only to the few rules that look at leaves.
  private readonly leafHooks: NonNullable<RuleHooks["leaf"]>[] = [];
  private readonly sheetHooks: NonNullable<RuleHooks["sheet"]>[] = [];
  private readonly endHooks: NonNullable<RuleHooks["end"]>[] = [];
  private readonly findings: RuleFinding[] = [];

  constructor(file: { path: string | null; lines: LineTable; vocabulary: Vocabulary; locations: Locations; invalidQuantities: ReadonlySet<Quantity> }) {
    for (const rule of rules) {
      const context: RuleContext = {
        ...file,
        report: (finding: Finding) => {
          this.findings.push({ ruleId: rule.id, finding });
        },
      };
      // Each rule reports only its own findings; over the union of rules TypeScript cannot see that.
      const create = rule.create as (context: RuleContext) => RuleHooks;
      const hooks = create(context);
      if (hooks.leaf) this.leafHooks.push(hooks.leaf);
      if (hooks.sheet) this.sheetHooks.push(hooks.sheet);
      if (hooks.end) this.endHooks.push(hooks.end);
    }
  }

  leaf(leaf: LeafNode): void {
    for (const hook of this.leafHooks) hook(leaf);
  }

  sheet(entry: SheetEntry): void {
    for (const hook of this.sheetHooks) hook(entry);
  }

  /** Runs the end-of-file hooks and returns every finding, in the order the rules made them. */
  end(model: Pick<ModelParts, "links" | "unclaimed">, tally: LeafTally): RuleFinding[] {
    const file: FileEnd = { tally, links: model.links, unclaimed: model.unclaimed };
    for (const hook of this.endHooks) hook(file);
    return this.findings;
  }
}

/**
 * The diagnostics of one parse result (never a fatal one), sorted by position, with messages
 * in `lang`, as a list that makes each when it is read: a big file's are never all in memory.
 */
export function diagnosticList(result: CheckInput, config: RuleConfig = new Map(), lang: Lang = "en"): DiagnosticList {
  // Only these of the result: the list may outlive it (check's reporters read it at the end
  // of the batch), and a closure naming `result` would keep its text, lines and model alive.
  const { findings, origins } = result;
  const path = result.document.source.path;
  const severityOf = ({ ruleId }: RuleFinding): RuleSetting => config.get(ruleId) ?? ruleRegistry[ruleId].defaultSeverity;
  const order: number[] = [];
  findings.forEach((finding, index) => {
    if (severityOf(finding) !== "off") order.push(index);
  });
  order.sort(compareFindings(findings));
  const make = ({ ruleId, finding }: RuleFinding, severity: Severity): Diagnostic => ({
    ruleId,
    messageId: finding.messageId,
    severity,
    message: renderFinding(lang, ruleId, finding.messageId, finding.data),
    line: finding.span.start.line,
    column: finding.span.start.column,
    endLine: finding.span.end.line,
    endColumn: finding.span.end.column,
    path,
    // PDF page or worksheet cell of the line, for inputs read from those formats.
    ...origins?.at(finding.span.start.line, finding.span.start.column),
  });
  // Only kept findings are in `order`: their setting is a severity.
  return new DiagnosticList(findings, order, (finding) => severityOf(finding) as Severity, make);
}

/** Diagnostics for one parse result, sorted by position, with messages in `lang`. A fatal result keeps its own. */
export function runRules(result: CheckInput, config: RuleConfig = new Map(), lang: Lang = "en"): Diagnostic[] {
  if (result.fatal || !result.model) return result.document.diagnostics.map((diagnostic) => localizeFatal(diagnostic, lang, result.unreadable));
  return [...diagnosticList(result, config, lang)];
}
