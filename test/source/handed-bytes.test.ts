/** Issue 13: bytes handed over to the pipeline are let go of once decoded, and the result is what the bytes give. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { freeBuffer, HandedBytes } from "../../src/source/handed-bytes.js";
import { parseDetailed } from "../../src/parse.js";
import { parseAnyDetailed } from "../../src/parse-any.js";

const PATH = "fixtures/policy-with-projects.txt";

describe("HandedBytes", () => {
  it("parseDetailed takes them: nothing holds them after, and the Document is the one of the bytes", () => {
    const bytes = readFileSync(PATH);
    const handed = new HandedBytes(Uint8Array.from(bytes));
    const result = parseDetailed(handed, { path: PATH });
    expect(() => handed.peek()).toThrow(/already taken/);
    expect(result.document).toEqual(parseDetailed(bytes, { path: PATH }).document);
  });

  it("parseDetailed gives the memory of bytes handed over with their buffer back once decoded, even past the bytes' end", () => {
    const text = readFileSync(PATH);
    // As a file is read: into a longer buffer of its own, the bytes a view of its start.
    const buffer = new ArrayBuffer(text.byteLength + 100);
    const handedBytes = new Uint8Array(buffer, 0, text.byteLength);
    handedBytes.set(text);
    const result = parseDetailed(new HandedBytes(handedBytes, true), { path: PATH });
    // Detached: the buffer's memory went to a new ArrayBuffer that nothing holds.
    expect(buffer.byteLength).toBe(0);
    expect(handedBytes.byteLength).toBe(0);
    expect(result.document).toEqual(parseDetailed(text, { path: PATH }).document);
  });

  it("leaves bytes handed over without their buffer, and a caller's own bytes, as they were", () => {
    const text = readFileSync(PATH);
    const handedBytes = Uint8Array.from(text);
    parseDetailed(new HandedBytes(handedBytes), { path: PATH });
    expect(handedBytes.byteLength).toBe(text.byteLength);
    const own = Uint8Array.from(text);
    parseDetailed(own, { path: PATH });
    expect(own.byteLength).toBe(text.byteLength);
  });

  it("parseAnyDetailed looks at a text file's bytes, then hands them on", async () => {
    const handed = new HandedBytes(readFileSync(PATH));
    const result = await parseAnyDetailed(handed, { path: PATH });
    expect(() => handed.take()).toThrow(/already taken/);
    expect(result.fatal).toBe(false);
  });

  it("an undecodable input still gives its fatal result", () => {
    const bytes = Uint8Array.from([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x41]);
    const result = parseDetailed(new HandedBytes(bytes, true), { path: "bad.txt", encoding: "shift_jis" });
    expect(result.fatal).toBe(true);
    expect(result.document.diagnostics[0]?.messageId).toBe("undecodable");
    expect(bytes.byteLength).toBe(0);
  });

  it("an undecodable input handed over is let go of too", () => {
    const handed = new HandedBytes(Uint8Array.from([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x41]));
    const result = parseDetailed(handed, { path: "bad.txt", encoding: "shift_jis" });
    expect(result.fatal).toBe(true);
    expect(() => handed.peek()).toThrow(/already taken/);
  });
});

describe("freeBuffer", () => {
  it("detaches the whole buffer under the bytes", () => {
    const buffer = new ArrayBuffer(1 << 20);
    const bytes = new Uint8Array(buffer, 0, 1000).fill(7);
    freeBuffer(bytes);
    expect(bytes.byteLength).toBe(0);
    expect(buffer.byteLength).toBe(0);
    freeBuffer(new Uint8Array(0));
  });
});

describe("a file's bytes as the CLI reads them", () => {
  it("are handed over with a buffer of their own, given back once decoded", async () => {
    const { readInputFile } = await import("../../src/source/inputs.js");
    const read = readInputFile(PATH);
    if (!read.ok) throw new Error(read.message);
    const pooled = Buffer.from("x");
    parseDetailed(new HandedBytes(read.bytes, true), { path: PATH });
    expect(read.bytes.buffer.byteLength).toBe(0);
    // Node's pool of small Buffers was not theirs.
    expect(pooled.toString()).toBe("x");
  });
});
