/**
 * The command line: parse options, call the library, format, return an exit code.
 * Commands reach the process only through the IO object (cli-io.ts), so that a caller may
 * give them other streams; commander's own exits on bad arguments become exit 2.
 */
import { lstatSync, readFileSync } from "node:fs";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { parseEncodingOption } from "../source/decode.js";
import { selectProfiles } from "../profile/select.js";
import { builtinProfiles } from "../profile/registry.js";
import type { ParseOptions } from "../parse.js";
import { guardStdout, isBrokenPipe, outputErrorMessage, writeError } from "./io.js";
import { processIo, wantsStack, type CliIo } from "./cli-io.js";
import { FORMATS, TABLE_CHOICES, parseOutputEncoding, resolveParseFlags, type ParseFlags } from "./parse-options.js";
import { REPORTER_NAMES, checkHelp, checkOptionsOf, maxWarningsParser, type CheckFlags } from "./check-options.js";
import { loadColors, wantsColor } from "./colors.js";
import { cliMessages } from "../messages/cli.js";
import { helpTexts, type HelpTexts } from "../messages/help.js";
import type { Lang } from "../messages/types.js";
import { usageMessages } from "../messages/usage.js";
import { renderMessage } from "../messages/index.js";
import { langOption, langOf, langOfArgv } from "./lang-option.js";
import { jobsOf, jobsOption } from "./jobs/option.js";
import { suggestCommand } from "./command-typo.js";
import { commanderErrorText, localHelp } from "./commander-text.js";
import { renderProfileError } from "../messages/profile.js";

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

async function parseOptionsOf(options: CommonOptions, io: CliIo): Promise<ParseOptions> {
  const lang = langOf(options.lang, io.env);
  const encoding = parseEncodingOption(options.encoding);
  if (encoding === null) throw new UsageError(cliMessages[lang].unknownEncoding(options.encoding));
  const selected = await selectProfiles(options.profile.length > 0 ? options.profile : ["reference"]);
  if (!selected.ok) throw new UsageError(renderProfileError(lang, selected.error));
  return { encoding, profile: selected.profile, lang, ...(selected.autoProfiles ? { autoProfiles: selected.autoProfiles } : {}) };
}

function addCommonOptions(command: Command, help: HelpTexts): Command {
  return command
    .option("--encoding <name>", help.encoding, "auto")
    .option("--profile <name|file|auto>", help.profile, (value: string, previous: string[]) => [...previous, value], [] as string[])
    .addOption(langOption(help.lang));
}

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
function handleCommandWord(program: Command, inputs: readonly string[], lang: Lang): boolean {
  const [first, ...rest] = inputs;
  if (first === undefined || existsOnDisk(first)) return false;
  const say = usageMessages[lang];
  const commands = program.commands.map((command) => command.name());
  if (first === "help") {
    const [name, ...extra] = rest;
    if (extra.length > 0) throw new UsageError(say.helpTakesOneCommand(rest.length));
    const command = name === undefined || name === "help" ? program : program.commands.find((candidate) => candidate.name() === name);
    if (command === undefined) throw new UsageError(say.unknownCommandWord(name ?? "", suggestCommand(name ?? "", commands), commands));
    // outputHelp, not helpInformation: the same page as `--help`, examples included.
    command.outputHelp();
    return true;
  }
  const meant = suggestCommand(first, [...commands, "help"]);
  if (meant !== null) throw new UsageError(say.unknownCommandWord(first, meant, null));
  return false;
}

/**
 * The program in `lang`: help texts, commander's own errors and the option parsers' refusals.
 * Settings made before the subcommands are created (help, output, the hint) are inherited by them.
 */
