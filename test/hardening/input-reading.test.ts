/**
 * Issue 15 items 3, 4, 7 and 9 (reading): endless streams, non-regular files, directories
 * as stdin or profile, alias bombs and wrongly encoded YAML end in one clear message, never
 * in an internal error, a native abort or a silently wrong read. Standard input past the
 * 256 MiB sheet limit is in test/long/input-reading.test.ts (`npm run test:long`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfigFile } from "../../src/cli/config-file.js";
import { loadProfile } from "../../src/index.js";
import { MAX_SHEET_BYTES, MAX_YAML_BYTES, readBoundedFile } from "../../src/source/read-bounded.js";
import { cliFixtures, runCli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-hardening-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** Nine aliases of nine aliases of …: 9^5 nodes from six lines. */
const ALIAS_BOMB = [
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
].join("\n");

describe("bounded reading of files", () => {
  it("refuses a character device unread", () => {
    expect(readBoundedFile("/dev/zero", MAX_SHEET_BYTES, "sheet")).toMatchObject({ ok: false, code: null, message: expect.stringMatching(/^not a regular file \(a character device\)/) });
  });

  it("stops a file longer than the limit with a message naming the limit", () => {
    const path = file("big.txt", Buffer.alloc(2048, 0x41));
    expect(readBoundedFile(path, 1024, "sheet")).toEqual({ ok: false, code: null, message: "too large: more than 1024 bytes, the limit for a sheet", reason: { id: "tooLarge", data: { limit: 1024, what: "sheet" } } });
    const read = readBoundedFile(path, 2048, "sheet");
    expect(read.ok && read.bytes.length).toBe(2048);
  });

  it("names a directory and a missing file", () => {
    expect(readBoundedFile(dir, 10, "sheet")).toMatchObject({ ok: false, code: "EISDIR", message: "is a directory" });
    expect(readBoundedFile(join(dir, "nope"), 10, "sheet")).toMatchObject({ ok: false, code: "ENOENT" });
  });

  it("limits sheets to 256 MiB and YAML files to 1 MiB", () => {
    expect(MAX_SHEET_BYTES).toBe(256 * 1024 * 1024);
    expect(MAX_YAML_BYTES).toBe(1024 * 1024);
  });
});

describe("the CLI on endless and non-regular inputs", () => {
  it("a device among sheets: one line, exit 2, the other file still parsed", async () => {
    const run = await runCli(["/dev/zero", cliFixtures.one, "--format", "ndjson"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("/dev/zero: not a regular file (a character device)");
    expect(run.stdout.trim().split("\n")).toHaveLength(2);
  });

  it("a device as profile, as config, and as an extends target", async () => {
    expect(await runCli([cliFixtures.one, "--profile", "/dev/zero"])).toMatchObject({ code: 2, stderr: expect.stringContaining("/dev/zero: not a regular file") });
    expect(await runCli(["check", cliFixtures.one, "--config", "/dev/zero"])).toMatchObject({ code: 2, stderr: expect.stringContaining("/dev/zero: not a regular file") });
    const profile = file("extends-zero.yaml", "name: z\nextends: /dev/zero\n");
    expect(await runCli([cliFixtures.one, "--profile", profile])).toMatchObject({ code: 2, stderr: expect.stringContaining(`${profile}:2:10: in extended profile: /dev/zero: not a regular file`) });
  });

  it("a directory as stdin is refused, not read as an empty sheet", () => {
    const result = runShell(`${JSON.stringify(join(process.cwd(), "bin/sheetparse"))} < ${JSON.stringify(dir)}`);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("<stdin>: standard input is a directory");
  });

  it("a directory as profile says it is a directory", async () => {
    expect(await runCli([cliFixtures.one, "--profile", dir])).toMatchObject({ code: 2, stderr: `sheetparse: ${dir}: is a directory, not a profile file\n` });
  });
});

/** For a redirection the test helper cannot make (stdin from a directory). */
function runShell(command: string): { code: number | null; stderr: string } {
  const result = spawnSync("sh", ["-c", command], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: result.status, stderr: result.stderr };
}

describe("YAML alias bombs", () => {
  it("a profile: { ok: false } at the first alias, no throw", async () => {
    const path = file("bomb-profile.yaml", `name: bomb\nextends: reference\n${ALIAS_BOMB}\n`);
    expect(await loadProfile(path)).toMatchObject({ ok: false, message: `${path}:4:8: aliases expand to too much data (more than 100 expansions): write the values out` });
  });

  it("a config: one located message, no throw", async () => {
    const path = file("bomb-config.yaml", `${ALIAS_BOMB}\n`);
    expect(await loadConfigFile(path)).toEqual({ ok: false, messages: [`${path}:2:8: aliases expand to too much data (more than 100 expansions): write the values out`] });
  });

  it("the CLI names the file, line and column, not an internal error", async () => {
    const path = file("bomb-cli.yaml", `name: bomb\nextends: reference\n${ALIAS_BOMB}\n`);
    const run = await runCli([cliFixtures.one, "--profile", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`sheetparse: ${path}:4:8: aliases expand to too much data (more than 100 expansions): write the values out\n`);
  });

  it("a few aliases are still fine", async () => {
    const path = file("few-aliases.yaml", "name: few\nextends: reference\nextras: &x [根拠法令]\n");
    expect((await loadProfile(path)).ok).toBe(true);
  });
});

describe("profiles and configs are decoded as strictly as sheets", () => {
  const profileText = "name: sjis\nextends: reference\nextras: [根拠法令]\n";

  it("a Shift_JIS profile reads as written, with its labels intact", async () => {
    const loaded = await loadProfile(file("sjis.yaml", iconv.encode(profileText, "cp932")));
    expect(loaded.ok && loaded.profile.extras).toContain("根拠法令");
  });

  it("undecodable bytes in a profile are an error with line and column", async () => {
    const path = file("broken.yaml", Buffer.concat([Buffer.from("name: x\nextends: reference\n# "), Buffer.from([0x81, 0xff]), Buffer.from("\n")]));
    expect(await loadProfile(path)).toMatchObject({ ok: false, message: `${path}:3:3: invalid shift_jis byte sequence 0x81 0xFF` });
  });

  it("a binary config is refused with a position", async () => {
    const path = file("binary-config.yaml", Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x00, 0x01, 0x02, 0x03]));
    expect(await loadConfigFile(path)).toEqual({ ok: false, messages: [`${path}:1:7: binary file (not a text sheet)`] });
  });
});
