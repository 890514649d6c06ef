/**
 * Issue 13: `check` gives its reporters each file's diagnostics as a DiagnosticList (made one
 * at a time as they are read) when the sheets were checked as they were read, and an array
 * otherwise (a worker's result, a library caller's). Over every fixture, with any rule
 * settings and language, every reporter writes the same bytes from either.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DiagnosticList } from "../../src/check/diagnostic-list.js";
import type { RuleConfig } from "../../src/check/engine.js";
import { rules } from "../../src/check/registry.js";
import { prepareChecked } from "../../src/cli/commands/check.js";
import { withStreamedSheets } from "../../src/cli/streamed-sheets.js";
import type { Lang } from "../../src/messages/types.js";
import { parseAnyDetailed } from "../../src/parse-any.js";
import { plainColors } from "../../src/report/colors.js";
import { reporterPieces, reporters } from "../../src/report/registry.js";
import { REPORTER_NAMES, type Colors, type FileReport, type ReportContext } from "../../src/report/types.js";
import { fixturesDir } from "../helpers/fixtures.js";
import { defaultsInEnglish, offAndRaisedInJapanese, type RuleSettings } from "../helpers/rule-settings.js";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

const inputs = walk(fixturesDir)
  .filter((path) => /\.(?:txt|pdf|xlsx)$/.test(path))
  .sort();

/** Colours that mark every span, so that a piece painted differently shows. */
const markedColors: Colors = {
  red: (text) => `<r>${text}</r>`,
  yellow: (text) => `<y>${text}</y>`,
  blue: (text) => `<b>${text}</b>`,
  green: (text) => `<g>${text}</g>`,
  dim: (text) => `<d>${text}</d>`,
  bold: (text) => `<B>${text}</B>`,
  underline: (text) => `<u>${text}</u>`,
};

/** Every fixture checked both ways: eagerly (no sheets taken, an array) and with its sheets checked as read (a DiagnosticList). */
async function checkedBothWays(config: RuleConfig, lang: Lang): Promise<{ eager: FileReport[]; lazy: FileReport[] }> {
  const eager: FileReport[] = [];
  const lazy: FileReport[] = [];
  for (const input of inputs) {
    const bytes = readFileSync(input);
    eager.push(prepareChecked(await parseAnyDetailed(bytes, { path: input }), config, lang, 0).file);
    lazy.push(prepareChecked(await parseAnyDetailed(bytes, withStreamedSheets({ path: input }, null, {})), config, lang, 0).file);
  }
  return { eager, lazy };
}

function context(files: FileReport[], lang: Lang, colors: Colors, codeFrame: boolean): ReportContext {
  const ruleInfos = rules.map((rule) => ({ id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, setting: rule.defaultSeverity }));
  return { files, rules: ruleInfos, colors, codeFrame, tool: { name: "sheetparse", version: "0.0.0" }, lang };
}

const settings: readonly RuleSettings[] = [defaultsInEnglish, offAndRaisedInJapanese];

describe("check's reporters from diagnostics made as they are read", () => {
  it.each(settings)("write what they write from an array, over every fixture: $name", async ({ config, lang }) => {
    const { eager, lazy } = await checkedBothWays(config, lang);
    // The lazy path is taken for every readable fixture, and there is much to report.
    expect(lazy.filter((file) => file.diagnostics instanceof DiagnosticList).length).toBeGreaterThan(40);
    expect(eager.every((file) => Array.isArray(file.diagnostics))).toBe(true);
    expect(eager.reduce((sum, file) => sum + file.diagnostics.length, 0)).toBeGreaterThan(300);
    for (const [index, file] of lazy.entries()) {
      const other = eager[index];
      expect([...file.diagnostics], file.filePath ?? "").toEqual(other && [...other.diagnostics]);
      expect({ ...file, diagnostics: null }).toEqual({ ...other, diagnostics: null });
    }
    for (const name of REPORTER_NAMES) {
      for (const [colors, codeFrame] of [[plainColors, false], [markedColors, true]] as const) {
        const written = [...reporterPieces[name](context(lazy, lang, colors, codeFrame))].join("");
        expect(written, `${name}, code frames ${String(codeFrame)}`).toBe(reporters[name](context(eager, lang, colors, codeFrame)));
        expect(written.length).toBeGreaterThan(1000);
      }
    }
  });

  it("only for inputs over the size given: a batch of small files keeps arrays (findings would hold each file's text)", async () => {
    const input = inputs.find((path) => path.endsWith("policy-with-projects.txt")) ?? "";
    const bytes = readFileSync(input);
    const checked = async (lazyAbove: number): Promise<FileReport> => prepareChecked(await parseAnyDetailed(bytes, withStreamedSheets({ path: input }, null, {})), new Map(), "en", lazyAbove).file;
    const length = bytes.toString("utf8").length;
    expect((await checked(length)).diagnostics).toBeInstanceOf(Array);
    expect((await checked(length - 1)).diagnostics).toBeInstanceOf(DiagnosticList);
  });
});
