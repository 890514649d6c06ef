/**
 * The README tells the truth (issue 14, part 7): every command it shows with its
 * output is run and compared, and its synopses name the options `--help` names.
 * A command that is only `./bin/sheetparse WORDS` (perhaps after `LANG=…`, perhaps with
 * `> /dev/null`) runs in process, as test/cli/launcher.test.ts shows bin/sheetparse does;
 * so does such a run at the head of a pipeline (`./bin/sheetparse WORDS | jq …`), whose
 * stdout the rest of the pipeline then reads in a bash of its own, as written (a CLI
 * process costs about half a second of CPU, bash and jq a hundredth); the others (quotes
 * in the run's words, other programs first) run as written, all in one bash, with
 * ./bin/sheetparse from dist/ (npm test builds first). `--help` runs in process. Commands
 * that use jq are skipped where jq is not installed, except under CI (.ci/run installs
 * Debian's jq), where they run and a missing jq fails them.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/fixtures.js";
import { runCli, type Transcript } from "./cli/helpers.js";

const README = readFileSync(join(repoRoot, "README.md"), "utf8");
// Under CI the jq commands always run: a missing jq is a failure there, never a skip.
const hasJq = Boolean(process.env["CI"]) || spawnSync("jq", ["--version"], { stdio: "ignore" }).status === 0;

interface Block {
  lang: string;
  lines: string[];
  /** 1-based line of the opening fence, for messages. */
  at: number;
}

function blocks(markdown: string): Block[] {
  const found: Block[] = [];
  let open: Block | null = null;
  markdown.split("\n").forEach((line, index) => {
    const fence = /^```(\w*)\s*$/.exec(line);
    if (open === null && fence) open = { lang: fence[1] ?? "", lines: [], at: index + 1 };
    else if (open !== null && line.startsWith("```")) {
      found.push(open);
      open = null;
    } else open?.lines.push(line);
  });
  return found;
}

interface Example {
  command: string;
  /** Expected output lines; a line of only `…` stands for any number of lines. */
  expected: string[];
  at: number;
}

/** `$ command` (with indented continuation lines) and the output under it, up to the next `$` or `#` line. */
function transcripts(block: Block): Example[] {
  const examples: Example[] = [];
  let current: Example | null = null;
  let inCommand = false;
  block.lines.forEach((line, index) => {
    if (line.startsWith("$ ")) {
      current = { command: line.slice(2), expected: [], at: block.at + index + 1 };
      examples.push(current);
      inCommand = true;
    } else if (current !== null && inCommand && /^\s+\S/.test(line)) {
      current.command += `\n${line}`;
    } else if (line.startsWith("# ")) {
      current = null;
    } else {
      inCommand = false;
      current?.expected.push(line);
    }
  });
  for (const example of examples) while (example.expected.at(-1) === "") example.expected.pop();
  return examples;
}

/** `./bin/sheetparse … # N`: a one-line command whose whole output is the number N. */
function countComments(block: Block): Example[] {
  return block.lines.flatMap((line, index) => {
    const hash = line.lastIndexOf("#");
    const command = line.slice(0, Math.max(hash, 0)).trimEnd();
    const count = line.slice(hash + 1).trim();
    return command.startsWith("./bin/sheetparse ") && /^\d+$/.test(count) ? [{ command, expected: [count], at: block.at + index + 1 }] : [];
  });
}

const examples = blocks(README).flatMap((block) => {
  if (block.lang !== "sh" && block.lang !== "text") return [];
  const shown = block.lines.find((line) => line.startsWith("$ ")) ? transcripts(block) : [];
  return [...shown, ...(block.lang === "sh" ? countComments(block) : [])];
});

/** True when `actual` has the expected lines in order, each `…` line matching any run of lines. */
function matches(expected: readonly string[], actual: readonly string[]): boolean {
  const [first, ...rest] = expected;
  if (first === undefined) return actual.length === 0;
  if (first.trim() === "…") return actual.some((_, skip) => matches(rest, actual.slice(skip))) || matches(rest, []);
  return actual[0] === first && matches(rest, actual.slice(1));
}

/**
 * `./bin/sheetparse WORDS` alone, as in-process arguments: words of letters, digits and
 * `._/=,:-` only (nothing the shell would expand or unquote), after at most one `LANG=…`,
 * and `> /dev/null` (stdout dropped) at most at the end. Null for anything else.
 */
