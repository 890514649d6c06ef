/**
 * Property tests (fast-check). `npm test` runs a few hundred cases per property (each
 * run draws new ones); `npm run test:long` sets SHEETPARSE_PROPERTY_RUNS=100000.
 */
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "../../src/index.js";
import { documentSchema } from "../../src/model/schema.js";
import { validateTree } from "../helpers/tree-validator.js";
import { sheetArb } from "../helpers/sheet-generator.js";

const RUNS = Number(process.env["SHEETPARSE_PROPERTY_RUNS"] ?? 0) || undefined;
const runs = (quick: number) => ({ numRuns: RUNS ?? quick });

/** Pieces of the template, so random text reaches deep into the parser's states. */
const TOKENS = [
  "総合計画上の位置付け", "主要事業と関連部署", "目標", "令和2年度の取組状況への意見", "目標の達成状況", "事業の説明",
  "【Do】これまでの実績と現在の取組み", "【Check】令和2年度実績の評価と分析", "【Action】今後に向けた改善点", "成果指標", "【Plan】今後の計画",
  "施策の大綱", "施策", "施策の方向", "事業名", "担当", "事業の目的 ", "予算科目", "部署名", "指標名", "2017年", "令和3年度", "R4年度", "平成31年度",
  "予算額", "決算額", "うち 特定財源", "成果目標", "成果実績", "当初の成果目標", "実施内容と改善点", "実施内容", "評価", "分析", "方針", "単位",
  "今後の成果目標", "からの意見", "NEXT CYCLE", "- 3 -", "----", "—", "―", "5,000 人", "△1,200千円", "%", "１２３", "__proto__", "constructor",
  "=SUM(A1)", "\t", "\t", "\t", "\n", "\n", "\n", "\r\n", "\r", " ", "　", "テキスト", "，", "、",
];
const sheetLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 120 }).map((parts) => parts.join(""));
const anyText = fc.oneof(sheetLike, fc.string({ unit: "binary", maxLength: 300 }));

describe("parse never throws", () => {
  it("on any string, and the result validates with every position inside the input", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseDetailed(text, { keepTree: true });
        const document = parse(text);
        // parse replaces a Document that breaks its schema with a fatal one: that must never be needed.
        expect(document.diagnostics.filter((d) => d.messageId === "invalidDocument")).toEqual([]);
        expect(documentSchema.safeParse(document).success).toBe(true);
        expect(result.tree && validateTree(result.tree, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, result.lines)).toEqual([]);
      }),
      runs(600),
    );
  });

  it("on any bytes: undecodable input becomes a fatal diagnostic", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const document = parse(bytes);
        expect(document.diagnostics.filter((d) => d.messageId === "invalidDocument")).toEqual([]);
        expect(documentSchema.safeParse(document).success).toBe(true);
        for (const diagnostic of document.diagnostics) if (diagnostic.ruleId === "fatal") expect(diagnostic.line).toBeGreaterThanOrEqual(1);
      }),
      runs(600),
    );
  });
});

/** The data of a document apart from its source block. */
function data(document: ReturnType<typeof parse>): string {
  return JSON.stringify({ ...document, source: null });
}

describe("line endings and encodings do not change the data", () => {
  it("LF, CRLF and CR give the same document", () => {
    fc.assert(
      fc.property(sheetLike, (text) => {
        const lf = text.replace(/\r\n?/g, "\n");
        const expected = data(parse(lf));
        expect(data(parse(lf.replaceAll("\n", "\r\n")))).toBe(expected);
        expect(data(parse(lf.replaceAll("\n", "\r")))).toBe(expected);
      }),
      runs(400),
    );
  });

  it("UTF-8, CP932, EUC-JP and UTF-16 give the same document apart from source", () => {
    fc.assert(
      fc.property(sheetArb, ({ text }) => {
        const legacy = text.replaceAll("—", "―");
        const expected = data(parse(Buffer.from(legacy, "utf8")));
        for (const [encoding, bom] of [["cp932", false], ["euc-jp", false], ["utf-16le", true], ["utf-16be", true]] as const) {
          expect(data(parse(iconv.encode(legacy, encoding, { addBOM: bom })))).toBe(expected);
        }
      }),
      runs(80),
    );
  });
});

describe("generated sheets parse back to what the generator put in", () => {
  it("projects, years, phases, quantities, checks and future targets", () => {
    fc.assert(
      fc.property(sheetArb, (sheet) => {
        const document = parse(sheet.text);
        expect(document.unrecognized).toEqual([]);
        expect(document.policies.map((p) => p.position.policy)).toEqual(sheet.policies.map((p) => p.policy));
        expect(document.policies.map((p) => p.mainProjects.map((m) => m.project))).toEqual(sheet.policies.map((p) => p.projects));
        expect(document.projects).toHaveLength(sheet.projects.length);
        sheet.projects.forEach((expected, index) => {
          const project = document.projects[index];
          expect(project?.name).toBe(expected.name);
          expect(project?.department).toBe(expected.department);
          expect(project?.policy).toBe(expected.policy);
          // Generated 施策 names are unique, so a named 事業 belongs to the 施策 sheet of its name.
          expect(project?.policyIndex).toBe(expected.policy === null ? null : sheet.policies.findIndex((p) => p.policy === expected.policy));
          expect(project?.years.map((y) => [y.fiscalYear, y.phase])).toEqual(expected.years.map((y) => [y.fiscalYear, y.phase]));
          expected.years.forEach((year, i) => {
            const record = project?.years[i];
            const money = year.phase === "actual" ? record?.settlement : record?.budget;
            const outcome = year.phase === "actual" ? record?.outcomeActual : record?.outcomeTarget;
            expect([money?.status, money?.value, money?.unit]).toEqual([year.money.status, year.money.value, "千円"]);
            if (year.money.status === "value") expect(money?.yen).toBe((year.money.value ?? 0) * 1000);
            expect([outcome?.status, outcome?.value, outcome?.unit]).toEqual([year.outcome.status, year.outcome.value, "人"]);
          });
          expect(project?.check?.fiscalYear).toBe(expected.checkYear);
          expect(project?.check?.evaluation).toBe(expected.evaluation);
          expect(project?.futureTargets.map((t) => [t.fiscalYear, t.value.status, t.value.value])).toEqual(expected.futureTargets.map((t) => [t.fiscalYear, t.value.status, t.value.value]));
        });
      }),
      runs(250),
    );
  });
});
