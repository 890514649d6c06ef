/**
 * A file name made to attack the output (issue 15, item 2): a newline followed by a GitHub
 * workflow command, terminal escape sequences, a bidirectional override. No reporter may
 * let it start a line of its own or reach the terminal raw; the machine formats keep the
 * exact name in their own escaping.
 */
import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../src/model/schema.js";
import { toFileReport } from "../../src/report/file-report.js";
import { isUnsafeCodePoint } from "../../src/report/printable.js";
import { github } from "../../src/report/reporters/github.js";
import { json } from "../../src/report/reporters/json.js";
import { junit } from "../../src/report/reporters/junit.js";
import { sarif } from "../../src/report/reporters/sarif.js";
import { stylish } from "../../src/report/reporters/stylish.js";
import type { ReportContext } from "../../src/report/types.js";
import { sampleContext } from "./sample.js";

export const HOSTILE = "x\n::error file=README.md,line=1::pwned\r\n\u001b[2J\u001b]0;t\u0007\u009b31m\u202Etxt.exe.txt";

function hostileContext(overrides: Partial<ReportContext> = {}): ReportContext {
  const diagnostics: Diagnostic[] = [
    { ruleId: "unclaimed-cell", messageId: "unclaimedCell", severity: "warning", message: 'Cell "a\u001b[31mb\nc" claimed by nothing', line: 1, column: 3, endLine: 1, endColumn: 9, path: HOSTILE },
    { ruleId: "fatal", messageId: "unreadable", severity: "error", message: "symlink loop", line: 1, column: 1, path: HOSTILE },
  ];
  return sampleContext({ files: [toFileReport(HOSTILE, diagnostics, () => "事業名\ta\u001b[31mb\u009bc\u202Ed")], ...overrides });
}

/** A character that must not reach a terminal, line feeds (the outputs' own line ends) apart. */
function hasControl(text: string): boolean {
  return [...text].some((ch) => ch !== "\n" && isUnsafeCodePoint(ch.codePointAt(0) ?? 0));
}

/** What XML 1.0 forbids: C0 controls other than TAB, LF and CR. */
function hasXmlForbidden(text: string): boolean {
  return [...text].some((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    return code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
  });
}

describe("a hostile file name", () => {
  it.each([false, true])("stylish (code frame %j): no control character, no line the name starts", (codeFrame) => {
    const out = stylish(hostileContext({ codeFrame }));
    expect(hasControl(out)).toBe(false);
    expect(out.split("\n").filter((line) => line.startsWith("::"))).toEqual([]);
    expect(out).toContain("x\\n::error file=README.md,line=1::pwned\\r\\n\\x1B[2J\\x1B]0;t\\x07\\x9B31m\\u202Etxt.exe.txt");
  });

  it("github: one workflow command per diagnostic, the name in the runner's own escaping", () => {
    const out = github(hostileContext());
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=x%0A%3A%3Aerror file=README\.md%2Cline=1%3A%3Apwned%0D%0A\\x1B\[2J/);
    expect(hasControl(out)).toBe(false);
    expect(out).not.toContain("\r");
    // What the runner reads back: CR and LF exactly (so the annotation names the real file), the rest visible.
    const file = /file=([^,]*),/.exec(lines[0] ?? "")?.[1] ?? "";
    const unescaped = file.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%3A", ":").replaceAll("%2C", ",").replaceAll("%25", "%");
    expect(unescaped).toBe("x\n::error file=README.md,line=1::pwned\r\n\\x1B[2J\\x1B]0;t\\x07\\x9B31m\\u202Etxt.exe.txt");
  });

  it("json: the exact name, every control character escaped by JSON", () => {
    const out = json(hostileContext());
    expect(hasControl(out)).toBe(false);
    expect((JSON.parse(out) as { filePath: string }[])[0]?.filePath).toBe(HOSTILE);
  });

  it("sarif: a URI with every control character percent-encoded, which decodes to the exact name", () => {
    const out = sarif(hostileContext());
    expect(hasControl(out)).toBe(false);
    const log = JSON.parse(out) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uri = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri ?? "";
    expect(hasControl(uri) || /\s/.test(uri)).toBe(false);
    expect(decodeURIComponent(uri)).toBe(HOSTILE);
  });

  it("junit: no raw line break in an attribute, and none of the characters XML 1.0 forbids", () => {
    const out = junit(hostileContext());
    expect(hasXmlForbidden(out)).toBe(false);
    for (const [, value] of out.matchAll(/name="([^"]*)"/g)) expect(value).not.toMatch(/[\r\n]/);
    expect(out).toContain('name="x&#10;::error file=README.md,line=1::pwned&#13;&#10;[2J]0;t');
  });
});