function plainRun(command: string): { args: string[]; env: Record<string, string>; dropStdout: boolean } | null {
  const plain = /^(?:LANG=(?<lang>[\w.-]+) )?\.\/bin\/sheetparse(?<words>(?: [\w./=,:-]+)*?)(?<drop> > \/dev\/null)?$/.exec(command);
  if (!plain?.groups) return null;
  const { lang, words = "", drop } = plain.groups;
  return { args: words.split(" ").filter((word) => word !== ""), env: lang === undefined ? {} : { LANG: lang }, dropStdout: drop !== undefined };
}

/**
 * `PLAIN | REST`: a plain run as above, its stdout kept (perhaps its stderr dropped with
 * `2>/dev/null`), whose stdout the rest of the pipeline reads, perhaps after a `\` and a
 * new line: the plain run goes in process, REST runs as written in bash on its stdout.
 * The first `|` ends the run, so `cat a.txt | ./bin/sheetparse -` is not one. Null for
 * anything else.
 */
function pipedRun(command: string): { plain: NonNullable<ReturnType<typeof plainRun>>; dropStderr: boolean; rest: string } | null {
  const piped = /^(?<head>[^|\n]*?)(?<quiet> 2>\/dev\/null)?(?: \\\n\s*| )\| (?<rest>[\s\S]+)$/.exec(command);
  if (!piped?.groups) return null;
  const { head = "", quiet, rest = "" } = piped.groups;
  const plain = plainRun(head);
  return plain === null || plain.dropStdout ? null : { plain, dropStderr: quiet !== undefined, rest };
}

const inShell = examples.filter((example) => plainRun(example.command) === null && pipedRun(example.command) === null && (hasJq || !/\bjq\b/.test(example.command)));

/**
 * The commands that need a shell, run in one bash (a subshell each, stdin from /dev/null),
 * started when this file loads: each command's stdout and stderr, by index in `inShell`.
 */
const shell: Promise<{ stdout: string; stderr: string }[]> = (() => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-readme-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = inShell.map((example, index) => `(\n${example.command}\n) > ${dir}/${index}.out 2> ${dir}/${index}.err < /dev/null`).join("\n");
  return new Promise((resolve, reject) => {
    const bash = spawn("bash", ["-o", "pipefail", "-c", script], { cwd: repoRoot, env: shellEnv(), stdio: "ignore", timeout: 180_000 });
    bash.on("error", reject);
    bash.on("close", (code, signal) => {
      if (signal !== null) reject(new Error(`the README's shell commands did not finish (${signal})`));
      else resolve(inShell.map((_, index) => ({ stdout: readFileSync(join(dir, `${index}.out`), "utf8"), stderr: readFileSync(join(dir, `${index}.err`), "utf8") })));
    });
  });
})();
// Each test that needs the shell awaits it and fails with its error; none is left unhandled before then.
shell.catch(() => undefined);

/** The environment of the README's shell commands: the test's, colour off, neither forced colour nor stack traces. */
function shellEnv(): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
  delete env["FORCE_COLOR"];
  delete env["DEBUG"];
  return env;
}

/** What the command printed: in process, in process into the rest of its pipeline, or from the shell's run. */
async function transcript(example: Example): Promise<Pick<Transcript, "stdout" | "stderr">> {
  const plain = plainRun(example.command);
  if (plain !== null) {
    const run = await runCli(plain.args, { env: plain.env });
    return { stdout: plain.dropStdout ? "" : run.stdout, stderr: run.stderr };
  }
  const piped = pipedRun(example.command);
  if (piped !== null) {
    const run = await runCli(piped.plain.args, { env: piped.plain.env });
    const rest = spawnSync("bash", ["-o", "pipefail", "-c", piped.rest], { cwd: repoRoot, env: shellEnv(), input: run.stdoutBytes, encoding: "utf8", timeout: 60_000 });
    if (rest.error) throw rest.error;
    return { stdout: rest.stdout, stderr: (piped.dropStderr ? "" : run.stderr) + rest.stderr };
  }
  const index = inShell.indexOf(example);
  const output = (await shell)[index];
  if (output === undefined) throw new Error(`README line ${example.at}: not run`);
  return output;
}

