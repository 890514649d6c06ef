/**
 * The README tells the truth (issue 14, part 7): every command it shows with its
 * output is run and compared, and its synopses name the options `--help` names.
 * Runs the README's commands as written, in bash, with ./bin/sheetparse from dist/
 * (npm test builds first); `--help` runs in process. Commands that use jq are skipped
 * where jq is not installed.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./helpers/fixtures.js";
import { runCli } from "./cli/helpers.js";

const README = readFileSync(join(repoRoot, "README.md"), "utf8");
const hasJq = spawnSync("jq", ["--version"], { stdio: "ignore" }).status === 0;

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

describe("README", () => {
  it("shows commands with their output", () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
  });

  it.each(examples.map((example) => [`line ${example.at}: ${example.command.split("\n")[0] ?? ""}`, example] as const))("%s", (_name, example) => {
    if (!hasJq && /\bjq\b/.test(example.command)) return;
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1" };
    delete env["FORCE_COLOR"];
    delete env["DEBUG"];
    const run = spawnSync("bash", ["-o", "pipefail", "-c", example.command], { cwd: repoRoot, env, encoding: "utf8", timeout: 60_000 });
    // CSV ends its records with CRLF; the README shows lines.
    const lines = (text: string) => (text === "" ? [] : text.replace(/\n$/, "").split("\n").map((line) => line.replace(/\r$/, "")));
    // What the README shows is stdout, or, where it shows messages, stdout and then stderr
    // (a batch's summary line goes to stderr, and the README leaves it out of data examples).
    const stdout = lines(run.stdout);
    const shown = matches(example.expected, stdout) || matches(example.expected, [...stdout, ...lines(run.stderr)]);
    expect(shown, `README line ${example.at}\n${run.stdout}${run.stderr}`).toBe(true);
  });

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