function buildProgram(setExit: (code: number) => void, lang: Lang, io: CliIo): Command {
  const help = helpTexts[lang];
  const say = usageMessages[lang];
  const program = new Command();
  if (help.commander !== null) program.configureHelp(localHelp(help.commander));
  program
    .name("sheetparse")
    .description(help.program.description)
    .version(packageVersion(), "-V, --version", help.versionOption)
    .helpOption("-h, --help", help.helpOption)
    .argument("[inputs...]", help.inputs)
    .addOption(new Option("--format <format>", help.program.format).choices(FORMATS).default("json"))
    .addOption(new Option("--table <name>", help.program.table).choices(TABLE_CHOICES))
    .option("-o, --output <path>", help.program.output)
    .option("--positions", help.program.positions, false)
    .option("--strict", help.program.strict, false)
    .option("--bom", help.program.bom, false)
    .addOption(
      new Option("--output-encoding <name>", help.program.outputEncoding).argParser((value: string) => {
        const encoding = parseOutputEncoding(value);
        if (encoding === null) throw new InvalidArgumentError(say.outputEncodingChoices);
        return encoding;
      }),
    )
    .option("--raw-cells", help.program.rawCells, false)
    .option("--no-color", help.program.noColor)
    .addOption(jobsOption(help.jobs, lang))
    .addHelpText("after", help.program.after)
    .showHelpAfterError(say.helpHint)
    .exitOverride();
  addCommonOptions(program, help);
  // Help, --version and commander's errors go to the IO's streams, wrapped to its terminal's width.
  program.configureOutput({
    writeOut: (text) => io.stdout.write(text),
    writeErr: (text) => io.stderr.write(text),
    // 80, commander's width when the stream is not a terminal.
    getOutHelpWidth: () => io.columns.stdout ?? 80,
    getErrHelpWidth: () => io.columns.stderr ?? 80,
    getOutHasColors: () => wantsColor(true, io.isTTY.stdout, io.env),
    getErrHasColors: () => wantsColor(true, io.isTTY.stderr, io.env),
    outputError: (text, write) => write(commanderErrorText(text, lang)),
  });
  program.action(async (inputs: string[], options: CommonOptions & ParseFlags & { jobs?: number | "auto" }) => {
    if (handleCommandWord(program, inputs, lang)) {
      setExit(0);
      return;
    }
    if (inputs.length === 0 && io.isTTY.stdin) {
      io.stderr.write(program.helpInformation());
      setExit(2);
      return;
    }
    const flags = resolveParseFlags(options, program.getOptionValueSource("format") !== "default", langOf(options.lang, io.env));
    if (!flags.ok) throw new UsageError(flags.message);
    const parseOptions = await parseOptionsOf(options, io);
    // Loaded here, not at the top, so `--help`, `--version` and the other commands start faster.
    const { runParseCommand } = await import("./commands/parse.js");
    setExit(await runParseCommand(io, inputs, parseOptions, { ...flags.options, jobs: jobsOf(options.jobs) }));
  });

  addCommonOptions(
    program
      .command("ast")
      .description(help.ast.description)
      .argument("<file>", help.ast.file)
      .exitOverride(),
    help,
  ).action(async (file: string, options: CommonOptions) => {
    const { runAstCommand } = await import("./commands/ast.js");
    setExit(await runAstCommand(io, file, await parseOptionsOf(options, io)));
  });

  program
    .command("text")
    .description(help.text.description)
    .argument("[inputs...]", help.inputs)
    .option("--encoding <name>", help.text.encoding, "auto")
    .addOption(langOption(help.lang))
    .exitOverride()
    .action(async (inputs: string[], options: { encoding: string; lang?: string }) => {
      const encoding = parseEncodingOption(options.encoding);
      if (encoding === null) throw new UsageError(cliMessages[langOf(options.lang, io.env)].unknownEncoding(options.encoding));
      const { runTextCommand } = await import("./commands/text.js");
      setExit(await runTextCommand(io, inputs, { encoding, lang: langOf(options.lang, io.env) }));
    });

  // Without this the program's own --output, --encoding and --profile would take those
  // options from after a subcommand's name (`report x --output r.html`), and the subcommand
  // would never see them; the default command still takes options after its operands.
  program.enablePositionalOptions();
  const report = addCommonOptions(
    program
      .command("report")
      .description(help.report.description)
      .argument("[inputs...]", help.inputs)
      .option("-o, --output <file.html>", help.report.output)
      .addOption(jobsOption(help.jobs, lang))
      .addHelpText("after", help.report.after)
      .exitOverride(),
    help,
  );
  report.action(async (inputs: string[], options: CommonOptions & { output?: string; jobs?: number | "auto" }) => {
    if (inputs.length === 0 && io.isTTY.stdin) {
      io.stderr.write(report.helpInformation());
      setExit(2);
      return;
    }
    const parseOptions = await parseOptionsOf(options, io);
    const { runReportCommand } = await import("./commands/report.js");
    // `-o -` is standard output, as for parsing.
    const output = options.output === undefined || options.output === "-" ? {} : { output: options.output };
    setExit(await runReportCommand(io, inputs, parseOptions, { ...output, jobs: jobsOf(options.jobs) }));
  });

  const check = addCommonOptions(
    program
      .command("check")
      .description(help.check.description)
      .argument("[inputs...]", help.inputs)
      .addOption(new Option("--reporter <name>", help.check.reporter).choices(REPORTER_NAMES).default("stylish"))
      .option("--max-warnings <n>", help.check.maxWarnings, maxWarningsParser(lang))
      .option("--rule <id=severity>", help.check.rule, (value: string, previous: string[]) => [...previous, value], [] as string[])
      .option("--config <file>", help.check.config)
      .option("--no-color", help.check.noColor)
      .addOption(jobsOption(help.jobs, lang))
      .addHelpText("after", checkHelp(lang))
      .exitOverride(),
    help,
  );
  check.action(async (inputs: string[], options: CommonOptions & CheckFlags & { jobs?: number | "auto" }) => {
    if (inputs.length === 0 && io.isTTY.stdin) {
      io.stderr.write(check.helpInformation());
      setExit(2);
      return;
    }
    const parseOptions = await parseOptionsOf(options, io);
    const { runCheckCommand } = await import("./commands/check.js");
    const colors = await loadColors(wantsColor(options.color, io.isTTY.stdout, io.env));
    setExit(await runCheckCommand(io, inputs, parseOptions, { ...checkOptionsOf(options, colors, packageVersion(), io.isTTY.stdout), jobs: jobsOf(options.jobs) }));
  });

  program
    .command("schema")
    .description(help.schema.description)
    .option("--profile", help.schema.profile, false)
    .addOption(langOption(help.lang))
    .exitOverride()
    .action(async (options: { profile: boolean }) => {
      // zod is the costliest import; only this command needs it as a value.
      const { runSchemaCommand } = await import("./commands/schema.js");
      setExit(runSchemaCommand(io, options));
    });

  program
    .command("profiles")
    .description(help.profiles.description)
    .addOption(langOption(help.lang))
    .exitOverride()
    .action(() => {
      for (const profile of builtinProfiles.values()) io.stdout.write(`${profile.name}\t${profile.description ?? ""}\n`);
      setExit(0);
    });
  return program;
}

