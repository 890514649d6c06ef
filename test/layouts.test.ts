/**
 * Other templates in real layouts (SPEC §7, shared/LAYOUTS.md): fixtures/layouts/NAME.txt
 * read with NAME.yaml when there is one, else the built-in `common` profile, give what
 * NAME.expected.json (checked by hand against the text) says. And for each of them a wrong
 * assignment is impossible: a grid row with fewer values than headings, or with a value that
 * looks like a label, is unrecognised and changes nothing else.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { formatCsvHeader, formatCsvRows } from "../src/emit/csv/tables.js";
import { check, loadProfile, parse, parseDetailed, type Document } from "../src/index.js";
import { commonProfile } from "../src/profile/common.js";
import type { Profile } from "../src/profile/schema.js";
import { decodeBytes } from "../src/source/decode.js";
import { fixturesDir, listFixtures } from "./helpers/fixtures.js";
import { subsetDifferences } from "./helpers/subset.js";
import { validateTree } from "./helpers/tree-validator.js";

const layoutsDir = join(fixturesDir, "layouts");
const fixtures = listFixtures(layoutsDir);

const profiles = new Map<string, Profile>();

beforeAll(async () => {
  for (const { name } of fixtures) {
    const path = join(layoutsDir, `${name}.yaml`);
    if (!existsSync(path)) continue;
    const loaded = await loadProfile(path);
    if (!loaded.ok) throw new Error(`${path}: ${JSON.stringify(loaded)}`);
    profiles.set(name, loaded.profile);
  }
});

function profileFor(name: string): Profile {
  return profiles.get(name) ?? commonProfile;
}

function read(name: string, text?: string): Document {
  const bytes = text === undefined ? readFileSync(join(layoutsDir, `${name}.txt`)) : Buffer.from(text, "utf8");
  return parse(bytes, { profile: profileFor(name) });
}

function expectedOf(name: string): Document {
  return JSON.parse(readFileSync(join(layoutsDir, `${name}.expected.json`), "utf8")) as Document;
}

describe("layout fixtures (SPEC §7)", () => {
  it("has the six layouts of issue 11", () => {
    expect(fixtures.map((fixture) => fixture.name)).toEqual([
      "grid-excel-two-columns", "grid-html-pipes", "grid-pdftotext", "grid-single-space", "grid-tokens", "three-sheets",
    ]);
  });

  it.each(fixtures)("$name reads to its expected document", ({ name }) => {
    expect(subsetDifferences(expectedOf(name), read(name))).toEqual([]);
  });

  it.each(fixtures)("$name: the tree covers every non-blank line exactly once", ({ name, textPath }) => {
    const bytes = readFileSync(textPath);
    const decoded = decodeBytes(bytes);
    if (!decoded.ok) throw new Error(decoded.message);
    const result = parseDetailed(bytes, { profile: profileFor(name), keepTree: true });
    expect(result.tree).not.toBeNull();
    if (result.tree) expect(validateTree(result.tree, decoded.text, result.lines)).toEqual([]);
  });
});

/** The fixture's text with lines inserted after line `after` (1-based), or line `at` replaced. */
function edited(name: string, edit: { after: number; lines: string[] } | { at: number; line: string }): string {
  const text = readFileSync(join(layoutsDir, `${name}.txt`)).toString(name === "grid-excel-two-columns" ? "latin1" : "utf8");
  const source = name === "grid-excel-two-columns" ? new TextDecoder("shift_jis").decode(readFileSync(join(layoutsDir, `${name}.txt`))) : text;
  const lines = source.split(/\r?\n/);
  if ("after" in edit) lines.splice(edit.after, 0, ...edit.lines);
  else lines[edit.at - 1] = edit.line;
  return lines.join("\n");
}

/** Every quantity of every year, with where it is. */
function yearValues(document: Document): { where: string; raw: string }[] {
  return document.projects.flatMap((project, p) =>
    project.years.flatMap((year) => {
      const keys = ["budget", "settlement", "specificRevenue", "outcomeTarget", "outcomeActual", "initialTarget"] as const;
      const named = keys.flatMap((key) => (year[key] ? [{ where: `${p}/${year.fiscalYear}/${key}`, raw: year[key].raw }] : []));
      return [...named, ...year.extras.map((extra) => ({ where: `${p}/${year.fiscalYear}/${extra.label}`, raw: extra.value.raw }))];
    }),
  );
}

/**
 * A row with fewer values than headings, whose values cannot be placed with certainty:
 * by count in tabs and pipes (a short row), by offset between two columns in spaces, by
 * count on single spaces and one token per line.
 */
