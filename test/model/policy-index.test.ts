/**
 * 施策 membership (SPEC §5), decided once in the model as `projects[].policyIndex` and only
 * read by the rules and the HTML report: sheets moved around in a file must not change
 * which 施策 a 事業 belongs to, nor give false main-project-mismatch / position-mismatch.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check, parse } from "../../src/index.js";
import { buildReportModel } from "../../src/emit/html/model.js";
import { reportFileOf } from "../emit/html/helpers.js";

const WHOLE_CITY = readFileSync(new URL("../../fixtures/whole-city.txt", import.meta.url), "utf8");
const TWO_POLICIES = readFileSync(new URL("../../fixtures/vertical-and-horizontal.txt", import.meta.url), "utf8");

/**
 * A file's top-level sheets as texts, in order: a 施策 sheet starts at a `総合計画上の位置付け`
 * line whose next content line is the horizontal position row, a 事業 sheet at `事業の説明`.
 */
function splitSheets(text: string): { kind: "policy" | "project"; text: string }[] {
  const lines = text.split("\n");
  const starts: { offset: number; kind: "policy" | "project" }[] = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const next = lines.slice(i + 1).find((l) => l.trim() !== "") ?? "";
    if (line === "事業の説明") starts.push({ offset, kind: "project" });
    else if (line === "総合計画上の位置付け" && next.startsWith("施策の大綱\t") && next.includes("\t施策\t")) starts.push({ offset, kind: "policy" });
    offset += line.length + 1;
  });
  return starts.map((start, i) => {
    const piece = text.slice(i === 0 ? 0 : start.offset, starts[i + 1]?.offset ?? text.length);
    // Each piece ends with a line ending, so pieces can be put together in any order.
    return { kind: start.kind, text: piece.endsWith("\n") ? piece : `${piece}\n` };
  });
}

/** The sheets in the order given by indices into `splitSheets(text)`. */
function reorder(text: string, order: readonly number[]): string {
  const sheets = splitSheets(text);
  return order.map((i) => sheets[i]?.text ?? "").join("");
}

const MEMBERSHIP_RULES = ["main-project-mismatch", "position-mismatch"];

function membershipDiagnostics(text: string): string[] {
  return check(text)
    .filter((d) => MEMBERSHIP_RULES.includes(d.ruleId))
    .map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}

