/**
 * The CLI's IO object on in-memory streams: standard input from bytes, stdout and stderr
 * collected as bytes, no terminal, no descriptor behind standard input. For running the
 * CLI, or one of its commands, inside the test's own process.
 */
import { Readable, Writable } from "node:stream";
import type { CliIo } from "../../src/cli/cli-io.js";

export interface MemoryIoOptions {
  /** Standard input's bytes (a string as UTF-8); empty by default, as a closed pipe. */
  input?: string | Uint8Array;
  /** Standard input as a stream of the test's own (one it keeps open), instead of `input`. */
  stdin?: Readable;
  /** The whole environment the CLI sees (not merged with the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Which streams the CLI is told are terminals (none by default), as a pseudo-terminal would make them. */
  tty?: Partial<CliIo["isTTY"]>;
}

export interface MemoryIo {
  io: CliIo;
  /** Everything written to stdout so far. */
  stdout(): Buffer;
  /** Everything written to stderr so far. */
  stderr(): Buffer;
}

/** A stream that keeps every chunk; it never pushes back, as a pipe to a fast reader would not. */
function collector(): { stream: Writable; bytes(): Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

/** What a pipe delivers at a time on Linux. */
const PIPE_CHUNK = 64 * 1024;

/** The bytes in the pieces a pipe delivers, as views: reading adds them up as it would from a pipe. */
function* pipeChunks(bytes: Buffer): Generator<Buffer> {
  for (let start = 0; start < bytes.length; start += PIPE_CHUNK) yield bytes.subarray(start, start + PIPE_CHUNK);
}

export function memoryIo(options: MemoryIoOptions = {}): MemoryIo {
  const stdout = collector();
  const stderr = collector();
  const input = options.input ?? "";
  const bytes = typeof input === "string" ? Buffer.from(input, "utf8") : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const io: CliIo = {
    stdin: options.stdin ?? Readable.from(pipeChunks(bytes)),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: options.env ?? {},
    isTTY: { stdin: false, stdout: false, stderr: false, ...options.tty },
    columns: { stdout: undefined, stderr: undefined },
    stdinFd: null,
  };
  return { io, stdout: stdout.bytes, stderr: stderr.bytes };
}
