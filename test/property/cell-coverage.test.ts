/**
 * SPEC §7.1 at cell level: for generated sheets with random extra cells, stray marker
 * words and lines of other templates spliced in, every filled cell of the input ends up
 * in the model (its text, a label or marker the profile reads, a layout line) or is named
 * by a diagnostic at its line. Nothing is dropped silently. `npm run test:long` runs it at
 * SHEETPARSE_PROPERTY_RUNS cases.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, parseDetailed, type Diagnostic, type Document } from "../../src/index.js";
import { leavesOf } from "../../src/model/build-document.js";
import { createQuantityReader } from "../../src/model/read-quantity.js";
import { DEFAULT_PROFILE } from "../../src/profile/registry.js";
import type { Quantity } from "../../src/model/schema.js";
import type { Vocabulary } from "../../src/syntax/vocabulary.js";
import { sheetArb } from "../helpers/sheet-generator.js";

const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || undefined;
const runs = (quick: number) => ({ numRuns: RUNS ?? quick });

/** Words that are markers or labels of the reference template, alone on a line. */
const STRAY_WORDS = ["目標", "目 標", "主要事業と関連部署", "目標の達成状況", "成果指標", "事業の説明", "総合計画上の位置付け", "事業名", "担当", "施策", "単位", "予算額"];

/** Lines of other cities' templates: year grids, single-space label pairs, enumerators. */
const FOREIGN_LINES = [
  "区分\t令和4年度\t令和5年度\t令和6年度",
  "事業費\t1,200\t1,300",
  "担当課 健康福祉部 国保年金課 所属長名 山田 太郎",
  "1",
  "(2)",
  "② 事業概要",
  "事務事業評価シート",
  "金額(千円)\tR4\t\tR5\t",
  "\t予算\t決算\t予算\t決算",
  "人件費\t4,600\t4,700",
  "把握困難",
];

type Mutation =
  | { kind: "extraCell"; at: number; tag: number }
  | { kind: "strayWord"; at: number; word: string }
  | { kind: "foreignLine"; at: number; line: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("extraCell" as const), at: fc.nat(), tag: fc.nat({ max: 9999 }) }),
  fc.record({ kind: fc.constant("strayWord" as const), at: fc.nat(), word: fc.constantFrom(...STRAY_WORDS) }),
  fc.record({ kind: fc.constant("foreignLine" as const), at: fc.nat(), line: fc.constantFrom(...FOREIGN_LINES) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split("\n");
  for (const mutation of mutations) {
    const at = mutation.at % (lines.length + 1);
    if (mutation.kind === "extraCell") {
      // A cell no template has: an extra 備考 column's text, unique so that it can be looked for.
      const index = Math.min(at, lines.length - 1);
      if ((lines[index] ?? "").trim() !== "") lines[index] = `${lines[index] ?? ""}\t余白${mutation.tag}`;
    } else {
      lines.splice(at, 0, mutation.kind === "strayWord" ? mutation.word : mutation.line);
    }
  }
  return lines.join("\n");
}

/** Every string value of the data (not of diagnostics or the unrecognised list, which name rather than read). */
function modelStrings(document: Document): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === "string") out.push(value);
    else if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === "object") for (const item of Object.values(value)) walk(item);
  };
  walk(document.policies);
  walk(document.projects);
  return out;
}

/** Every quantity of the data: what a cell written again for the same field may agree with. */
function modelQuantities(document: Document): Quantity[] {
  const out: Quantity[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) walk(item);
    else if (value !== null && typeof value === "object") {
      if ("raw" in value && "status" in value && "unit" in value) out.push(value as Quantity);
      else for (const item of Object.values(value)) walk(item);
    }
  };
  walk(document.projects);
  return out;
}

const readQuantity = createQuantityReader(DEFAULT_PROFILE);

/**
 * Whether the cell is a second writing of a quantity the data holds, meaning the same (the
 * model's rule, build-years.ts: `－ 千円` and `ー 千円` both say "not applicable, 千円";
 * a different meaning is a `year-sequence` diagnostic instead): nothing of it is lost.
 */
function agreesWithModel(quantities: readonly Quantity[], cell: string): boolean {
  return (["money", "other"] as const).some((kind) => {
    const { quantity, valid } = readQuantity(cell, kind);
    if (!valid || quantity.status === "blank" || (quantity.status === "value" && quantity.value !== null)) return false;
    return quantities.some((q) => q.status === quantity.status && q.value === quantity.value && q.unit === quantity.unit);
  });
}