describe("projects[].policyIndex", () => {
  it("splits the fixtures as expected (a guard for the tests below)", () => {
    expect(splitSheets(WHOLE_CITY).map((s) => s.kind).join(" ")).toBe("policy project project policy project project project policy project");
    expect(splitSheets(TWO_POLICIES).map((s) => s.kind).join(" ")).toBe("policy project project policy project");
    expect(reorder(WHOLE_CITY, [0, 1, 2, 3, 4, 5, 6, 7, 8])).toBe(WHOLE_CITY.endsWith("\n") ? WHOLE_CITY : `${WHOLE_CITY}\n`);
  });

  it("is the index of the 施策 sheet before the 事業 in a file in the usual order", () => {
    expect(parse(WHOLE_CITY).projects.map((p) => p.policyIndex)).toEqual([0, 0, 1, 1, 1, 2]);
  });

  it("finds a 施策 sheet that comes after its 事業 sheets: no false mismatch, and the report groups them", () => {
    // Each 施策 sheet moved after its own 事業 sheets.
    const moved = reorder(WHOLE_CITY, [1, 2, 0, 4, 5, 6, 3, 8, 7]);
    const document = parse(moved);
    expect(document.policies.map((p) => p.position.policy)).toEqual(["健康づくりの推進", "商工業の振興", "ごみの減量と資源循環"]);
    expect(document.projects.map((p) => p.policyIndex)).toEqual([0, 0, 1, 1, 1, 2]);
    expect(membershipDiagnostics(WHOLE_CITY)).toEqual([]);
    expect(membershipDiagnostics(moved)).toEqual([]);

    const report = buildReportModel([reportFileOf(moved, "moved.txt")]);
    expect(report.policies.map((entry) => [entry.policy.position.policy, entry.projects.map((p) => p.project.name)])).toEqual([
      ["健康づくりの推進", ["がん検診推進事業", "食育推進事業"]],
      ["商工業の振興", ["創業支援事業", "空き店舗活用促進事業", "中小企業融資あっせん事業"]],
      ["ごみの減量と資源循環", ["資源物集団回収奨励事業"]],
    ]);
    expect(report.projects.every((entry) => entry.owner !== null && entry.owner === report.policies[entry.project.policyIndex ?? -1])).toBe(true);
  });

  it("prefers the 施策 sheet of the same name, even a later one, over the sheet before the 事業", () => {
    // 施策 A (高齢者福祉の充実), then B's 事業, then 施策 B (障害者福祉の充実), then A's 事業.
    const text = reorder(TWO_POLICIES, [0, 4, 3, 1, 2]);
    const document = parse(text);
    expect(document.policies.map((p) => p.position.policy)).toEqual(["高齢者福祉の充実", "障害者福祉の充実"]);
    expect(document.projects.map((p) => [p.name, p.policyIndex])).toEqual([
      ["障害者就労支援事業", 1],
      ["介護予防教室開催事業", 0],
      ["高齢者見守りネットワーク事業", 0],
    ]);
    expect(membershipDiagnostics(text)).toEqual([]);
    const report = buildReportModel([reportFileOf(text, "two.txt")]);
    expect(report.policies.map((entry) => entry.projects.map((p) => p.project.name))).toEqual([["介護予防教室開催事業", "高齢者見守りネットワーク事業"], ["障害者就労支援事業"]]);
  });

  it("matches 施策 names as the rules compare them (fullwidth forms, `，` and `、`)", () => {
    const sheets = splitSheets(TWO_POLICIES);
    // B's 事業 writes its 施策 in fullwidth letters and another comma style; B's 施策 sheet comes after it.
    const rename = (text: string, from: string, to: string): string => text.split(from).join(to);
    const policyB = rename(sheets[3]?.text ?? "", "障害者福祉の充実", "障害者福祉の充実，ＡＢ");
    const projectB = rename(sheets[4]?.text ?? "", "障害者福祉の充実", "障害者福祉の充実、AB");
    const text = [sheets[0]?.text, projectB, policyB].join("");
    expect(parse(text).projects.map((p) => p.policyIndex)).toEqual([1]);
  });

  it("among 施策 sheets of one name, takes the nearest before the 事業, else the first after it", () => {
    const sheets = splitSheets(TWO_POLICIES);
    const [policyA, projectA1, projectA2] = [sheets[0]?.text ?? "", sheets[1]?.text ?? "", sheets[2]?.text ?? ""];
    // Two years' sheets of the same 施策 in one file.
    expect(parse(policyA + projectA1 + policyA + projectA2).projects.map((p) => p.policyIndex)).toEqual([0, 1]);
    expect(parse(projectA1 + policyA + policyA).projects.map((p) => p.policyIndex)).toEqual([0]);
  });

  it("falls back to the 施策 sheet before the 事業, and is null when there is none", () => {
    const sheets = splitSheets(TWO_POLICIES);
    const unnamed = (sheets[4]?.text ?? "").replace("施策\t障害者福祉の充実", "施策\t");
    expect(parse((sheets[0]?.text ?? "") + unnamed).projects.map((p) => [p.policy, p.policyIndex])).toEqual([[null, 0]]);
    expect(parse(unnamed + (sheets[0]?.text ?? "")).projects.map((p) => [p.policy, p.policyIndex])).toEqual([[null, null]]);
    const projectsOnly = readFileSync(new URL("../../fixtures/projects-only.txt", import.meta.url), "utf8");
    expect(parse(projectsOnly).projects.map((p) => p.policyIndex)).toEqual([null, null, null]);
  });
});
