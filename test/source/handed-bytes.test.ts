/** Issue 13: bytes handed over to the pipeline are let go of once decoded, and the result is what the bytes give. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HandedBytes } from "../../src/source/handed-bytes.js";
import { parseDetailed } from "../../src/parse.js";
import { parseAnyDetailed } from "../../src/parse-any.js";

const PATH = "fixtures/policy-with-projects.txt";

describe("HandedBytes", () => {
  it("parseDetailed takes them: nothing holds them after, and the Document is the one of the bytes", () => {
    const bytes = readFileSync(PATH);
    const handed = new HandedBytes(bytes);
    const result = parseDetailed(handed, { path: PATH });
    expect(() => handed.peek()).toThrow(/already taken/);
    expect(result.document).toEqual(parseDetailed(bytes, { path: PATH }).document);
  });

  it("parseAnyDetailed looks at a text file's bytes, then hands them on", async () => {
    const handed = new HandedBytes(readFileSync(PATH));
    const result = await parseAnyDetailed(handed, { path: PATH });
    expect(() => handed.take()).toThrow(/already taken/);
    expect(result.fatal).toBe(false);
  });

  it("an undecodable input still gives its fatal result", () => {
    const handed = new HandedBytes(Uint8Array.from([0x82, 0xa0, 0xff, 0xfe, 0x00, 0x41]));
    const result = parseDetailed(handed, { path: "bad.txt", encoding: "shift_jis" });
    expect(result.fatal).toBe(true);
    expect(() => handed.peek()).toThrow(/already taken/);
  });
});
