/** The store of set-aside sheet texts (issue 13): in memory up to its threshold, then in a temporary file it removes. */
import { existsSync, writeSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SheetStore } from "../../src/cli/sheet-store.js";
import { StreamedSheets } from "../../src/cli/streamed-sheets.js";
import { parseDetailed } from "../../src/parse.js";
import { readFileSync } from "node:fs";

const TEXTS = ["{\"a\":1}", "施策の大綱「まちづくり」", "", "x".repeat(70_000), "🏯 最後"];

describe("SheetStore", () => {
  it("keeps texts in memory below its threshold, and writes no file", () => {
    const store = new SheetStore(1_000_000);
    for (const text of TEXTS) store.add(text);
    expect(store.spilled).toBe(false);
    expect([...store.read()]).toEqual(TEXTS);
    store.remove();
  });

  it("past its threshold, writes them to a temporary file and reads them back in order", () => {
    const store = new SheetStore(10);
    for (const text of TEXTS) store.add(text);
    expect(store.spilled).toBe(true);
    expect(store.count).toBe(TEXTS.length);
    const path = store.path;
    expect(path !== null && existsSync(path)).toBe(true);
    expect([...store.read()]).toEqual(TEXTS);
    expect([...store.read()]).toEqual(TEXTS);
    store.remove();
    expect(path !== null && existsSync(path)).toBe(false);
    store.remove();
  });
});

describe("StreamedSheets", () => {
  it("takes a file's sheets as they are read: the Document keeps none, the texts are its sheets with policyIndex linked", () => {
    const path = "fixtures/whole-city.txt";
    const bytes = readFileSync(path);
    const whole = parseDetailed(bytes, { path });
    let sheets: StreamedSheets | undefined;
    const streamed = parseDetailed(bytes, { path, sheetConsumer: () => (sheets = new StreamedSheets({ indent: 0, positions: "none", threshold: 0 })) });
    if (!sheets || !streamed.model) throw new Error("no sheets taken");
    expect(streamed.sheets).toBe(sheets);
    expect(streamed.document.policies).toEqual([]);
    expect(streamed.document.projects).toEqual([]);
    expect(sheets.counts).toEqual({ policies: whole.document.policies.length, projects: whole.document.projects.length });
    expect(sheets.stores.every((store) => store.spilled)).toBe(true);
    expect(sheets.finish(streamed.document, streamed.model.links).fatal).toBe(false);
    const texts = sheets.texts();
    expect(Array.from(texts.policies.texts(), (text) => JSON.parse(text) as unknown)).toEqual(whole.document.policies);
    expect(Array.from(texts.projects.texts(), (text) => JSON.parse(text) as unknown)).toEqual(whole.document.projects);
    expect(whole.document.projects.some((project) => project.policyIndex !== null)).toBe(true);
    const files = sheets.stores.map((store) => store.path);
    sheets.remove();
    expect(files.every((file) => file !== null && !existsSync(file))).toBe(true);
  });
});

describe("SheetStore without a temporary folder", () => {
  it("keeps its texts in memory when no file can be made there", () => {
    const before = process.env["TMPDIR"];
    process.env["TMPDIR"] = "/nonexistent/sheetparse-no-such-folder";
    try {
      const store = new SheetStore(0);
      for (const text of TEXTS) store.add(text);
      expect(store.spilled).toBe(false);
      expect([...store.read()]).toEqual(TEXTS);
      store.remove();
    } finally {
      if (before === undefined) delete process.env["TMPDIR"];
      else process.env["TMPDIR"] = before;
    }
  });
});

describe("SheetStore on a full disk", () => {
  /** A writer that takes `room` bytes in all, then fails as a full disk does. */
  function fillsAfter(room: number): (fd: number, bytes: Uint8Array, offset: number, length: number) => number {
    let left = room;
    return (fd, bytes, offset, length) => {
      if (left === 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
      const taken = writeSync(fd, bytes, offset, Math.min(length, left));
      left -= taken;
      return taken;
    };
  }

  // Room for nothing, for the first text's batch only, and for half of a batch.
  it.each([0, 40_000, 200_000])("brings its texts back into memory, in order, when a write fails after %i bytes, and leaves no file", (room) => {
    const texts = [...TEXTS, ...Array.from({ length: 12 }, (_, i) => `${"字".repeat(9_000)}${i}`)];
    const store = new SheetStore(10, fillsAfter(room));
    const paths = new Set<string>();
    for (const text of texts) {
      store.add(text);
      if (store.path !== null) paths.add(store.path);
    }
    expect(paths.size).toBe(1);
    expect(store.spilled).toBe(false);
    expect([...store.read()]).toEqual(texts);
    expect([...paths].some((path) => existsSync(path))).toBe(false);
    store.remove();
  });
});