describe("README", () => {
  it("shows commands with their output", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it("runs in process only the commands that are ./bin/sheetparse and its words", () => {
    const inProcess = examples.filter((example) => plainRun(example.command) !== null).map((example) => example.command);
    expect(inProcess.length).toBeGreaterThanOrEqual(5);
    for (const command of inProcess) expect(command).not.toMatch(/[\n|;&<$'"`*?()]/);
    expect(plainRun("./bin/sheetparse fixtures/a.txt | jq .")).toBeNull();
    expect(plainRun("./bin/sheetparse 'fixtures/**/*.txt'")).toBeNull();
    expect(plainRun("./bin/sheetparse a.txt 2>/dev/null")).toBeNull();
    expect(plainRun("cat a.txt | ./bin/sheetparse -")).toBeNull();
    expect(plainRun("LANG=ja_JP.UTF-8 ./bin/sheetparse --formt json")).toEqual({ args: ["--formt", "json"], env: { LANG: "ja_JP.UTF-8" }, dropStdout: false });
    expect(plainRun("./bin/sheetparse a.txt --format ndjson > /dev/null")).toEqual({ args: ["a.txt", "--format", "ndjson"], env: {}, dropStdout: true });
  });

  it("runs in process the plain run at the head of a pipeline, and the rest as written in bash", () => {
    const piped = examples.flatMap((example) => pipedRun(example.command) ?? []);
    expect(piped.length).toBeGreaterThanOrEqual(5);
    for (const { rest } of piped) expect(rest).not.toMatch(/^\s*\|/);
    expect(pipedRun("./bin/sheetparse a.txt --positions | jq -c '.x | {a}'")).toEqual({ plain: { args: ["a.txt", "--positions"], env: {}, dropStdout: false }, dropStderr: false, rest: "jq -c '.x | {a}'" });
    expect(pipedRun("./bin/sheetparse a/ --format ndjson 2>/dev/null \\\n  | jq -r '.b'")).toEqual({ plain: { args: ["a/", "--format", "ndjson"], env: {}, dropStdout: false }, dropStderr: true, rest: "jq -r '.b'" });
    expect(pipedRun("cat a.txt | ./bin/sheetparse - | jq .")).toBeNull();
    expect(pipedRun("./bin/sheetparse 'a/**/*.txt' | wc -l")).toBeNull();
    expect(pipedRun("./bin/sheetparse a.txt > /dev/null | wc -c")).toBeNull();
    expect(pipedRun("./bin/sheetparse a.txt")).toBeNull();
  });

  it.each(examples.map((example) => [`line ${example.at}: ${example.command.split("\n")[0] ?? ""}`, example] as const))(
    "%s",
    async (_name, example) => {
      if (!hasJq && /\bjq\b/.test(example.command)) return;
      const run = await transcript(example);
      // CSV ends its records with CRLF; the README shows lines.
      const lines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n").map((line) => line.replace(/\r$/, "")));
      // What the README shows is stdout, or, where it shows messages, stdout and then stderr
      // (a batch's summary line goes to stderr, and the README leaves it out of data examples).
      const stdout = lines(run.stdout);
      const shown = matches(example.expected, stdout) || matches(example.expected, [...stdout, ...lines(run.stderr)]);
      expect(shown, `README line ${example.at}\n${run.stdout}${run.stderr}`).toBe(true);
    },
    // The shell's commands run one after another; the first to wait for them waits for all.
    180_000,
  );

  /** The `--option` names in a text. */
  function options(text: string): string[] {
    return [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].filter((option) => option !== "--help" && option !== "--version").sort();
  }

  /** The README synopsis lines of one command: the line starting `sheetparse <prefix>[` and its indented continuations. */
  function synopsis(prefix: string): string {
    const lines = README.split("\n");
    const start = lines.findIndex((line) => line.startsWith(`sheetparse ${prefix}[FILE`));
    expect(start, `README synopsis of sheetparse ${prefix}`).toBeGreaterThanOrEqual(0);
    const end = lines.findIndex((line, index) => index > start && !/^\s+\[/.test(line));
    return lines.slice(start, end).join("\n");
  }

  async function helpOptions(args: string[]): Promise<string[]> {
    const run = await runCli(args);
    const section = /Options:\n([\s\S]*?)\n\n/.exec(run.stdout)?.[1] ?? "";
    const flags = section.split("\n").flatMap((line) => /^\s{2}(?:-\w, )?(--[a-z-]+)/.exec(line)?.[1] ?? []);
    return options(flags.join(" "));
  }

  it.each([
    ["", ["--help"]],
    ["check ", ["check", "--help"]],
    ["report ", ["report", "--help"]],
  ])("the synopsis of sheetparse %s names the options of its --help", async (prefix, args) => {
    expect(options(synopsis(prefix))).toEqual(await helpOptions(args));
  });
});
