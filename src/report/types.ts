/**
 * The contract of reporters: pure functions from precomputed results to the text written on
 * stdout. Colour comes in as functions, so reporters never import chalk (STYLE §8).
 */
import type { Severity } from "../model/schema.js";
import type { RuleSetting } from "../check/types.js";
import type { Lang } from "../messages/types.js";
import type { Diagnostics } from "../check/diagnostic-list.js";

export const REPORTER_NAMES = ["stylish", "json", "github", "sarif", "junit"] as const;
/** A reporter name, as `--reporter` takes it. */
export type ReporterName = (typeof REPORTER_NAMES)[number];

/** Colour functions; identities when colour is off. */
export interface Colors {
  red(text: string): string;
  yellow(text: string): string;
  blue(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
  underline(text: string): string;
}

/** One input's results (ESLint's field names). */
export interface FileReport {
  /** The input's path as given on the command line; null for standard input. */
  filePath: string | null;
  /**
   * Sorted by position. Maybe a DiagnosticList, which makes each diagnostic afresh as it is
   * read (issue 13): reporters read it in order, as often as they need, and hold none.
   */
  diagnostics: Diagnostics;
  errorCount: number;
  warningCount: number;
  infoCount: number;
  /** The source lines the diagnostics point at, by 1-based line number, for code frames. */
  sourceLines: ReadonlyMap<number, string>;
}

/** A rule as reporters describe it (SARIF's driver.rules, JUnit's test cases). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
  /** The severity this run used, or off. */
  setting: RuleSetting;
}

/** Everything a reporter may use. */
export interface ReportContext {
  files: readonly FileReport[];
  rules: readonly RuleInfo[];
  colors: Colors;
  /** Print the source line and a caret under each problem (stylish, when stdout is a TTY). */
  codeFrame: boolean;
  tool: { name: string; version: string; informationUri?: string };
  /** The language of the reporters' own words (stylish's footer and severities, JUnit's counts); English when absent. */
  lang?: Lang;
}

/** A reporter: data in, the whole report as a string out. */
export type Reporter = (context: ReportContext) => string;

/** A reporter's text in pieces, in order, for writing a big report without it ever being one string. */
export type ReporterPieces = (context: ReportContext) => Iterable<string>;

/** The reporter whose text is the pieces', joined. */
export function wholeReport(pieces: ReporterPieces): Reporter {
  return (context) => [...pieces(context)].join("");
}

/** The name shown for an input without a path. */
export const STDIN_NAME = "<stdin>";
