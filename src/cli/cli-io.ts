/**
 * The CLI's streams and environment as one object (issue 13, part 4). Commands read,
 * write and look at the environment only through it, never through `process`, so that a
 * caller — the tests — can run the CLI inside its own process with streams of its own.
 * What stays the process's: files, relative to its working directory; its pid in the
 * names of temporary files; and the handlers that remove those files on exit or a signal
 * (temp-files.ts), installed only while such a file exists.
 */
import type { Readable, Writable } from "node:stream";

export interface CliIo {
  /** Read to its end for `-` or no operand; never touched otherwise. */
  readonly stdin: Readable;
  /** Data only. */
  readonly stdout: Writable;
  /** Messages, the progress line, the batch summary. */
  readonly stderr: Writable;
  /** The locale (LANG, LC_ALL, LC_MESSAGES), NO_COLOR, TERM and DEBUG are read here. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Which streams are terminals: help instead of waiting on a terminal's stdin, the progress
   * line and colour on stderr, colour and code frames on stdout.
   */
  readonly isTTY: { readonly stdin: boolean; readonly stdout: boolean; readonly stderr: boolean };
  /** A terminal's width in columns, for commander's help; undefined when not a terminal (help is then 80 wide). */
  readonly columns: { readonly stdout: number | undefined; readonly stderr: number | undefined };
  /**
   * Standard input's file descriptor, to stat what it comes from (a directory, the file
   * `--output` names); null for a stream without one, which is then neither.
   */
  readonly stdinFd: number | null;
}

/**
 * The process's own streams and environment. Getters, so that standard input is touched
 * only when a command reads it or asks whether it is a terminal, as before the IO object.
 */
export function processIo(): CliIo {
  return {
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isTTY: {
      get stdin() {
        return process.stdin.isTTY === true;
      },
      stdout: process.stdout.isTTY === true,
      stderr: process.stderr.isTTY === true,
    },
    // commander's own defaults: the width only of a terminal.
    columns: {
      stdout: process.stdout.isTTY ? process.stdout.columns : undefined,
      stderr: process.stderr.isTTY ? process.stderr.columns : undefined,
    },
    stdinFd: 0,
  };
}

/** Whether DEBUG asks for the stack of an internal error (DEBUG=sheetparse, as the `debug` package's convention). */
export function wantsStack(io: CliIo): boolean {
  return (io.env["DEBUG"] ?? "").includes("sheetparse");
}

/** The stack of a bug, on stderr, when DEBUG asks for it; otherwise nothing. */
export function traceError(io: CliIo, error: unknown): void {
  if (wantsStack(io)) io.stderr.write(`${(error as Error | null)?.stack ?? String(error)}\n`);
}