/** Whether the cell is a word the profile reads as structure: a label (alone or heading its cell), a marker, an opinion source. */
function isStructure(vocabulary: Vocabulary, text: string): boolean {
  return vocabulary.isAnyLabel(text) || vocabulary.startsWithAnyLabel(text) || vocabulary.marker(text) !== null || vocabulary.opinionSource(text) !== null;
}

/** Filled cells that are neither in the model nor named by a diagnostic at their line. */
function lostCells(text: string, keep: (diagnostic: Diagnostic) => boolean = () => true): string[] {
  const result = parseDetailed(text, { keepTree: true });
  const diagnostics: Diagnostic[] = check(result).filter(keep);
  const { tree, vocabulary } = result;
  if (!tree) return ["(no tree)"];
  const layoutLines = new Set<number>();
  for (const leaf of leavesOf(tree)) if (leaf.type === "rule" || leaf.type === "artifact") layoutLines.add(leaf.position.start.line);
  // A grid's header (its corner, years and phases) is read as the grid's columns.
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    const item = node as { type?: string; children?: unknown[] };
    if (item.type === "grid") for (const child of item.children ?? []) if ((child as { type?: string }).type === "tableRow") layoutLines.add((child as { position: { start: { line: number } } }).position.start.line);
    for (const child of item.children ?? []) walk(child);
  };
  walk(tree);
  const namedLines = new Set(diagnostics.filter((d) => d.ruleId === "unrecognized-line").map((d) => d.line));
  const namedCells = new Set(diagnostics.map((d) => `${d.line}:${d.column}`));
  // A diagnostic spanning lines (a value given twice over several lines) names every cell of its later lines.
  for (const d of diagnostics) for (let line = d.line + 1; line <= (d.endLine ?? d.line); line++) namedLines.add(line);
  const strings = modelStrings(result.document);
  const quantities = modelQuantities(result.document);
  const lost: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    const number = index + 1;
    if (layoutLines.has(number) || namedLines.has(number)) return;
    let column = 1;
    for (const raw of line.split("\t")) {
      const cell = raw.trim();
      const cellColumn = column + raw.indexOf(cell);
      column += raw.length + 1;
      if (cell === "" || namedCells.has(`${number}:${cellColumn}`)) continue;
      if (strings.some((s) => s.includes(cell)) || isStructure(vocabulary, cell) || agreesWithModel(quantities, cell)) continue;
      lost.push(`${number}:${cellColumn} ${JSON.stringify(cell)}`);
    }
  });
  return lost;
}

describe("every cell is read or named (SPEC §7.1)", () => {
  it("on generated sheets with extra cells, stray marker words and other templates' lines", () => {
    fc.assert(
      fc.property(sheetArb, fc.array(mutationArb, { maxLength: 8 }), (sheet, mutations) => {
        const text = mutate(sheet.text, mutations);
        expect(lostCells(text), text).toEqual([]);
      }),
      runs(150),
    );
  });

  it("a not-applicable amount written again with another dash agrees with the first: nothing is lost", () => {
    const block = (cell: string) => `平成24年度\t予算額\t${cell}\n\tうち 特定財源\t—\n成果目標\t\t— 人\n`;
    const text = `事業の説明\n事業名\t防災訓練事業\n担当\t防災課\n\n【Do】これまでの実績と現在の取組み\n\n${block("— 千円")}\n${block("ー 千円")}`;
    expect(lostCells(text)).toEqual([]);
    // A different meaning the second time is no agreement: without the diagnostic that names it, it is lost.
    const other = text.replace("ー 千円", "5 千円");
    expect(lostCells(other, (d) => d.ruleId !== "year-sequence")).toEqual(['11:12 "5 千円"']);
  });

  it("finds a lost cell when one is lost (the check itself can fail)", () => {
    const text = "事業の説明\n事業名\t防災訓練事業\n担当\t防災課\t余白1\n";
    expect(lostCells(text)).toEqual([]);
    // Without the diagnostic that names it, the extra cell is lost, and the check says so.
    expect(lostCells(text, (d) => d.ruleId !== "unclaimed-cell")).toEqual(['3:8 "余白1"']);
  });
});
