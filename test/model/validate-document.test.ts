/**
 * Every Document is checked against documentSchema before it leaves sheetparse: the ones we
 * make pass, and a broken one becomes a `fatal` `invalidDocument` diagnostic naming where.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { check, parse, parseDetailed } from "../../src/index.js";
import { rules } from "../../src/check/registry.js";
import type { RuleModule } from "../../src/check/types.js";
import { addPositions } from "../../src/emit/positions.js";
import type { Document } from "../../src/model/schema.js";
import { jqPath, schemaViolation, validateDocument } from "../../src/model/validate-document.js";
import { SheetwiseValidation } from "../../src/model/validate-sheets.js";
import { fixturesDir, listFixtures, seedsDir } from "../helpers/fixtures.js";

const SHEET = readFileSync(join(fixturesDir, "policy-with-projects.txt"));

/** Every sheet we ship or test against: the golden fixtures, the check fixtures and the shared reference sheet. */
function sheetPaths(): string[] {
  const seeds = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith(".txt")).map((f) => join(seedsDir, f)) : [];
  return [...listFixtures().map((f) => f.textPath), ...listFixtures(join(fixturesDir, "check")).map((f) => f.textPath), ...seeds];
}

/** A parsed Document to break on purpose (a deep copy, so nothing shared is touched). */
function documentToBreak(): Document {
  return structuredClone(parse(SHEET, { path: "sheet.txt" }));
}

describe("the Documents sheetparse makes", () => {
  it("include the shared reference sheet when it is present", () => {
    expect(sheetPaths().some((path) => path.includes("000_c75840063dde7d0e"))).toBe(existsSync(seedsDir));
  });

  it.each(sheetPaths())("%s validates, with and without positions", (path) => {
    const result = parseDetailed(readFileSync(path), { path });
    const document = parse(readFileSync(path), { path });
    expect(document.diagnostics.filter((d) => d.messageId === "invalidDocument")).toEqual([]);
    expect(schemaViolation(document)).toBeNull();
    if (!result.model) throw new Error(`${path} is unreadable`);
    expect(schemaViolation(addPositions(document, result.model.locations))).toBeNull();
  });
});

describe("a Document that breaks its schema", () => {
  it.each<[string, (document: Document) => void, string]>([
    ["a number that JSON cannot hold", (d) => Object.assign(d.projects[0]?.years[0] ?? {}, { achievementRate: Infinity }), ".projects[0].years[0].achievementRate: Invalid input: expected number, received Infinity"],
    ["a phase outside the enum", (d) => Object.assign(d.projects[1]?.years[2] ?? {}, { phase: "someday" }), ".projects[1].years[2].phase: Invalid option"],
    ["a key the schema does not know", (d) => Object.assign(d.policies[0] ?? {}, { owner: 1 }), '.policies[0]: Unrecognized key: "owner"'],
    ["a missing key", (d) => Reflect.deleteProperty(d.projects[0] ?? {}, "policyIndex"), ".projects[0].policyIndex: Invalid input: expected number, received undefined"],
    ["a broken diagnostic", (d) => d.diagnostics.unshift({ ruleId: "x", messageId: "y", severity: "error", message: "", line: -1, column: 1, path: null }), ".diagnostics[0].line:"],
  ])("%s: a fatal invalidDocument diagnostic naming the JSON path", (_name, breakIt, expected) => {
    const document = documentToBreak();
    breakIt(document);
    const violation = schemaViolation(document);
    expect(violation).toMatchObject({ ruleId: "fatal", messageId: "invalidDocument", severity: "error", line: 1, column: 1, path: "sheet.txt" });
    expect(violation?.message).toContain(`the Document does not match its schema at ${expected}`);
  });

  it("is replaced by a Document with no data, its source, and the one fatal diagnostic, which validates", () => {
    const document = documentToBreak();
    Object.assign(document.projects[0]?.years[0] ?? {}, { achievementRate: Infinity, phase: "someday" });
    const { document: emitted, fatal } = validateDocument(document);
    expect(fatal).toBe(true);
    expect(emitted).toEqual({ schemaVersion: 1, source: document.source, policies: [], projects: [], unrecognized: [], diagnostics: [schemaViolation(document)] });
    expect(emitted.diagnostics[0]?.message).toMatch(/ \(and 1 more problem\)$/);
    expect(schemaViolation(emitted)).toBeNull();
  });

  it("keeps nothing of a broken source but a sound stand-in", () => {
    const document = documentToBreak();
    Object.assign(document.source, { encoding: "latin-1" });
    const { document: emitted } = validateDocument(document);
    expect(emitted.source).toEqual({ path: null, encoding: "utf-8", bom: false, lineCount: 0, profile: "" });
    expect(emitted.diagnostics[0]?.message).toContain(".source.encoding:");
    expect(schemaViolation(emitted)).toBeNull();
  });

  it("passes through untouched when it is sound", () => {
    const document = parse(SHEET);
    expect(validateDocument(document)).toEqual({ document, fatal: false });
    expect(validateDocument(document).document).toBe(document);
  });
});

