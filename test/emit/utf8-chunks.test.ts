/** Utf8Chunks: the page's kept rows, gathered as UTF-8 in bounded chunks instead of one growing string. */
import { describe, expect, it } from "vitest";
import { Utf8Chunks } from "../../src/emit/html/utf8-chunks.js";

describe("Utf8Chunks", () => {
  it("gives nothing when nothing (or only empty text) was added", () => {
    const chunks = new Utf8Chunks();
    chunks.add("");
    expect(chunks.done()).toEqual([]);
  });

  it("gives the UTF-8 of everything added, in order, in chunks of bounded size", () => {
    const chunks = new Utf8Chunks();
    const rows = Array.from({ length: 5000 }, (_, i) => `<tr><td>事業${i}</td><td>𠮷野家 &amp; ${i}</td></tr>`);
    for (const row of rows) chunks.add(row);
    const done = chunks.done();
    expect(Buffer.concat(done).toString("utf8")).toBe(rows.join(""));
    expect(done.length).toBeGreaterThan(3);
    // Each chunk is at most the threshold plus one row, in characters: at most 3 bytes each.
    for (const chunk of done) expect(chunk.length).toBeLessThan((32 * 1024 + 100) * 3);
    // Rows are never split: a chunk ends where a row does, so no character is cut in two.
    for (const chunk of done) expect(chunk.toString("utf8").endsWith("</tr>")).toBe(true);
  });
});
