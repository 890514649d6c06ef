/** CLI transcripts: spawn bin/sheetparse (the built dist/) and capture stdout, stderr and the exit code, colour off. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "../../src/index.js";
import type { Document } from "../../src/model/schema.js";
import { repoRoot } from "../helpers/fixtures.js";

export { repoRoot };

export const bin = join(repoRoot, "bin/sheetparse");

export interface Transcript {
  stdout: string;
  stdoutBytes: Buffer;
  stderr: string;
  /** The exit code; null if a signal ended the process. */
  code: number | null;
}

export interface RunOptions {
  /** Piped to stdin (stdin is always a pipe, never a TTY). */
  input?: string | Buffer;
  env?: Record<string, string>;
  cwd?: string;
  /** Kills a run that hangs (a failure, not a slow pass); 60 s by default. */
  timeoutMs?: number;
}

/** Runs `./bin/sheetparse ARGS` in the repository root with NO_COLOR=1. */
export function runCli(args: readonly string[], options: RunOptions = {}): Transcript {
  // The locale is pinned (English messages) unless a test sets it: the machine's must never change a transcript.
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", LANG: "C", LC_ALL: "", LC_MESSAGES: "", ...options.env };
  // The outer environment must not switch on stack traces or colour in the transcripts.
  delete env["DEBUG"];
  delete env["FORCE_COLOR"];
  const result = spawnSync(bin, [...args], { cwd: options.cwd ?? repoRoot, env, input: options.input ?? "", maxBuffer: 1024 * 1024 * 1024, timeout: options.timeoutMs ?? 60_000 });
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
