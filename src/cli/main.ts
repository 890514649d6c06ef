/**
 * The command line: parse options, call the library, format, return an exit code.
 * Only cli/ touches `process`; commander's own exits on bad arguments become exit 2.
 */
import { lstatSync, readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseEncodingOption } from "../source/decode.js";
import { selectProfiles } from "../profile/select.js";
import { builtinProfiles } from "../profile/registry.js";
import type { ParseOptions } from "../parse.js";
import { guardStdout, isBrokenPipe, outputErrorMessage, printableCommanderError, writeError } from "./io.js";
import { FORMATS, TABLE_CHOICES, parseOutputEncoding, resolveParseFlags, type ParseFlags } from "./parse-options.js";
import { CHECK_HELP, REPORTER_NAMES, checkOptionsOf, parseMaxWarnings, type CheckFlags } from "./check-options.js";
import { loadColors, wantsColor } from "./colors.js";
import { cliMessages } from "../messages/cli.js";
import { langOption, langOf } from "./lang-option.js";
import { suggestCommand } from "./command-typo.js";

/** Thrown by option handlers for a usage error: message printed, exit 2. */
class UsageError extends Error {}

function packageVersion(): string {
  const url = new URL("../../package.json", import.meta.url);
  return (JSON.parse(readFileSync(url, "utf8")) as { version: string }).version;
}

interface CommonOptions {
  encoding: string;
  profile: string[];
  lang?: string;
}

async function parseOptionsOf(options: CommonOptions): Promise<ParseOptions> {
  const lang = langOf(options.lang, process.env);
  const encoding = parseEncodingOption(options.encoding);
  if (encoding === null) throw new UsageError(cliMessages[lang].unknownEncoding(options.encoding));
  const selected = await selectProfiles(options.profile.length > 0 ? options.profile : ["reference"]);
  if (!selected.ok) throw new UsageError(selected.message);
  return { encoding, profile: selected.profile, lang, ...(selected.autoProfiles ? { autoProfiles: selected.autoProfiles } : {}) };
}

