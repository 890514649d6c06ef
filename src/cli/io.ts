/** The CLI's contact with the process: stdin, stdout with back-pressure, stderr. */
import { once } from "node:events";
import type { Writable } from "node:stream";

/** Reads standard input to its end. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Writes and waits for the stream to drain when its buffer is full, so big batches stream in constant memory. */
export async function write(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

export function writeError(message: string): void {
  process.stderr.write(`sheetparse: ${message}\n`);
}
