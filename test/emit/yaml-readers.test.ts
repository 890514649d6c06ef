/**
 * Our YAML loads to the same data as our JSON in YAML 1.2 and YAML 1.1 readers
 * (issue 14): the `yaml` package in both versions, and PyYAML when this machine has it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { documentYamlPieces, toYaml } from "../../src/emit/yaml.js";
import type { Document } from "../../src/model/schema.js";
import { parse } from "../../src/index.js";
import { loadProfile } from "../../src/profile/load.js";
import { fixturesDir, listFixtures, seedsDir } from "../helpers/fixtures.js";

interface Case {
  name: string;
  /** What our JSON output says: the Document through JSON. */
  json: unknown;
  yaml: string;
  document?: Document;
}

async function sheetCase(textPath: string, profilePath?: string): Promise<Case> {
  let profile;
  if (profilePath !== undefined) {
    const loaded = await loadProfile(profilePath);
    if (!loaded.ok) throw new Error(loaded.message);
    profile = loaded.profile;
  }
  const document = parse(readFileSync(textPath), { path: textPath, ...(profile ? { profile } : {}) });
  return { name: textPath, json: JSON.parse(JSON.stringify(document)) as unknown, yaml: await toYaml(document), document };
}

const SEED = join(seedsDir, "000_c75840063dde7d0e.txt");

async function allCases(): Promise<Case[]> {
  const cases: Case[] = [];
  for (const fixture of listFixtures()) cases.push(await sheetCase(fixture.textPath));
  for (const fixture of listFixtures(join(fixturesDir, "profiles"))) {
    cases.push(await sheetCase(fixture.textPath, join(fixturesDir, "profiles", `${fixture.name}.yaml`)));
  }
  if (existsSync(SEED)) cases.push(await sheetCase(SEED));
  return cases;
}

/** Strings that YAML 1.1 or 1.2 would read as another type, or refuse, when written plain. */
const TRICKY = [
  "2021-04-01", "2001-12-14 21:59:43.10 -5", "No", "no", "on", "OFF", "yes", "y", "N", "~", "null", "true",
  "12:30", "190:20:30.15", "0x10", "0o10", "0b101", "010", "1_000", "1e3", "+1", "-0", ".5", "1.", ".inf", "-.Inf", ".nan",
  "=", "<<", "", " ", "a\tb", "\t", " leading", "trailing ", "- a", ": b", "a: b", "a #b", "#", "? x", "!tag", "&anchor",
  "*alias", "|", ">", "%YAML", "@", "`", "'", "\"", "{}", "[]", "---", "...", "line\nbreak", "crlf\r\nline",
  " lead\n  indented\n", "del\x7f", "nel\u0085", "ls\u2028ps\u2029", "bom\uFEFF", "c1\u009b[31m", "esc\x1b[31m", "nul\0",
  "5,000", "△1,200千円", "令和3年度", "—", "－", "ー",
];

describe("YAML for every reader", () => {
  it("the fixtures, the profile fixtures and the reference sheet read back as their JSON in YAML 1.1 and 1.2", async () => {
    const cases = await allCases();
    expect(cases.length).toBeGreaterThanOrEqual(14);
    for (const { name, json, yaml } of cases) {
      expect(parseYaml(yaml), `${name} (YAML 1.2)`).toEqual(json);
      expect(parseYaml(yaml, { version: "1.1" }), `${name} (YAML 1.1)`).toEqual(json);
    }
  });

  it.each(TRICKY)("the string %j reads back as itself", async (text) => {
    const value = { text, list: [text], nested: { [`k`]: text } };
    const yaml = await toYaml(value);
    expect(parseYaml(yaml)).toEqual(value);
    expect(parseYaml(yaml, { version: "1.1" })).toEqual(value);
  });

  const hasPyYaml = spawnSync("python3", ["-c", "import yaml"], { stdio: "ignore" }).status === 0;

  it.skipIf(!hasPyYaml)("PyYAML (YAML 1.1) loads every output as its JSON", async () => {
    const tricky = TRICKY.map((text) => ({ name: JSON.stringify(text), json: { text }, yaml: "" }));
    for (const entry of tricky) entry.yaml = await toYaml(entry.json);
    const cases = [...(await allCases()), ...tricky];
    // One python process for all: it loads each text with safe_load and answers in JSON,
    // or with the loader's error, or with the repr of a value JSON has no name for (a date).
    const script = [
      "import json, sys, yaml",
      "out = []",
      "for text in json.load(sys.stdin):",
      "    try: out.append(json.dumps(yaml.safe_load(text), ensure_ascii=False))",
      "    except Exception as error: out.append('error: ' + str(error))",
      "print(json.dumps(out))",
    ].join("\n");
    const run = spawnSync("python3", ["-c", script], { input: JSON.stringify(cases.map((c) => c.yaml)), encoding: "utf8", maxBuffer: 1 << 28 });
    expect(run.status, run.stderr).toBe(0);
    const loaded = JSON.parse(run.stdout) as string[];
    cases.forEach(({ name, json }, index) => {
      const answer = loaded[index] ?? "missing";
      expect(answer.startsWith("error: ") ? answer : (JSON.parse(answer) as unknown), name).toEqual(json);
    });
  });
});

async function joined(pieces: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const piece of pieces) text += piece;
  return text;
}

describe("YAML one list item at a time (issue 13)", () => {
  it("is toYaml of the whole Document, for every fixture, with its sheets in the Document or given as JSON texts", async () => {
    for (const { name, yaml, document } of await allCases()) {
      if (!document) throw new Error(`${name}: no Document`);
      expect(await joined(documentYamlPieces(document)), name).toBe(yaml);
      const texts = (items: readonly unknown[]) => ({ count: items.length, texts: () => items.map((item) => JSON.stringify(item)) });
      const sheets = { policies: texts(document.policies), projects: texts(document.projects) };
      expect(await joined(documentYamlPieces({ ...document, policies: [], projects: [] }, sheets)), name).toBe(yaml);
    }
  });

  it("is toYaml of the whole Document when list items hold every tricky string, on one line or many", async () => {
    const base = (await sheetCase(join(fixturesDir, "check/valid.txt"))).document as Document;
    const document: Document = {
      ...base,
      unrecognized: TRICKY.map((text, index) => ({ line: index + 1, text })),
      diagnostics: TRICKY.map((message, index) => ({ ruleId: "r", messageId: "m", severity: "info", message, line: index + 1, column: 1, path: message })),
    };
    expect(await joined(documentYamlPieces(document))).toBe(await toYaml(document));
    // A Document with every list empty keeps its `[]`.
    const empty: Document = { ...base, policies: [], projects: [], unrecognized: [], diagnostics: [] };
    expect(await joined(documentYamlPieces(empty))).toBe(await toYaml(empty));
  });
});
