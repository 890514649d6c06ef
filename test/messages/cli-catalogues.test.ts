/**
 * The command line's catalogues (cli.ts, usage.ts, help.ts) hold the same entries in both
 * languages, none empty; every message renders from sample data (the sample types make the
 * samples complete: a new message without one is a type error). commander's English errors
 * come back from their parts byte for byte, so English output is what commander printed.
 */
import { describe, expect, it } from "vitest";
import { cliMessages, type CliMessages } from "../../src/messages/cli.js";
import { helpTexts, type HelpTexts, type HelpWords } from "../../src/messages/help.js";
import { usageMessages, type CommanderErrors, type UsageMessages } from "../../src/messages/usage.js";
import { LANGS } from "../../src/messages/index.js";
import { commanderErrorText, wrapWide } from "../../src/cli/commander-text.js";
import { formatProgress } from "../../src/cli/progress.js";
import { displayWidth } from "../../src/report/display-width.js";

/** The arguments of every function entry of a catalogue. */
type Samples<T> = { [K in keyof T as T[K] extends (...args: never[]) => string ? K : never]: T[K] extends (...args: infer A) => string ? A : never };

const paint = { red: String, yellow: String, blue: String, green: String, dim: String, bold: String, underline: String };
const counts = { files: 12, parsed: 11, unreadable: 1, policies: 3, projects: 9, errors: 1, warnings: 2, infos: 0 };

const cliSamples: Samples<CliMessages> = {
  summary: [counts, paint],
  unknownEncoding: ["latin1"],
  tooManyWarnings: [5, 2],
  noInputRead: ["out.json"],
  progress: [1234, 10000, 617],
  profileNotice: [{ kind: "tie", chosen: "reference", rival: "twin", recognized: 99, content: 99 }],
  notInCp932: ['"①" (U+2460)'],
  problems: [1, 1, 1],
  problemCount: [3],
};

const commanderSamples: Samples<CommanderErrors> = {
  unknownOption: ["--formt"],
  didYouMean: [["--format"]],
  missingArgument: ["file"],
  optionMissingArgument: ["--table <name>"],
  invalidChoice: ["--format <format>", "xml", "json, ndjson, yaml, csv"],
  invalidArgument: ["--max-warnings <n>", "x", "…"],
  excessArguments: ["schema", 0, 1],
  unknownCommand: ["x"],
};

const usageSamples: Samples<UsageMessages> = {
  withHint: ["--bom applies to --format csv only"],
  unknownCommandWord: ["chekc", "check", ["ast", "check"]],
  helpTakesOneCommand: [2],
  tableNeedsCsv: ["json"],
  csvOnly: ["--bom"],
  profileError: ["p.yaml:3:1: unknown key"],
  unknownProfile: ["nope", ["reference", "common"]],
  ruleNeedsSeverity: ["year-sequence"],
  unknownRule: ["nope", ["year-sequence"]],
  unknownSeverity: ["year-sequence", "loud", ["off", "warn"]],
  settingMustBe: ["rules.year-sequence", ["off", "warn"]],
  unknownSetting: ["extra", ["rules", "maxWarnings"]],
  badMaxWarnings: ["Too small"],
  badShape: ["rules", "expected record"],
  cannotReadConfig: ["c.yaml", "no such file or directory"],
  cannotReadYaml: ["c.yaml", "nesting too deep"],
};

const helpSamples: Samples<HelpTexts["check"]> = { after: ["required-section, required-field."] };
const wordSamples: Samples<HelpWords> = { extra: ['"json", "csv"', '"json"'] };

/** Every leaf of a catalogue as `path → text`, functions called with their samples. */
function leaves(value: unknown, samples: Readonly<Record<string, unknown>>, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(path, value);
  else if (typeof value === "function") {
    const key = path.split(".").at(-1) ?? "";
    const args = samples[path] ?? samples[key];
    expect(args, `sample arguments for ${path}`).toBeDefined();
    out.set(path, (value as (...args: unknown[]) => string)(...(args as unknown[])));
  } else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) for (const [leaf, text] of leaves(item, samples, path === "" ? key : `${path}.${key}`)) out.set(leaf, text);
  }
  return out;
}

const catalogues = [
  ["cli", cliMessages, cliSamples],
  ["usage", usageMessages, { ...usageSamples, ...Object.fromEntries(Object.entries(commanderSamples).map(([key, args]) => [`commander.${key}`, args])) }],
  ["help", helpTexts, { "check.after": helpSamples.after, "commander.extra": wordSamples.extra }],
] as const;

describe("the command line's catalogues", () => {
  it.each(catalogues)("%s: the same entries in both languages, none empty", (_name, catalogue, samples) => {
    const byLang = LANGS.map((lang) => leaves(catalogue[lang], samples as Readonly<Record<string, unknown>>));
    const [first, ...rest] = byLang;
    for (const other of rest) {
      // English help leaves commander's own words to commander (null), so compare the rest.
      const keys = (map: Map<string, string>) => [...map.keys()].filter((key) => !key.startsWith("commander.") || _name !== "help").sort();
      expect(keys(other)).toEqual(keys(first ?? new Map()));
    }
    for (const map of byLang) for (const [path, text] of map) expect(text.trim(), path).not.toBe("");
    for (const map of byLang) for (const [path, text] of map) expect(text, path).not.toMatch(/undefined|\[object/);
  });

  it("the progress line in both languages", () => {
    expect(formatProgress(1234, 10000, 2000)).toBe("1,234/10,000 files · 617 files/s");
    expect(formatProgress(1234, 10000, 2000, "ja")).toBe("1,234/10,000 ファイル · 毎秒 617 ファイル");
  });
});

describe("commander's errors", () => {
  const english = [
    "error: unknown option '--formt'\n(Did you mean --format?)\n",
    "error: unknown option '--x'\n(Did you mean one of --a, --b?)\n",
    "error: missing required argument 'file'\n",
    "error: option '--table <name>' argument missing\n",
    "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are json, ndjson, yaml, csv.\n",
    "error: option '--max-warnings <n>' argument 'x' is invalid. Expected a whole number of 0 or more, in decimal digits.\n",
    "error: too many arguments for 'schema'. Expected 0 arguments but got 1.\n",
    "error: too many arguments. Expected 1 argument but got 2.\n",
    "error: unknown command 'x'\n",
    "error: something a later commander says\n",
  ];

  it.each(english)("%j comes back from its parts unchanged in English, and differently in Japanese (unless unknown)", (text) => {
    expect(commanderErrorText(text, "en")).toBe(text);
    if (!text.includes("later commander")) expect(commanderErrorText(text, "ja")).not.toMatch(/^error:/);
  });

  it("keeps an echoed newline on its line", () => {
    expect(commanderErrorText("error: unknown option '--a\nb'\n", "ja")).toBe("エラー: オプション '--a\\nb' はありません\n");
  });
});

describe("wrapping Japanese help", () => {
  it("breaks between Japanese characters within the width, never before closing punctuation nor after an opening bracket", () => {
    const text = "シートを検査し、人や CI 向けに報告する: stylish, json, github, sarif, junit（ルールの一覧は README のルール表）";
    const lines = wrapWide(text, 40).split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    for (const line of lines) expect(line).not.toMatch(/^[、。）]|（$/);
    expect(lines.join("").replaceAll(" ", "")).toBe(text.replaceAll(" ", ""));
    expect(wrapWide("short", 40)).toBe("short");
  });
});
