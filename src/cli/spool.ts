/**
 * A temporary file that holds the later part of an output until the earlier part can be
 * written: `report`'s sheet sections, which follow a summary of the whole batch
 * (issue 15, item 6). It lies beside the output file, where there is room for the page
 * (os.tmpdir() may be a small tmpfs, which is memory), or in os.tmpdir() for stdout or
 * when the output's folder takes no new file (a device such as /dev/null). It is removed
 * on every exit path: by `remove()`, and by temp-files.ts on exit or a signal.
 */
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, openSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { write } from "./io.js";
import { OutputError } from "./output.js";
import { systemReasonOf } from "./system-error.js";
import { forgetTempFile, trackTempFile } from "./temp-files.js";

export interface Spool {
  stream: Writable;
  /** Ends the spool and copies it to `target` in the stream's chunks, never whole. */
  copyTo(target: Writable): Promise<void>;
  /** Deletes the file. Never throws; idempotent. */
  remove(): Promise<void>;
}

function openIn(folder: string, stem: string): { path: string; fd: number } {
  // Hidden and named after its process, like the output's own temporary file.
  const path = join(folder, `.${stem.slice(0, 200)}.sheetparse-${process.pid}-${randomBytes(4).toString("hex")}.part.tmp`);
  return { path, fd: openSync(path, "wx", 0o600) };
}

/** Opens a spool for the output `besides` (undefined: stdout). Throws OutputError when no folder takes it. */
export function openSpool(besides: string | undefined): Spool {
  let opened: { path: string; fd: number };
  try {
    opened = besides === undefined ? openIn(tmpdir(), "stdout") : openIn(dirname(resolve(besides)), basename(besides));
  } catch (first) {
    try {
      opened = openIn(tmpdir(), "output");
    } catch {
      const reason = systemReasonOf(first) ?? { id: "detail", data: { text: (first as Error).message } };
      throw new OutputError({ id: "cannotWriteTemp", data: { target: besides ?? null, reason } });
    }
  }
  const { path, fd } = opened;
  trackTempFile(path);
  const stream = createWriteStream(path, { fd });
  stream.on("error", () => undefined); // Kept by io.write and rethrown by finished(); never an unhandled 'error'.
  let removed = false;
  return {
    stream,
    async copyTo(target) {
      stream.end();
      await finished(stream);
      for await (const chunk of createReadStream(path)) await write(target, chunk as Buffer);
    },
    async remove() {
      if (removed) return;
      removed = true;
      stream.destroy();
      await finished(stream).catch(() => undefined);
      try {
        unlinkSync(path);
      } catch {
        // Already gone.
      }
      forgetTempFile(path);
    },
  };
}
