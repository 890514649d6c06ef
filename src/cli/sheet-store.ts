/**
 * The JSON texts of one input's sheets, set aside in order until the Document around them
 * can be written (issue 13). They stay in memory while they are few — the usual input, a
 * few sheets, costs no file — and past `threshold` characters they go to a temporary file
 * in os.tmpdir(), of which only each text's length stays in memory. The file is removed
 * by `remove()`, and by temp-files.ts when the process ends or is stopped by a signal first.
 * Should the file fail (no temporary folder, a full disk), the texts go back to memory:
 * costlier, but the output is the same.
 */
import { randomBytes } from "node:crypto";
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forgetTempFile, trackTempFile } from "./temp-files.js";

/**
 * Texts are written to the file in batches of about this many characters: fewer, larger
 * writes, yet small enough that a text is written (and garbage) before the young
 * generation's collections promote it; held longer, 100 MB of JSON became old-space garbage.
 */
const WRITE_BATCH = 1 << 15;

/** The texts of a store past its threshold: a file, and where each text ends in it. */
interface Spill {
  path: string;
  fd: number;
  /** Each text's length in UTF-8 bytes, in order. */
  sizes: number[];
  /** How many of the first texts are wholly in the file. */
  written: number;
  /** Texts not yet written, and their characters. */
  pending: string[];
  pendingLength: number;
}

/** Writes bytes at the file's current position, returning how many it took (fs.writeSync's shape; tests give a failing one). */
export type WriteBytes = (fd: number, bytes: Uint8Array, offset: number, length: number) => number;

export class SheetStore {
  private texts: string[] = [];
  private length = 0;
  private spill: Spill | null = null;
  /** Set when no temporary file could be made: the texts stay in memory, as they always did before. */
  private unspillable = false;

  /** `threshold`: characters held in memory before the texts go to a file. */
  constructor(
    private readonly threshold: number,
    private readonly writeBytes: WriteBytes = writeSync,
  ) {}

  /** How many texts were added. */
  get count(): number {
    return this.spill ? this.spill.sizes.length : this.texts.length;
  }

  /** Whether the texts went to a temporary file (for tests). */
  get spilled(): boolean {
    return this.spill !== null;
  }

  /** The temporary file's path, or null while the texts are in memory (for tests). */
  get path(): string | null {
    return this.spill?.path ?? null;
  }

  add(text: string): void {
    if (this.spill) {
      this.spill.sizes.push(Buffer.byteLength(text));
      this.spill.pending.push(text);
      this.spill.pendingLength += text.length;
      if (this.spill.pendingLength >= WRITE_BATCH) this.flush(this.spill);
      return;
    }
    this.texts.push(text);
    this.length += text.length;
    if (this.length > this.threshold && !this.unspillable) this.startSpill();
  }

  /** The texts in the order added. Reading a spilled store writes what is pending first; add nothing after. */
  *read(): Generator<string> {
    if (!this.spill) {
      yield* this.texts;
      return;
    }
    const spill = this.spill;
    this.flush(spill);
    let buffer = Buffer.alloc(1 << 16);
    let position = 0;
    for (const size of spill.sizes) {
      if (size > buffer.length) buffer = Buffer.alloc(size);
      yield readText(spill, buffer, size, position);
      position += size;
    }
  }

  /** Lets go of the texts and deletes the file if there is one. Never throws; idempotent. */
  remove(): void {
    this.texts = [];
    this.length = 0;
    const spill = this.spill;
    if (!spill) return;
    this.spill = null;
    try {
      closeSync(spill.fd);
    } catch {
      // Already closed.
    }
    try {
      unlinkSync(spill.path);
    } catch {
      // Already gone.
    }
    forgetTempFile(spill.path);
  }

  private startSpill(): void {
    const path = join(tmpdir(), `.sheetparse-${process.pid}-${randomBytes(4).toString("hex")}.sheets.tmp`);
    let fd: number;
    try {
      fd = openSync(path, "wx+", 0o600);
    } catch {
      // No temporary folder to write in (missing, read-only, full): costlier in memory, but the output is the same.
      this.unspillable = true;
      return;
    }
    trackTempFile(path);
    const spill: Spill = { path, fd, sizes: [], written: 0, pending: [], pendingLength: 0 };
    this.spill = spill;
    const texts = this.texts;
    this.texts = [];
    this.length = 0;
    for (const text of texts) this.add(text);
  }

  private flush(spill: Spill): void {
    if (spill.pending.length === 0) return;
    const bytes = Buffer.from(spill.pending.join(""));
    try {
      // A write may take less than it was given (a full disk says so by throwing, ENOSPC).
      for (let done = 0; done < bytes.length; ) done += this.writeBytes(spill.fd, bytes, done, bytes.length - done);
    } catch {
      this.unspill(spill);
      return;
    }
    spill.written += spill.pending.length;
    spill.pending = [];
    spill.pendingLength = 0;
  }

  /**
   * Brings the texts back into memory after a failed write (a full disk): those wholly
   * written are read back, the pending ones kept; the file goes, and no other is tried.
   */
  private unspill(spill: Spill): void {
    const texts: string[] = [];
    let position = 0;
    for (const size of spill.sizes.slice(0, spill.written)) {
      texts.push(readText(spill, Buffer.alloc(size), size, position));
      position += size;
    }
    texts.push(...spill.pending);
    this.unspillable = true;
    this.remove();
    this.texts = texts;
    this.length = texts.reduce((sum, text) => sum + text.length, 0);
  }
}

/** The text of `size` bytes at `position` in the spill's file, read into `buffer`. */
function readText(spill: Spill, buffer: Buffer, size: number, position: number): string {
  for (let done = 0; done < size; ) {
    const got = readSync(spill.fd, buffer, done, size - done, position + done);
    if (got === 0) throw new Error(`sheet store ${spill.path}: the file ended early`);
    done += got;
  }
  return buffer.toString("utf8", 0, size);
}