describe("jqPath", () => {
  it.each<[PropertyKey[], string]>([
    [[], "."],
    [["projects", 0, "years", 12, "phase"], ".projects[0].years[12].phase"],
    [["source", "path"], ".source.path"],
    [["policies", 0, "a key"], '.policies[0]["a key"]'],
    [["__proto__"], ".__proto__"],
    [["施策"], '["施策"]'],
  ])("%j → %s", (path, expected) => {
    expect(jqPath(path)).toBe(expected);
  });
});

describe("the library's parse and check", () => {
  // A rule that breaks the model it is given: the way a bug in a builder or a rule would.
  const breaking: RuleModule = {
    id: "target-not-met",
    defaultSeverity: "info",
    description: "test seam",
    messageIds: [],
    create() {
      return {
        sheet(entry) {
          const year = entry.kind === "project" ? entry.project.years[0] : undefined;
          if (year) year.achievementRate = Number.POSITIVE_INFINITY;
        },
      };
    },
  };
  const all = rules as RuleModule[];
  afterEach(() => {
    const at = all.indexOf(breaking);
    if (at >= 0) all.splice(at, 1);
  });

  it("give the fatal diagnostic instead of the broken Document", () => {
    all.push(breaking);
    const document = parse(SHEET, { path: "sheet.txt" });
    expect(document.projects).toEqual([]);
    expect(document.diagnostics.map((d) => [d.ruleId, d.messageId])).toEqual([["fatal", "invalidDocument"]]);
    expect(document.diagnostics[0]?.message).toContain(".projects[0].years[0].achievementRate");
    expect(check(SHEET, { path: "sheet.txt" }).map((d) => [d.ruleId, d.messageId])).toEqual([["fatal", "invalidDocument"]]);
  });
});

describe("the schema check of a Document sheet by sheet (issue 13)", () => {
  /** The verdict of SheetwiseValidation on `document`, its sheets (and with `diagnosticsApart` its diagnostics) given one at a time. */
  function sheetwise(document: Document, diagnosticsApart = false): ReturnType<typeof validateDocument> {
    const validation = new SheetwiseValidation();
    for (const policy of document.policies) validation.policy(policy);
    for (const project of document.projects) validation.project(project);
    if (!diagnosticsApart) return validation.finish({ ...document, policies: [], projects: [] });
    for (const diagnostic of document.diagnostics) validation.diagnostic(diagnostic);
    return validation.finish({ ...document, policies: [], projects: [], diagnostics: [] });
  }

  it("accepts what validateDocument accepts (the Document it gives back is the one without the sheets it was given apart)", () => {
    const document = documentToBreak();
    expect(validateDocument(document).fatal).toBe(false);
    expect(sheetwise(document)).toEqual({ document: { ...document, policies: [], projects: [] }, fatal: false });
  });

  it.each<[string, (document: Document) => void]>([
    ["one sheet", (d) => { const year = d.projects[0]?.years[0]; if (year) year.achievementRate = Number.POSITIVE_INFINITY; }],
    ["a policy and a project", (d) => { (d.policies[0] as unknown as Record<string, unknown>)["extra"] = 1; const year = d.projects[0]?.years[1]; if (year) year.achievementRate = Number.NaN; }],
    ["the source before the sheets", (d) => { (d.source as unknown as Record<string, unknown>)["lineCount"] = -1; const year = d.projects[0]?.years[0]; if (year) year.achievementRate = Number.POSITIVE_INFINITY; }],
    ["the diagnostics after the sheets", (d) => { d.diagnostics = [{ bad: true } as unknown as Document["diagnostics"][number]]; const year = d.projects[0]?.years[0]; if (year) year.achievementRate = Number.POSITIVE_INFINITY; }],
  ])("gives validateDocument's fatal Document: %s broken", (_, breakIt) => {
    const document = documentToBreak();
    breakIt(document);
    const whole = validateDocument(document);
    expect(whole.fatal).toBe(true);
    expect(sheetwise(document)).toEqual(whole);
  });

  const badDiagnostic = { bad: true } as unknown as Document["diagnostics"][number];
  it.each<[string, (document: Document) => void]>([
    ["nothing", () => undefined],
    ["one diagnostic", (d) => { d.diagnostics = [...d.diagnostics, badDiagnostic]; }],
    ["a diagnostic's message", (d) => { d.diagnostics = [{ ruleId: "x", messageId: "y", severity: "error", message: 1 as unknown as string, line: 1, column: 1, path: null }]; }],
    ["a sheet and a diagnostic", (d) => { d.diagnostics = [badDiagnostic, badDiagnostic]; const year = d.projects[0]?.years[0]; if (year) year.achievementRate = Number.NaN; }],
    ["an unrecognized line before a diagnostic", (d) => { d.unrecognized = [{ line: 0, text: "x" }]; d.diagnostics = [badDiagnostic]; }],
  ])("diagnostics given one at a time too (made as they are written): validateDocument's verdict with %s broken", (_, breakIt) => {
    const document = documentToBreak();
    breakIt(document);
    const whole = validateDocument(document);
    const apart = sheetwise(document, true);
    if (whole.fatal) expect(apart).toEqual(whole);
    else expect(apart).toEqual({ document: { ...document, policies: [], projects: [], diagnostics: [] }, fatal: false });
  });
});