const SHORT_ROWS: { name: string; after: number; lines: string[] }[] = [
  { name: "grid-pdftotext", after: 10, lines: ["  試行経費                       90"] },
  { name: "grid-excel-two-columns", after: 9, lines: ["試行経費\t90\t85"] },
  { name: "grid-tokens", after: 16, lines: ["試行経費", "90"] },
  { name: "grid-html-pipes", after: 7, lines: ["試行経費 | 90 | 85 |"] },
  { name: "grid-single-space", after: 7, lines: ["試行経費 90 85"] },
  { name: "three-sheets", after: 9, lines: ["  試行経費                          90"] },
];

/** A measure row one of whose values is a label of the profile: the row is refused, its measure left blank. */
const LABEL_VALUES: { name: string; at: number; line: string; emptied: string; unread?: number }[] = [
  { name: "grid-pdftotext", at: 11, line: "  うち特定財源                400              担当課                 500                500", emptied: "specificRevenue" },
  { name: "grid-excel-two-columns", at: 10, line: "うち特定財源\t1,200\t担当課\t1,200\t1,150\t1,300\t", emptied: "specificRevenue" },
  // One token per line: 担当課 ends the measure 決算額 (two values, not three), which is unread; 担当課 is read as what it is.
  { name: "grid-tokens", at: 15, line: "担当課", emptied: "settlement", unread: 13 },
  { name: "grid-html-pipes", at: 8, line: "うち特定財源 | 0 | 担当課 | 200,000 |", emptied: "specificRevenue" },
  { name: "grid-single-space", at: 7, line: "事業費 2,400 担当課 2,500", emptied: "settlement" },
  { name: "three-sheets", at: 10, line: "  うち特定財源                 100             担当課             120", emptied: "specificRevenue" },
];

describe("a wrong assignment is impossible (SPEC §7.1)", () => {
  it.each(SHORT_ROWS)("$name: a row with fewer values than headings is unrecognised, the rest unchanged", ({ name, after, lines }) => {
    const document = read(name, edited(name, { after, lines }));
    const texts = document.unrecognized.map((line) => line.text);
    for (const line of lines) expect(texts).toContain(line.trim());
    expect(subsetDifferences(expectedOf(name).projects, document.projects)).toEqual([]);
    expect(yearValues(document).filter((value) => value.where.includes("試行経費") || value.raw === "90")).toEqual([]);
  });

  it.each(LABEL_VALUES)("$name: a value that looks like a label is refused", ({ name, at, line, emptied, unread }) => {
    const document = read(name, edited(name, { at, line }));
    expect(document.unrecognized.map((item) => item.line)).toContain(unread ?? at);
    expect(yearValues(document).filter((value) => value.raw === "担当課")).toEqual([]);
    const first = document.projects[0];
    expect(first?.years.map((year) => (year as unknown as Record<string, unknown>)[emptied] ?? null).filter((value) => value !== null)).toEqual([]);
  });
});

describe("messages quote the label as the sheet wrote it (SPEC §7.4)", () => {
  it("an invalid amount under 事業費 is named 事業費, an outcome under 実績値 実績値", () => {
    const text = edited("grid-pdftotext", { at: 10, line: "  事業費                 1,820             1,905               把握困難              2,200" })
      .replace("  実績値" + " ".repeat(15) + "288", "  実績値" + " ".repeat(15) + "不明");
    const result = parseDetailed(Buffer.from(text), { profile: profileFor("grid-pdftotext") });
    const messages = check(result).filter((d) => d.ruleId === "invalid-quantity").map((d) => d.message);
    expect(messages.some((message) => message.includes("令和4年度 事業費"))).toBe(true);
    expect(messages.some((message) => message.includes("令和2年度 実績値"))).toBe(true);
    expect(messages.join("\n")).not.toMatch(/決算額|成果実績/);
  });
});

describe("years[].extras reach Excel (the yearExtras CSV table)", () => {
  it("gives one row per extra, with value, unit and yen", () => {
    const rows = parseCsv(formatCsvHeader("yearExtras", {}) + formatCsvRows("yearExtras", read("grid-pdftotext"), {}), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row["fiscalYear"], row["label"], row["value"], row["unit"], row["yen"]])).toEqual([
      ["2020", "一般財源", "1420", "千円", "1420000"],
      ["2020", "人件費", "3100", "千円", "3100000"],
      ["2021", "一般財源", "1505", "千円", "1505000"],
      ["2021", "人件費", "3150", "千円", "3150000"],
      ["2022", "一般財源", "1540", "千円", "1540000"],
      ["2023", "一般財源", "1700", "千円", "1700000"],
    ]);
  });
});
