import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseRuleOption } from "../../src/check/config.js";
import { findConfigFile, loadConfigFile } from "../../src/cli/config-file.js";

const dir = mkdtempSync(join(tmpdir(), "sheetparse-config-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("--rule ID=SEVERITY", () => {
  it.each([
    ["required-field=off", "required-field", "off"],
    ["required-field=warn", "required-field", "warning"],
    ["unit-mismatch=error", "unit-mismatch", "error"],
    ["target-not-met=info", "target-not-met", "info"],
    [" mixed-punctuation = warning ", "mixed-punctuation", "warning"],
  ] as const)("%j", (text, id, setting) => {
    expect(parseRuleOption(text)).toEqual({ ok: true, id, setting });
  });

  it.each([
    ["no-such-rule=off", /unknown rule "no-such-rule" \(known rules: required-section, required-field, .*unrecognized-line, no-sheet, unclaimed-cell\)/],
    ["required-field=loud", /unknown severity "loud"/],
    ["required-field", /expected ID=off\|warn\|error/],
    ["__proto__=off", /unknown rule "__proto__"/],
  ] as const)("rejects %j", (text, message) => {
    const parsed = parseRuleOption(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe("sheetparse.config.yaml", () => {
  it("reads rules and maxWarnings", async () => {
    const path = configFile("ok.yaml", "rules:\n  required-field: warn\n  target-not-met: off\nmaxWarnings: 3\n");
    expect(await loadConfigFile(path)).toEqual({ ok: true, config: { rules: new Map([["required-field", "warning"], ["target-not-met", "off"]]), maxWarnings: 3 } });
  });

  it("takes an empty file as no settings", async () => {
    expect(await loadConfigFile(configFile("empty.yaml", ""))).toEqual({ ok: true, config: { rules: new Map() } });
  });

  it("reports every problem with the file's line and column", async () => {
    const path = configFile("bad.yaml", "rules:\n  required-field: off\n  foo-bar: warn\n  unit-mismatch: loud\nmaxWarnings: -2\nextra: 1\n");
    const loaded = await loadConfigFile(path);
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.messages.map((message) => message.replace(dir, "DIR").replace(/\(known rules: [^)]*\)/, "(known rules: …)"))).toEqual([
      'DIR/bad.yaml:3:3: unknown rule "foo-bar" (known rules: …)',
      "DIR/bad.yaml:4:18: rules.unit-mismatch: a rule's setting must be one of off, warn, warning, error, info",
      "DIR/bad.yaml:5:14: maxWarnings: Too small: expected number to be >=0",
      'DIR/bad.yaml:6:1: unknown setting "extra" (use rules, maxWarnings)',
    ]);
  });

  it("rejects __proto__ and constructor as rule ids", async () => {
    const loaded = await loadConfigFile(configFile("proto.yaml", "rules:\n  __proto__: off\n  constructor: warn\n"));
    expect(loaded.ok ? [] : loaded.messages.map((message) => message.slice(dir.length + 1, message.indexOf(" (")))).toEqual([
      'proto.yaml:2:3: unknown rule "__proto__"',
      'proto.yaml:3:3: unknown rule "constructor"',
    ]);
  });

  it.each([
    ["rules:\n  a: [1\n", /^.*syntax\.yaml:\d+:\d+: /],
    ["rules:\n  required-field: off\n  required-field: warn\n", /syntax\.yaml:3:3: Map keys must be unique/],
    ["- 1\n", /syntax\.yaml:1:1: .*expected object/],
  ])("YAML and shape errors: %j", async (text, message) => {
    const loaded = await loadConfigFile(configFile("syntax.yaml", text));
    expect(loaded.ok ? "" : loaded.messages.join("\n")).toMatch(message);
  });

  it("reports a file it cannot read", async () => {
    expect(await loadConfigFile(join(dir, "nope.yaml"))).toEqual({ ok: false, messages: [`${join(dir, "nope.yaml")}: cannot read config file: no such file or directory`] });
  });

  it("is found from the working directory upward", () => {
    const root = join(dir, "tree");
    mkdirSync(join(root, "a", "b"), { recursive: true });
    expect(findConfigFile(join(root, "a", "b"))).toBeNull();
    writeFileSync(join(root, "sheetparse.config.yaml"), "rules: {}\n");
    expect(findConfigFile(join(root, "a", "b"))).toBe(join(root, "sheetparse.config.yaml"));
  });
});
