/** Transcripts for each kind of input: file, directory, quoted glob, stdin, missing file, corrupt file in a batch. */
import { spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { batchFiles, bin, cliFixtures, expectedSummary, libraryDocument, repoRoot, runCli } from "./helpers.js";

/**
 * The command that runs the CLI as a user whom chmod 000 stops: itself when not root,
 * `setpriv` to nobody when root (as here); null when neither is possible.
 */
function unprivileged(): string[] | null {
  if (process.getuid?.() !== 0) return [bin];
  const setpriv = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"];
  // Also fails where nobody may not read the repository: then the test is skipped, not failed.
  return spawnSync(setpriv[0] ?? "", [...setpriv.slice(1), bin, "--version"]).status === 0 ? [...setpriv, bin] : null;
}

describe("inputs", () => {
  it("one file: the Document itself, nothing on stderr, exit 0", async () => {
    const run = await runCli([cliFixtures.one]);
    expect(JSON.parse(run.stdout)).toEqual(libraryDocument(cliFixtures.one));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("a directory: every *.txt below it, recursively and sorted, as an array; a summary on stderr", async () => {
    const run = await runCli([cliFixtures.batchDir]);
    const expected = batchFiles.map((path) => libraryDocument(path));
    expect(JSON.parse(run.stdout)).toEqual(expected);
    expect(run.stderr).toBe(expectedSummary(expected));
    expect(run.code).toBe(0);
  });

  it("a directory holding one file still gives an array: the shape follows the command line", async () => {
    const run = await runCli(["test/cli/fixtures/batch/nested"]);
    expect(JSON.parse(run.stdout)).toEqual([libraryDocument(cliFixtures.three)]);
    expect(run.stderr).toBe("");
  });

  it("a quoted glob is expanded by sheetparse itself", async () => {
    const run = await runCli(["test/cli/fixtures/batch/**/*.txt", "--format", "ndjson"]);
    const expected = batchFiles.map((path) => libraryDocument(path));
    expect(run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)).toEqual(expected);
    expect(run.stderr).toBe(expectedSummary(expected));
    expect(run.code).toBe(0);
  });

  it("an absolute glob gives absolute paths", async () => {
    const run = await runCli([join(repoRoot, "test/cli/fixtures/batch/*.txt"), "--format", "ndjson"]);
    const paths = run.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);
    expect(paths).toEqual([join(repoRoot, cliFixtures.one), join(repoRoot, cliFixtures.two)]);
  });

  it("several operands keep their order", async () => {
    const run = await runCli([cliFixtures.two, cliFixtures.one, "--format", "ndjson"]);
    expect(run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)).toEqual([libraryDocument(cliFixtures.two), libraryDocument(cliFixtures.one)]);
  });

  it("`-` and no operand read piped stdin; source.path is null", async () => {
    const bytes = readFileSync(join(repoRoot, cliFixtures.one));
    const expected = libraryDocument(null, bytes);
    for (const args of [["-"], []]) {
      const run = await runCli(args, { input: bytes });
      expect(JSON.parse(run.stdout)).toEqual(expected);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
    }
  });

  it("stdin in CSV is named <stdin> in the file column", async () => {
    const run = await runCli(["-", "--table", "projects"], { input: readFileSync(join(repoRoot, cliFixtures.one)) });
    expect(run.stdout.split("\r\n")[1]).toMatch(/^<stdin>,0,/);
  });

  it("a missing file: a fatal document, `path: message` on stderr, exit 2", async () => {
    const run = await runCli(["no-such-sheet.txt"]);
    const document = JSON.parse(run.stdout) as { diagnostics: unknown[] };
    expect(document.diagnostics).toEqual([
      { ruleId: "fatal", messageId: "unreadable", severity: "error", message: "no such file or directory", line: 1, column: 1, path: "no-such-sheet.txt" },
    ]);
    expect(run.stderr).toBe("no-such-sheet.txt: no such file or directory\n");
    expect(run.code).toBe(2);
  });

  it("a glob that matches nothing is reported like a missing file", async () => {
    const run = await runCli(["test/cli/fixtures/*.nothing", "--format", "ndjson"]);
    expect(run.stderr).toBe("test/cli/fixtures/*.nothing: no files match this pattern\n");
    expect(run.code).toBe(2);
  });

  describe("a batch with a corrupt file", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "sheetparse-batch-"));
      copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "a.txt"));
      // Binary bytes: NULs and C0 controls, as in an image renamed .txt.
      writeFileSync(join(dir, "b.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]));
      copyFileSync(join(repoRoot, cliFixtures.two), join(dir, "c.txt"));
      mkdirSync(join(dir, "empty"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("the good files are all there, the bad one has its diagnostic, exit 2", async () => {
      const run = await runCli([dir, "--format", "ndjson"]);
      const lines = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { source: { path: string }; diagnostics: { ruleId: string; messageId: string }[] });
      expect(lines.map((document) => document.source.path)).toEqual([join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "c.txt")]);
      expect(lines[0]).toEqual(libraryDocument(join(dir, "a.txt")));
      expect(lines[2]).toEqual(libraryDocument(join(dir, "c.txt")));
      expect(lines[1]?.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([["fatal", "undecodable"]]);
      const [diagnosticLine, summary] = run.stderr.split(/(?<=\n)/);
      expect(diagnosticLine).toMatch(new RegExp(`^${join(dir, "b.txt").replaceAll("/", "\\/")}:\\d+:\\d+: binary file`));
      expect(summary).toBe(expectedSummary([libraryDocument(join(dir, "a.txt")), libraryDocument(join(dir, "c.txt"))], 1));
      expect(run.code).toBe(2);
    });

    it("CSV: the good rows, one header, the diagnostic on stderr, exit 2", async () => {
      const run = await runCli([dir, "--table", "projects"]);
      const rows = run.stdout.split("\r\n").filter((row) => row !== "");
      expect(rows.filter((row) => row.startsWith("file,"))).toHaveLength(1);
      expect(rows.slice(1).every((row) => row.startsWith(join(dir, "a.txt")) || row.startsWith(join(dir, "c.txt")))).toBe(true);
      expect(run.stderr).toContain("b.txt:");
      expect(run.code).toBe(2);
    });

    it("an empty directory is reported, not silently skipped", async () => {
      const run = await runCli([join(dir, "empty")]);
      expect(run.stderr).toBe(`${join(dir, "empty")}: no *.txt files in this directory\n`);
      expect(run.code).toBe(2);
    });
  });

  describe("a directory with symlinks", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "sheetparse-links-"));
      mkdirSync(join(dir, "sheets"));
      copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "sheets", "a.txt"));
      copyFileSync(join(repoRoot, cliFixtures.two), join(dir, "two.txt"));
      symlinkSync(join(dir, "two.txt"), join(dir, "sheets", "b.txt"));
      symlinkSync("gone.txt", join(dir, "sheets", "c.txt"));
      symlinkSync(".", join(dir, "sheets", "loop"));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("follows a symlinked file as a glob does, and names the broken link and the loop it skipped: exit 2", async () => {
      const sheets = join(dir, "sheets");
      const run = await runCli([sheets, "--format", "ndjson"]);
      const paths = run.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);
      expect(paths).toEqual([join(sheets, "a.txt"), join(sheets, "b.txt"), join(sheets, "c.txt"), join(sheets, "loop")]);
      const [a, b] = [libraryDocument(join(sheets, "a.txt")), libraryDocument(join(sheets, "b.txt"))];
      expect(run.stderr).toBe(
        `${join(sheets, "c.txt")}: broken symlink (to gone.txt)\n` + `${join(sheets, "loop")}: symlink loop: leads back to ${sheets}\n` + expectedSummary([a, b], 2),
      );
      expect(run.code).toBe(2);
    });
  });

  describe.skipIf(unprivileged() === null)("a directory with a folder that cannot be read (chmod 000, run unprivileged)", () => {
    let dir = "";
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), "sheetparse-locked-"));
      copyFileSync(join(repoRoot, cliFixtures.one), join(dir, "a.txt"));
      mkdirSync(join(dir, "locked"));
      copyFileSync(join(repoRoot, cliFixtures.two), join(dir, "locked", "b.txt"));
      chmodSync(join(dir, "locked"), 0o000);
      chmodSync(dir, 0o755);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("names the folder on stderr, reads the others, exit 2", () => {
      const [command = "", ...args] = unprivileged() ?? [];
      const run = spawnSync(command, [...args, dir, "--format", "ndjson"], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(run.stdout.trimEnd().split("\n").map((line) => (JSON.parse(line) as { source: { path: string } }).source.path)).toEqual([join(dir, "a.txt"), join(dir, "locked")]);
      expect(run.stderr).toBe(`${join(dir, "locked")}: cannot read this folder: permission denied\n` + expectedSummary([libraryDocument(join(dir, "a.txt"))], 1));
      expect(run.status).toBe(2);
    });
  });
});
