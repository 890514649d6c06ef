/**
 * An input's bytes handed over to the parse pipeline, which lets go of them once they are
 * decoded. A big file's bytes would otherwise stay alive beside its decoded text for the
 * whole parse, held by the caller's variables (a generator's or an async function's frame
 * keeps every local until it returns): 55 MB more peak memory for a 55 MB file (issue 13).
 */
export class HandedBytes {
  private bytes: Uint8Array | null;

  /**
   * `ownsBuffer`: the whole buffer under the bytes is handed over too (a file read into a
   * buffer of its own, maybe longer than the file), so that its memory may be given back
   * once the bytes are decoded (see freeBuffer). Not so for a view of a buffer shared with
   * others, such as Node's pool of small Buffers.
   */
  constructor(
    bytes: Uint8Array,
    readonly ownsBuffer = false,
  ) {
    this.bytes = bytes;
  }

  /** The bytes, still held: for looking at them before deciding how to read them. */
  peek(): Uint8Array {
    if (this.bytes === null) throw new Error("HandedBytes: the bytes were already taken");
    return this.bytes;
  }

  /** The bytes, no longer held here: the caller's reference is the last one. */
  take(): Uint8Array {
    const bytes = this.peek();
    this.bytes = null;
    return bytes;
  }
}

/**
 * Gives the memory of the buffer under `bytes` back at once: the buffer is transferred
 * (detached, its memory moved without a copy) to a new ArrayBuffer that nothing holds, which
 * the next scavenge frees. Merely dropping the last reference leaves the memory to the
 * garbage collector, which frees it only with the JSArrayBuffer holding it: at a scavenge
 * while that object is young, but once it has been promoted (a scavenge or two while the
 * file was read) only at a full collection, which a parse of one big file may never reach.
 * A 55 MB file's bytes then stayed beside its text to the end (issue 13: 73 MB of array
 * buffers at the last sheet in some runs, 26 MB in others). Only for bytes handed over
 * with their buffer (`HandedBytes.ownsBuffer`): every view of that buffer is emptied.
 */
export function freeBuffer(bytes: Uint8Array): void {
  const { buffer } = bytes;
  if (!(buffer instanceof ArrayBuffer) || buffer.byteLength === 0) return;
  structuredClone(buffer, { transfer: [buffer] });
}

/** The bytes of `input`, taking them when handed over. */
export function takeBytes(input: Uint8Array | HandedBytes): Uint8Array {
  return input instanceof HandedBytes ? input.take() : input;
}

/** The bytes of `input`, left where they are. */
export function peekBytes(input: Uint8Array | HandedBytes): Uint8Array {
  return input instanceof HandedBytes ? input.peek() : input;
}
