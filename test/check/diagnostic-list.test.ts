/**
 * Issue 13: a big file's diagnostics are made one at a time as they are written
 * (DiagnosticList) instead of all at once. Over every fixture, whatever the rule settings
 * and the language, the list gives exactly the diagnostics that were built eagerly before:
 * the same objects, in the same order, counted alike; and the CLI writes them so.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { diagnosticList, type RuleConfig } from "../../src/check/engine.js";
import { ruleRegistry } from "../../src/check/registry.js";
import type { RuleFinding } from "../../src/check/types.js";
import { renderMessage } from "../../src/messages/index.js";
import type { Lang } from "../../src/messages/types.js";
import type { Diagnostic } from "../../src/model/schema.js";
import type { ParseResult } from "../../src/parse.js";
import { parseAnyDetailed } from "../../src/parse-any.js";
import { runCli } from "../cli/helpers.js";
import { fixturesDir } from "../helpers/fixtures.js";
import { defaultsInEnglish, offAndRaisedInJapanese, type RuleSettings } from "../helpers/rule-settings.js";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Every fixture the parser reads: texts, and those extracted from PDFs and workbooks (their diagnostics carry a page or a cell). */
const inputs = walk(fixturesDir)
  .filter((path) => /\.(?:txt|pdf|xlsx)$/.test(path))
  .sort();

const render = renderMessage as unknown as (lang: Lang, ruleId: string, messageId: string, params: unknown) => string;

/** The diagnostics as the engine built them before DiagnosticList: all at once, then sorted (a stable sort). */
function eagerDiagnostics(result: ParseResult, config: RuleConfig, lang: Lang): Diagnostic[] {
  const path = result.document.source.path;
  const diagnostics: Diagnostic[] = [];
  for (const { ruleId, finding } of result.findings as readonly RuleFinding[]) {
    const severity = config.get(ruleId) ?? ruleRegistry[ruleId].defaultSeverity;
    if (severity === "off") continue;
    diagnostics.push({
      ruleId,
      messageId: finding.messageId,
      severity,
      message: render(lang, ruleId, finding.messageId, finding.data),
      line: finding.span.start.line,
      column: finding.span.start.column,
      endLine: finding.span.end.line,
      endColumn: finding.span.end.column,
      path,
      ...result.origins?.at(finding.span.start.line, finding.span.start.column),
    });
  }
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

const settings: readonly RuleSettings[] = [defaultsInEnglish, { name: "defaults, Japanese", config: new Map(), lang: "ja" }, offAndRaisedInJapanese];

describe("DiagnosticList", () => {
  it("has fixtures with many diagnostics to compare, ties of position among them", async () => {
    let total = 0;
    let ties = 0;
    for (const input of inputs) {
      const result = await parseAnyDetailed(readFileSync(input), { path: input });
      const eager = eagerDiagnostics(result, new Map(), "en");
      total += eager.length;
      ties += eager.filter((d, i) => i > 0 && eager[i - 1]?.line === d.line && eager[i - 1]?.column === d.column).length;
    }
    expect(inputs.length).toBeGreaterThan(40);
    expect(total).toBeGreaterThan(300);
    expect(ties).toBeGreaterThan(0);
  });

  it.each(settings)("gives the eagerly built diagnostics over every fixture: $name", async ({ config, lang }) => {
    for (const input of inputs) {
      const result = await parseAnyDetailed(readFileSync(input), { path: input });
      if (result.fatal) continue;
      const eager = eagerDiagnostics(result, config, lang);
      const list = diagnosticList(result, config, lang);
      expect([...list], input).toEqual(eager);
      expect(list.length, input).toBe(eager.length);
      expect(list.counts(), input).toEqual({
        errors: eager.filter((d) => d.severity === "error").length,
        warnings: eager.filter((d) => d.severity === "warning").length,
        infos: eager.filter((d) => d.severity === "info").length,
      });
    }
  });

  it("makes fresh diagnostics at each reading: nothing of a reading is kept", async () => {
    const input = join(fixturesDir, "whole-city.txt");
    const list = diagnosticList(await parseAnyDetailed(readFileSync(input), { path: input }));
    const [first] = list;
    const [again] = list;
    expect(first).toBeDefined();
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});

describe("diagnostics written as they are made (JSON and NDJSON with sheets set aside)", () => {
  it.each(["en", "ja"] as const)("are the eagerly built ones, in every fixture's NDJSON (--lang %s), and --strict names the same", async (lang) => {
    const texts = inputs.filter((path) => path.endsWith(".txt"));
    const run = await runCli(["--format", "ndjson", "--strict", "--lang", lang, ...texts], { env: { SHEETPARSE_SPOOL_THRESHOLD: "0" } });
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(texts.length);
    let strictLines = 0;
    for (const [index, input] of texts.entries()) {
      const result = await parseAnyDetailed(readFileSync(input), { path: input });
      if (result.fatal) continue;
      const eager = eagerDiagnostics(result, new Map(), lang);
      const written = (JSON.parse(lines[index] ?? "null") as { diagnostics: Diagnostic[] }).diagnostics;
      expect(written, input).toEqual(eager);
      strictLines += eager.filter((d) => d.severity === "error" || d.ruleId === "unrecognized-line").length;
    }
    // Each error and unrecognised line once on stderr, and the batch summary.
    expect(strictLines).toBeGreaterThan(0);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(strictLines + 1);
  });
});
