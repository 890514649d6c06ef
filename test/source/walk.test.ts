/**
 * The directory search: symlinks followed, loops cut, and everything it could not search
 * named. Tests run as root here, where chmod 000 does not stop readdir, so the unreadable
 * folder is a stub file system that fails as a locked folder does.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandInputs } from "../../src/source/inputs.js";
import { nodeWalkFs, walkTextFiles, type WalkFs } from "../../src/source/walk.js";

describe("walkTextFiles", () => {
  let dir = "";
  let outside = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "sheetparse-walk-"));
    outside = mkdtempSync(join(tmpdir(), "sheetparse-walk-outside-"));
    writeFileSync(join(outside, "linked.txt"), "x");
    mkdirSync(join(outside, "shared"));
    writeFileSync(join(outside, "shared", "s.txt"), "x");
    mkdirSync(join(dir, "a"));
    writeFileSync(join(dir, "a", "1.txt"), "x");
    writeFileSync(join(dir, "a", "UPPER.TXT"), "x");
    writeFileSync(join(dir, "a", "notes.md"), "x");
    writeFileSync(join(dir, "a", ".hidden.txt"), "x");
    mkdirSync(join(dir, ".git"));
    writeFileSync(join(dir, ".git", "x.txt"), "x");
    symlinkSync(join(outside, "linked.txt"), join(dir, "a", "link.txt"));
    symlinkSync(join(outside, "shared"), join(dir, "shared"));
    symlinkSync("..", join(dir, "a", "up"));
    symlinkSync("nowhere.txt", join(dir, "broken.txt"));
    symlinkSync("nowhere", join(dir, "broken-folder"));
    symlinkSync("self.txt", join(dir, "self.txt"));
    symlinkSync("/proc/self", join(dir, "proc"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it("follows symlinks to files and folders, cuts loops, names broken links and /proc, sorted", () => {
    expect(walkTextFiles(dir)).toEqual([
      { kind: "file", path: join(dir, "a", "1.txt") },
      { kind: "file", path: join(dir, "a", "UPPER.TXT") },
      { kind: "file", path: join(dir, "a", "link.txt") },
      { kind: "skipped", path: join(dir, "a", "up"), reason: { id: "loopBack", data: { to: dir } } },
      { kind: "skipped", path: join(dir, "broken.txt"), reason: { id: "brokenLink", data: { target: "nowhere.txt" } } },
      { kind: "skipped", path: join(dir, "proc"), reason: { id: "virtualFolder", data: { path: expect.stringMatching(/^\/proc\/\d+$/) } } },
      { kind: "skipped", path: join(dir, "self.txt"), reason: { id: "symlinkLoop", data: {} } },
      { kind: "file", path: join(dir, "shared", "s.txt") },
    ]);
  });

  it("names a folder it may not read and goes on with the others", () => {
    const locked = join(dir, "a");
    const fs: WalkFs = {
      ...nodeWalkFs,
      readdir: (path) => {
        if (path === locked) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: "EACCES" });
        return nodeWalkFs.readdir(path);
      },
    };
    const found = walkTextFiles(dir, fs);
    expect(found.filter((entry) => entry.kind === "file").map((entry) => entry.path)).toEqual([join(dir, "shared", "s.txt")]);
    expect(found).toContainEqual({ kind: "skipped", path: locked, reason: { id: "cannotReadFolder", data: { cause: null } } });
  });

  it("expandInputs turns what was skipped into unreadable inputs in their place", () => {
    const inputs = expandInputs([dir]);
    expect(inputs.filter((input) => input.kind === "unreadable").map((input) => input.path)).toEqual([
      join(dir, "a", "up"),
      join(dir, "broken.txt"),
      join(dir, "proc"),
      join(dir, "self.txt"),
    ]);
  });
});
