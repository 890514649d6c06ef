/**
 * CLI transcripts: stdout, stderr and the exit code of a run, colour off. `runCli` runs the
 * built CLI (dist/bundle/, what bin/sheetparse runs) inside this process on in-memory streams;
 * `runCliSpawned` spawns bin/sheetparse, for what only a process of its own has (signals, a
 * closed pipe, a terminal, a real descriptor behind stdin, the launcher itself).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { parse } from "../../src/index.js";
import type * as Cli from "../../src/cli/main.js";
import type { Document } from "../../src/model/schema.js";
import { repoRoot } from "../helpers/fixtures.js";
import { memoryIo, type MemoryIoOptions } from "./memory-io.js";

export { repoRoot };

export const bin = join(repoRoot, "bin/sheetparse");

export interface Transcript {
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  /** The exit code; null if a signal ended the process (spawned runs only). */
  code: number | null;
}

export interface RunOptions {
  /** Standard input (never a TTY): a pipe of these bytes when spawned, a stream of them in process. */
  input?: string | Buffer;
  /** In process only: standard input as a stream of the test's own, e.g. one held open while the test acts. */
  stdin?: Readable;
  env?: Record<string, string>;
  /** The working directory; the repository root by default. */
  cwd?: string;
  /** Fails a run that hangs (a failure, not a slow pass); 60 s by default. */
  timeoutMs?: number;
  /** In process only: the streams the CLI is told are terminals (none by default). */
  tty?: MemoryIoOptions["tty"];
  /**
   * In process only: which build runs. "bundle" (the default) is what bin/sheetparse runs;
   * "modules" is tsc's dist/cli/, whose module instances a test seam can reach (the bundle
   * keeps its own copy of every module, out of reach).
   */
  build?: CliBuild;
}

type CliBuild = "bundle" | "modules";

/**
 * The environment of a run: the test process's, colour off, the locale pinned (English
 * messages) unless the test sets it — the machine's must never change a transcript — and
 * neither stack traces nor forced colour from outside.
 */
function cliEnv(env: Record<string, string> = {}): Record<string, string | undefined> {
  const merged: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", LANG: "C", LC_ALL: "", LC_MESSAGES: "", ...env };
  delete merged["DEBUG"];
  delete merged["FORCE_COLOR"];
  return merged;
}

const loaded = new Map<CliBuild, Promise<typeof Cli>>();

/** The built CLI's module, loaded once per test file (vitest.config.ts has Node load dist/ natively). */
function loadCli(build: CliBuild): Promise<typeof Cli> {
  const url = pathToFileURL(join(repoRoot, build === "bundle" ? "dist/bundle/main.js" : "dist/cli/main.js")).href;
  let cli = loaded.get(build);
  if (!cli) {
    cli = (import(url) as Promise<typeof Cli>).catch((error: unknown) => {
      throw new Error(`cannot load ${url} (npm test builds it; run npm run build): ${(error as Error).message}`);
    });
    loaded.set(build, cli);
  }
  return cli;
}

/** In-process runs one at a time: the working directory is the process's, and a run changes it. */
let queue: Promise<unknown> = Promise.resolve();

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const result = queue.then(task);
  queue = result.catch(() => undefined);
  return result;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs `sheetparse ARGS` in this process, in the repository root (or `cwd`) with NO_COLOR=1:
 * the same code bin/sheetparse runs, on streams of its own. The working directory is
 * changed for the run and back (vitest's `forks` pool lets a test file's process do so).
 */
export function runCli(args: readonly string[], options: RunOptions = {}): Promise<Transcript> {
  return oneAtATime(async () => {
    const { run } = await loadCli(options.build ?? "bundle");
    const memory = memoryIo({ input: options.input ?? "", env: cliEnv(options.env), ...(options.stdin ? { stdin: options.stdin } : {}), ...(options.tty ? { tty: options.tty } : {}) });
    const before = process.cwd();
    process.chdir(options.cwd ?? repoRoot);
    try {
      const code = await withTimeout(run(args, memory.io), options.timeoutMs ?? 60_000, `sheetparse ${args.join(" ")}`);
      const stdoutBytes = memory.stdout();
      return { stdout: stdoutBytes.toString("utf8"), stdoutBytes, stderr: memory.stderr().toString("utf8"), code };
    } finally {
      process.chdir(before);
    }
  });
}

/** Runs `./bin/sheetparse ARGS` as a process of its own, in the repository root (or `cwd`) with NO_COLOR=1. */
export function runCliSpawned(args: readonly string[], options: Omit<RunOptions, "stdin" | "tty"> = {}): Transcript {
  const result = spawnSync(bin, [...args], { cwd: options.cwd ?? repoRoot, env: cliEnv(options.env), input: options.input ?? "", maxBuffer: 1024 * 1024 * 1024, timeout: options.timeoutMs ?? 60_000 });
  if (result.error) throw result.error;
  return { stdout: result.stdout.toString("utf8"), stdoutBytes: result.stdout, stderr: result.stderr.toString("utf8"), code: result.status };
}

/** What the library makes of a file, read as the CLI reads it (path relative to the repository root). */
export function libraryDocument(path: string | null, bytes?: Uint8Array): Document {
  return parse(bytes ?? readFileSync(resolve(repoRoot, path ?? "")), { path });
}

/** The batch summary line the CLI should print for these documents (unreadable ones given apart). */
export function expectedSummary(documents: readonly Document[], unreadable = 0): string {
  const plural = (n: number, one: string, many: string): string => `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
  const all = documents.flatMap((document) => document.diagnostics);
  const errors = all.filter((d) => d.severity === "error").length + unreadable;
  const warnings = all.filter((d) => d.severity === "warning").length;
  const infos = all.filter((d) => d.severity === "info").length;
  const policies = documents.reduce((sum, d) => sum + d.policies.length, 0);
  const projects = documents.reduce((sum, d) => sum + d.projects.length, 0);
  const files = documents.length + unreadable;
  return (
    `sheetparse: ${plural(files, "file", "files")} (${documents.length} parsed, ${unreadable} unreadable); ` +
    `${plural(policies, "policy", "policies")}, ${plural(projects, "project", "projects")}; ` +
    `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}, ${plural(infos, "info", "infos")}\n`
  );
}

/** The CLI fixtures, relative to the repository root. */
export const cliFixtures = {
  one: "test/cli/fixtures/batch/one.txt",
  two: "test/cli/fixtures/batch/two.txt",
  three: "test/cli/fixtures/batch/nested/three.txt",
  batchDir: "test/cli/fixtures/batch",
  unrecognized: "test/cli/fixtures/unrecognized.txt",
  kanji: "test/cli/fixtures/kanji.txt",
  sheet: "test/emit/fixtures/sheet.txt",
} as const;

/** The batch directory's files in the order the CLI walks them (sorted relative paths). */
export const batchFiles = [cliFixtures.three, cliFixtures.one, cliFixtures.two];