/**
 * Runs the CLI with the given arguments (without `node` and the script) on `io`, the
 * process's own streams by default, and resolves to the exit code (bin/sheetparse makes it
 * the process's). Nothing of the run is left in the process: no exit code, no listener
 * but the one that keeps an error of `io.stdout` from crashing.
 */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = 0;
  const setExit = (code: number): void => {
    exitCode = Math.max(exitCode, code);
  };
  const reportStdoutError = guardStdout(io);
  const lang = langOfArgv(argv, io.env);
  const program = buildProgram(setExit, lang, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version are not errors; everything else commander rejects is usage.
      exitCode = error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? 0 : 2;
    } else if (error instanceof UsageError) {
      writeError(io, error.message);
      exitCode = 2;
    } else if (isBrokenPipe(error)) {
      // The reader (`| head`) has what it wanted.
    } else if (outputErrorMessage(error) !== null) {
      writeError(io, outputErrorMessage(error, undefined, lang) ?? "");
      exitCode = 2;
    } else {
      writeError(io, renderMessage(lang, "fatal", "internalError", { detail: `internal error: ${(error as Error).message}` }));
      if (wantsStack(io)) io.stderr.write(`${(error as Error).stack ?? ""}\n`);
      exitCode = 2;
    }
  }
  // A command that failed has said why; otherwise a lost write to stdout is this run's failure.
  if (exitCode === 0) {
    await new Promise<void>((resolve) => io.stdout.write("", () => resolve()));
    if (reportStdoutError(lang)) exitCode = 2;
  }
  return exitCode;
}