function addCommonOptions(command: Command): Command {
  return command
    .option("--encoding <name>", "input encoding: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be", "auto")
    .option(
      "--profile <name|file|auto>",
      "template profile: a built-in name, a YAML profile file, or auto (per file: profiles whose detect words all occur first, then the most recognised lines minus conflicts; a tie or a weak winner is named on stderr; repeat --profile FILE to add candidates)",
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .addOption(langOption());
}

const EXAMPLES = `
Inputs: files, directories (searched recursively for *.txt, following symlinks), glob
patterns (quote them: 'sheets/**/*.txt'), and - or nothing for standard input. Files named
.pdf, .xlsx, .xls, .html/.htm, .csv or .tsv are read as such (their rows of cells become the
text the parser reads; sheetparse text FILE shows it); a scanned PDF, an encrypted file or
a broken one is one line on stderr (exit 2). A file that
cannot be read (saying why: symlink loop, broken symlink, permission denied …), and a
folder, broken symlink or symlink loop a directory search had to skip, gets a message on
stderr (exit 2) and the others go on. A device, socket or directory named as a file (or as
--profile, --config) is refused unread; a sheet, stdin included, may be at most 256 MiB, a
profile or config file 1 MiB. Profiles and configs are decoded like sheets (UTF-8,
Shift_JIS, EUC-JP, UTF-16), undecodable bytes being an error at line:column. UTF-32 (by
its BOM) is refused as unsupported.

Examples:
  $ sheetparse sheet.txt                        JSON of one sheet file
  $ sheetparse sheets/ --format ndjson          one JSON document per line, per file
  $ sheetparse 'sheets/**/*.txt' > all.json     a JSON array, one Document per file
  $ sheetparse sheet.txt --format yaml --positions
  $ cat sheet.txt | sheetparse - | jq '.projects[].name'
  $ sheetparse sheet.txt | jq '.projects[] | [.name, .policyIndex]'   each 事業 and its 施策 sheet (index in .policies)
  $ sheetparse sheets/ --format csv --bom -o years.csv       for Excel (UTF-8 with BOM)
  $ sheetparse sheets/ --table projects --output-encoding cp932 -o projects.csv
  $ sheetparse sheets/ --format csv --table all --output out/
  $ sheetparse ast sheet.txt                    the syntax tree with positions
  $ sheetparse sheet.pdf                        a PDF (or .xlsx, .xls, .html, .csv) read directly
  $ sheetparse text sheet.pdf > sheet.txt       the rows of cells the parser reads, as text
  $ sheetparse schema                           JSON Schema of the output
  $ sheetparse help check                       the help of one command (as check --help)

A first operand that is no file, folder or pattern but close to a command name is a usage
error (unknown command "chekc" — did you mean check?, exit 2, nothing read); help [COMMAND]
prints help. A file or folder of that name always wins (use ./help for the file when unsure).

--output writes a temporary file beside its target and renames it over the target only
when the run is done; a failed or interrupted run, or one where no input could be read,
leaves the target as it was. An output that is one of the inputs is refused.

Every Document is validated against the schema (sheetparse schema) before it is written; one
that fails is a bug of ours: it is replaced by a Document whose only diagnostic is "fatal"
(invalidDocument, naming the failing JSON path), and the run exits 2.

Exit codes: 0 success, diagnostics or not (they are in the data); 1 only with --strict, when a
sheet has an unrecognised line or an error diagnostic; 2 usage error, an input that cannot be read or decoded, or a Document
that failed the schema check (the worst wins).
Colour is off when stderr is not a terminal, with NO_COLOR, or with --no-color. Control
characters in file names are printed as escapes (\\n, \\x1B), never as they are.`;

const REPORT_EXAMPLES = `
The page has no external resources and makes no requests (inline CSS, SVG charts, one
small inline script for sorting, under a strict Content-Security-Policy). It fits a phone's
screen (wide tables scroll in their box) and prints on A4, a 施策 or 事業 on one page where
it fits. All budget charts of a page share one unit (千円, 百万円 or 億円, by the largest amount).

Examples:
  $ sheetparse report sheets/ --output report.html
  $ sheetparse report 'sheets/**/*.txt' > report.html

--output is replaced only by a whole page, never when no input could be read, and may not
be one of the inputs.

Exit codes: 0 the page was written; 2 usage error, or an input that cannot be read or
decoded, or whose Document failed the schema check (the page still shows the other inputs
and names the failed one).`;

/** Whether an operand names something on disk (a broken symlink counts: it is a file the user means). */
function existsOnDisk(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The default command's first operand may be a command word rather than a file, as commander
 * (whose own help command is off, so that the default command keeps its operands) cannot tell.
 * A file or folder of that name always wins, so a sheet named `help` or `chekc` still parses;
 * otherwise `help [command]` prints help, and a word close to a command name is a usage error
 * instead of "no such file" after a screen of output for the other operands.
 * Returns true when the word was handled (help printed) and nothing is left to parse.
 */
function handleCommandWord(program: Command, inputs: readonly string[]): boolean {
  const [first, ...rest] = inputs;
  if (first === undefined || existsOnDisk(first)) return false;
  const commands = program.commands.map((command) => command.name());
  if (first === "help") {
    const [name, ...extra] = rest;
    if (extra.length > 0) throw new UsageError(`help takes one command name, not ${rest.length}`);
    const command = name === undefined || name === "help" ? program : program.commands.find((candidate) => candidate.name() === name);
    if (command === undefined) {
      const meant = suggestCommand(name ?? "", commands);
      throw new UsageError(`unknown command "${name ?? ""}"${meant === null ? "" : ` — did you mean ${meant}?`} (commands: ${commands.join(", ")})`);
    }
    // outputHelp, not helpInformation: the same page as `--help`, examples included.
    command.outputHelp();
    return true;
  }
  const meant = suggestCommand(first, [...commands, "help"]);
  if (meant !== null) throw new UsageError(`unknown command "${first}" — did you mean ${meant}?`);
  return false;
}

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command();
  program
    .name("sheetparse")
    .description("Parse plain-text Japanese municipal evaluation sheets (行政評価シート) into JSON, NDJSON, YAML or CSV.")
    .version(packageVersion(), "-V, --version")
    .argument("[inputs...]", "files, directories (searched for *.txt), glob patterns, or - for stdin")
    .addOption(new Option("--format <format>", "output format (json: an array for several inputs; ndjson: one line per file)").choices(FORMATS).default("json"))
    .addOption(new Option("--table <name>", "CSV table (implies --format csv); all needs --output DIR").choices(TABLE_CHOICES))
    .option("-o, --output <path>", "write to this file (or, with --table all, this directory) instead of stdout; - is stdout")
    .option("--positions", "add the source line to every object (CSV: a line column)", false)
    .option("--strict", "exit 1 when a line is unrecognised or an error is found", false)
    .option("--bom", "CSV: start with a UTF-8 byte order mark (for Excel)", false)
    .addOption(
      new Option("--output-encoding <name>", "CSV: utf-8 (default) or cp932 (Shift_JIS, for Japanese Excel)").argParser((value: string) => {
        const encoding = parseOutputEncoding(value);
        if (encoding === null) throw new InvalidArgumentError("Use utf-8 or cp932.");
        return encoding;
      }),
    )
    .option("--raw-cells", "CSV: keep cells starting with = + - @ (or fullwidth, or −, which CP932 writes as －) as they are (no leading ')", false)
    .option("--no-color", "no colour in messages")
    .addHelpText("after", EXAMPLES)
    .showHelpAfterError("(run sheetparse --help for usage)")
    .exitOverride();
  addCommonOptions(program);
  program.configureOutput({ writeErr: (text) => process.stderr.write(text), outputError: (text, write) => write(printableCommanderError(text)) });
  program.action(async (inputs: string[], options: CommonOptions & ParseFlags) => {
    if (handleCommandWord(program, inputs)) {
      setExit(0);
      return;
    }
    if (inputs.length === 0 && process.stdin.isTTY) {
      process.stderr.write(program.helpInformation());
      setExit(2);
      return;
    }
    const flags = resolveParseFlags(options, program.getOptionValueSource("format") !== "default");
    if (!flags.ok) throw new UsageError(flags.message);
    const parseOptions = await parseOptionsOf(options);
    // Loaded here, not at the top, so `--help`, `--version` and the other commands start faster.
    const { runParseCommand } = await import("./commands/parse.js");
    setExit(await runParseCommand(inputs, parseOptions, flags.options));
  });

  addCommonOptions(
    program
      .command("ast")
      .description("print the lossless syntax tree of one sheet as JSON, with unist positions")
      .argument("<file>", "a sheet file, or - for stdin")
      .exitOverride(),
  ).action(async (file: string, options: CommonOptions) => {
    const { runAstCommand } = await import("./commands/ast.js");
    setExit(await runAstCommand(file, await parseOptionsOf(options)));
  });

  program
    .command("text")
    .description("print the rows of cells each input yields (PDF, Excel, HTML, CSV or text) as the tab-separated text the parser reads")
    .argument("[inputs...]", "files, directories, glob patterns, or - for stdin")
    .option("--encoding <name>", "encoding of text, HTML and CSV inputs: auto, utf-8, shift_jis (cp932), euc-jp, utf-16le, utf-16be", "auto")
    .addOption(langOption())
    .exitOverride()
    .action(async (inputs: string[], options: { encoding: string; lang?: string }) => {
      const encoding = parseEncodingOption(options.encoding);
      if (encoding === null) throw new UsageError(cliMessages[langOf(options.lang, process.env)].unknownEncoding(options.encoding));
      const { runTextCommand } = await import("./commands/text.js");
      setExit(await runTextCommand(inputs, { encoding, lang: langOf(options.lang, process.env) }));
    });

  // Without this the program's own --output, --encoding and --profile would take those
  // options from after a subcommand's name (`report x --output r.html`), and the subcommand
  // would never see them; the default command still takes options after its operands.
  program.enablePositionalOptions();
  const report = addCommonOptions(
    program
      .command("report")
      .description("write one self-contained HTML page for a batch of sheets: summary, overview table, charts, check results")
      .argument("[inputs...]", "files, directories (searched for *.txt), glob patterns, or - for stdin")
      .option("-o, --output <file.html>", "write the page to this file instead of stdout; - is stdout")
      .addHelpText("after", REPORT_EXAMPLES)
      .exitOverride(),
  );
  report.action(async (inputs: string[], options: CommonOptions & { output?: string }) => {
    if (inputs.length === 0 && process.stdin.isTTY) {
      process.stderr.write(report.helpInformation());
      setExit(2);
      return;
    }
    const parseOptions = await parseOptionsOf(options);
    const { runReportCommand } = await import("./commands/report.js");
    // `-o -` is standard output, as for parsing.
    setExit(await runReportCommand(inputs, parseOptions, options.output === undefined || options.output === "-" ? {} : { output: options.output }));
  });

  const check = addCommonOptions(
    program
      .command("check")
      .description("lint sheets (the rules are listed in the README's rule table) and report for people or CI: stylish, json, github, sarif, junit")
      .argument("[inputs...]", "files, directories (searched for *.txt), glob patterns, or - for stdin")
      .addOption(new Option("--reporter <name>", "output on stdout").choices(REPORTER_NAMES).default("stylish"))
      .option("--max-warnings <n>", "exit 1 when there are more warnings than this (decimal digits, 0 or more)", parseMaxWarnings)
      .option("--rule <id=severity>", "set a rule to off, info, warn (warning) or error (repeatable)", (value: string, previous: string[]) => [...previous, value], [] as string[])
      .option("--config <file>", "config file (default: sheetparse.config.yaml, looked up from the working directory upward)")
      .option("--no-color", "no colour in the report")
      .addHelpText("after", CHECK_HELP)
      .exitOverride(),
  );
  check.action(async (inputs: string[], options: CommonOptions & CheckFlags) => {
    if (inputs.length === 0 && process.stdin.isTTY) {
      process.stderr.write(check.helpInformation());
      setExit(2);
      return;
    }
    const parseOptions = await parseOptionsOf(options);
    const { runCheckCommand } = await import("./commands/check.js");
    const colors = await loadColors(wantsColor(options.color, process.stdout.isTTY === true, process.env));
    setExit(await runCheckCommand(inputs, parseOptions, checkOptionsOf(options, colors, packageVersion())));
  });

  program
    .command("schema")
    .description("print the JSON Schema of the output (generated from the zod schemas)")
    .option("--profile", "print the JSON Schema of the template profile format instead", false)
    .addOption(langOption())
    .exitOverride()
    .action(async (options: { profile: boolean }) => {
      // zod is the costliest import; only this command needs it as a value.
      const { runSchemaCommand } = await import("./commands/schema.js");
      setExit(runSchemaCommand(options));
    });

  program
    .command("profiles")
    .description("list the built-in template profiles")
    .addOption(langOption())
    .exitOverride()
    .action(() => {
      for (const profile of builtinProfiles.values()) process.stdout.write(`${profile.name}\t${profile.description ?? ""}\n`);
      setExit(0);
    });
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and sets process.exitCode. */
export async function run(argv: readonly string[]): Promise<void> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const reportStdoutError = guardStdout();
  const program = buildProgram(setExit);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version are not errors; everything else commander rejects is usage.
      exitCode = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    } else if (error instanceof UsageError) {
      writeError(error.message);
      exitCode = 2;
    } else if (isBrokenPipe(error)) {
      // The reader (`| head`) has what it wanted.
    } else if (outputErrorMessage(error) !== null) {
      writeError(outputErrorMessage(error) ?? "");
      exitCode = 2;
    } else {
      writeError(`internal error: ${(error as Error).message}`);
      if ((process.env["DEBUG"] ?? "").includes("sheetparse")) process.stderr.write(`${(error as Error).stack ?? ""}\n`);
      exitCode = 2;
    }
  }
  // A command that failed has said why; otherwise a lost write to stdout is this run's failure.
  if (exitCode === 0) {
    await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
    if (reportStdoutError()) exitCode = 2;
  }
  process.exitCode = exitCode;
}
