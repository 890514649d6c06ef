/**
 * `sheetparse check`: lint every input and print one report in the chosen reporter. Every
 * input gets its result, an unreadable one its `fatal` diagnostic; the exit code is the worst.
 */
import { diagnosticList, runRules } from "../../check/engine.js";
import { validateDocument } from "../../model/validate-document.js";
import { diagnosticsMadeAsRead, spoolThreshold, StreamedSheets, withStreamedSheets } from "../streamed-sheets.js";
import { rules } from "../../check/registry.js";
import { parseRuleOption, type CheckConfig } from "../../check/config.js";
import type { ParseOptions, ParseResult } from "../../parse.js";
import type { RuleConfig } from "../../check/engine.js";
import { toFileReport } from "../../report/file-report.js";
import { reporterPieces } from "../../report/registry.js";
import { writePieces } from "../document-sink.js";
import { STDIN_NAME, type Colors, type FileReport, type ReporterName, type RuleInfo } from "../../report/types.js";
import { placeSuffix } from "../diagnostic-line.js";
import { findConfigFile, loadConfigFile } from "../config-file.js";
import { getExitCode, type RunOutcome } from "../exit-code.js";
import { writeError } from "../io.js";
import type { CliIo } from "../cli-io.js";
import { autoProfileNote } from "../load.js";
import { loadBatch } from "../jobs/batch.js";
import { createProgress, noProgress } from "../progress.js";
import { localizeFatal } from "../../messages/fatal.js";
import { cliMessages } from "../../messages/cli.js";
import type { Lang } from "../../messages/types.js";

export interface CheckCommandOptions {
  reporter: ReporterName;
  /** From --max-warnings; overrides the config file's. */
  maxWarnings?: number;
  /** Raw `--rule ID=SEVERITY` options, applied over the config file in order. */
  rules: readonly string[];
  /** --config; else sheetparse.config.yaml is looked up from `cwd` upward. */
  config?: string;
  cwd: string;
  colors: Colors;
  codeFrame: boolean;
  version: string;
  /** Files parsed and checked at once (`--jobs`); 1 (in this thread) when absent. */
  jobs?: number;
}

/** One input checked, ready for the main thread: plain data, so that a worker thread can make it (see jobs/). */
export interface CheckedFile {
  /** The stderr line of a close `--profile auto` choice. */
  note: string | null;
  fatal: boolean;
  /** The source lines the diagnostics point at travel with it, for code frames. */
  file: FileReport;
}

/**
 * The per-file part of the command: everything that needs the syntax tree. When the sheets
 * were checked as they were read (in this thread: a worker's result is cloned, so it sends
 * an array), the diagnostics are a DiagnosticList, made one at a time when checked against
 * the schema and again as the reporter writes them: a big file's tens of thousands are
 * never all held while the batch is read (issue 13), only the findings they come from.
 * Only for an input of more than `lazyAbove` characters (see diagnosticsMadeAsRead).
 */
export function prepareChecked(result: ParseResult, rules: RuleConfig, lang: Lang, lazyAbove: number): CheckedFile {
  const note = autoProfileNote(result, lang);
  const sheets = result.sheets instanceof StreamedSheets ? result.sheets : undefined;
  const list = diagnosticsMadeAsRead(result, lazyAbove) ? diagnosticList(result, rules, lang) : undefined;
  // The report is made from the Document's diagnostics, so the Document must pass its schema check too:
  // part by part when its sheets were checked as they were read, and let go of (issue 13).
  const document = { ...result.document, diagnostics: list ? [] : runRules(result, rules, lang) };
  const checked = sheets ? sheets.finish(document, [], list) : validateDocument(document);
  // A failed schema check made a new (English) diagnostic; the others are in `lang` already.
  const diagnostics = checked.fatal ? checked.document.diagnostics.map((d) => localizeFatal(d, lang)) : (list ?? checked.document.diagnostics);
  const file = toFileReport(result.document.source.path, diagnostics, (line) => result.lines.at(line - 1)?.text);
  return { note, fatal: result.fatal || checked.fatal, file };
}

/** The config file (if any) with the --rule and --max-warnings options over it; null after reporting a usage error. */
async function resolveConfig(io: CliIo, options: CheckCommandOptions, lang: Lang): Promise<CheckConfig | null> {
  const path = options.config ?? findConfigFile(options.cwd);
  let config: CheckConfig = { rules: new Map() };
  if (path !== null) {
    const loaded = await loadConfigFile(path, lang);
    if (!loaded.ok) {
      for (const message of loaded.messages) writeError(io, message);
      return null;
    }
    config = loaded.config;
  }
  for (const text of options.rules) {
    const parsed = parseRuleOption(text, lang);
    if (!parsed.ok) {
      writeError(io, parsed.message);
      return null;
    }
    config.rules.set(parsed.id, parsed.setting);
  }
  if (options.maxWarnings !== undefined) config.maxWarnings = options.maxWarnings;
  return config;
}

export async function runCheckCommand(io: CliIo, operands: readonly string[], parseOptions: ParseOptions, options: CheckCommandOptions): Promise<number> {
  const lang = parseOptions.lang ?? "en";
  const config = await resolveConfig(io, options, lang);
  if (!config) return 2;
  const outcome: RunOutcome = { fatal: false, errors: 0, warnings: 0, unrecognized: 0 };
  const files: FileReport[] = [];
  // Big inputs only (the spool threshold, which tests may lower): see prepareChecked.
  const lazyAbove = spoolThreshold(io.env);
  const step = (result: ParseResult): CheckedFile => prepareChecked(result, config.rules, lang, lazyAbove);
  // Each sheet is schema-checked as it is read, then let go of: nothing of it is output (issue 13).
  const streaming = withStreamedSheets(parseOptions, null, io.env);
  const { count, results } = loadBatch(io, operands, streaming, { command: "check", rules: config.rules }, step, options.jobs);
  // As for parsing: a progress line for batches, only when a person watches stderr.
  const progress = io.isTTY.stderr && count > 1 ? createProgress(count, (text) => io.stderr.write(text), Date.now, lang) : noProgress;
  for await (const { note, fatal, file } of results) {
    if (note !== null) {
      progress.clear();
      io.stderr.write(`${note}\n`);
    }
    if (fatal) {
      progress.clear();
      outcome.fatal = true;
      // The report carries it too; stderr makes sure a person sees why the exit code is 2.
      for (const d of file.diagnostics) writeError(io, `${d.path ?? STDIN_NAME}${placeSuffix(d)}: ${d.message}`);
    }
    outcome.errors += file.errorCount;
    outcome.warnings += file.warningCount;
    files.push(file);
    progress.tick();
  }
  progress.clear();
  const ruleInfos: RuleInfo[] = rules.map((rule) => ({
    id: rule.id,
    description: rule.description,
    defaultSeverity: rule.defaultSeverity,
    setting: config.rules.get(rule.id) ?? rule.defaultSeverity,
  }));
  const report = reporterPieces[options.reporter]({
    files,
    rules: ruleInfos,
    colors: options.colors,
    codeFrame: options.codeFrame,
    tool: { name: "sheetparse", version: options.version },
    lang,
  });
  await writePieces(io.stdout, "", report, "");
  const policy = config.maxWarnings === undefined ? { mode: "check" as const } : { mode: "check" as const, maxWarnings: config.maxWarnings };
  if (config.maxWarnings !== undefined && outcome.errors === 0 && outcome.warnings > config.maxWarnings) {
    writeError(io, cliMessages[lang].tooManyWarnings(outcome.warnings, config.maxWarnings));
  }
  return getExitCode(outcome, policy);
}
