/**
 * Template profiles: differently worded twins of a reference fixture parse to the same
 * data with their profiles; `auto` picks the right profile for every fixture; profile
 * files with mistakes are rejected with the file's line and column.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, parseDetailed, type Document } from "../../src/index.js";
import { loadProfile } from "../../src/profile/load.js";
import { selectProfiles } from "../../src/profile/select.js";
import { builtinProfiles, DEFAULT_PROFILE } from "../../src/profile/registry.js";
import { createQuantityReader } from "../../src/model/read-quantity.js";
import { fixturesDir, listFixtures } from "../helpers/fixtures.js";

const profilesDir = join(fixturesDir, "profiles");
const profileNames = readdirSync(profilesDir).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -5)).sort();
const twinPath = join(fixturesDir, "policy-with-projects.txt");

/** The data of a document without what wording may change: the source block, extras and diagnostics. */
function data(document: Document): unknown {
  const strip = (sheets: { extras: unknown }[]) => sheets.map((sheet) => ({ ...sheet, extras: [] }));
  return { policies: strip(document.policies), projects: strip(document.projects), unrecognized: document.unrecognized };
}

async function load(nameOrPath: string) {
  const loaded = await loadProfile(nameOrPath);
  if (!loaded.ok) throw new Error(loaded.message);
  return loaded.profile;
}

describe("profile fixtures", () => {
  it("has at least three other wordings", () => {
    expect(profileNames.length).toBeGreaterThanOrEqual(3);
  });

  it.each(profileNames)("%s parses to the same data as its reference-worded twin", async (name) => {
    const profile = await load(join(profilesDir, `${name}.yaml`));
    const twin = parse(readFileSync(twinPath));
    const document = parse(readFileSync(join(profilesDir, `${name}.txt`)), { profile });
    expect(document.source.profile).toBe(name);
    expect(data(document)).toEqual(data(twin));
  });

  it.each(profileNames)("%s is not understood by the reference profile alone", (name) => {
    const document = parse(readFileSync(join(profilesDir, `${name}.txt`)));
    expect(document.unrecognized.length).toBeGreaterThan(0);
  });

  it("keeps extras labels on their sheet", async () => {
    const profile = await load(join(profilesDir, "kasumi-city.yaml"));
    const document = parse(readFileSync(join(profilesDir, "kasumi-city.txt")), { profile });
    expect(document.projects[0]?.extras).toEqual([{ label: "根拠法令", value: "災害対策基本法", line: 35 }]);
  });
});

describe("--profile auto", () => {
  async function candidates() {
    const selected = await selectProfiles(["auto", ...profileNames.map((name) => join(profilesDir, `${name}.yaml`))]);
    if (!selected.ok || !selected.autoProfiles) throw new Error("selection failed");
    return selected.autoProfiles;
  }

  it.each(profileNames)("chooses %s for its fixture", async (name) => {
    const document = parse(readFileSync(join(profilesDir, `${name}.txt`)), { autoProfiles: await candidates() });
    expect(document.source.profile).toBe(name);
  });

  it.each(listFixtures())("parses $name identically to the reference profile", async ({ textPath }) => {
    const auto = parse(readFileSync(textPath), { autoProfiles: await candidates() });
    const fixed = parse(readFileSync(textPath));
    expect(auto).toEqual(fixed);
  });

  it("a big text's candidates keep only a digest of their sheets: the same choice, notes and data as whole readings", async () => {
    const inputs = [...listFixtures().map((fixture) => fixture.textPath), ...profileNames.map((name) => join(profilesDir, `${name}.txt`))];
    for (const path of inputs) {
      const whole = parseDetailed(readFileSync(path), { path, autoProfiles: await candidates() });
      const light = parseDetailed(readFileSync(path), { path, autoProfiles: await candidates(), autoWholeLimit: 0 });
      expect(light.document, path).toEqual(whole.document);
      expect(light.profileChoice, path).toEqual(whole.profileChoice);
      expect(light.findings, path).toEqual(whole.findings);
    }
  });

  it("a big text's winner sends its sheets to the sheet consumer, a small text's is kept whole", async () => {
    const path = join(fixturesDir, "whole-city.txt");
    const taken: string[] = [];
    const sheetConsumer = () => ({ sheet: (entry: { kind: string }) => void taken.push(entry.kind) });
    const light = parseDetailed(readFileSync(path), { path, autoProfiles: await candidates(), autoWholeLimit: 0, sheetConsumer });
    expect(light.document.projects).toEqual([]);
    const whole = parseDetailed(readFileSync(path), { path, autoProfiles: await candidates(), sheetConsumer });
    expect(taken).toHaveLength(whole.document.policies.length + whole.document.projects.length);
    expect(taken.length).toBeGreaterThan(2);
  });
});

describe("profile validation", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-profile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }

  it.each([
    ["an unknown key", "name: x\nlabels:\n  yearBlock:\n    budgett: [予算]\nextends: reference\n", ":4:5: labels.yearBlock: unknown key \"budgett\""],
    ["a wrong type", "name: x\nextras: 根拠法令\nextends: reference\n", ":2:9: extras:"],
    ["a label for two keys", "name: x\nlabels:\n  yearBlock:\n    settlement: [予算額]\nextends: reference\n", ":4:18: \"予算額\" is already the word for yearBlock.budget"],
    ["a label clashing across contexts read together", "name: x\nlabels:\n  check:\n    evaluation: [成果目標]\nextends: reference\n", ":4:18: \"成果目標\" is already the word for yearBlock.outcomeTarget"],
    ["a marker for two sections", "name: x\nmarkers:\n  plan: [【Do】これまでの実績と現在の取組み]\nextends: reference\n", ":3:10: "],
    ["broken YAML", "name: x\nextends: reference\nlabels: [\n", ":4:1: "],
    ["a missing name", "labels: {}\nextends: reference\n", ":1:1: name:"],
    ["a missing extends", "name: x\nextras: [根拠法令]\n", ":1:1: extends: say which profile this one builds on"],
    ["a word removed that the base does not have", "name: x\nextends: reference\nlabels:\n  description:\n    name: { remove: [事務事業名] }\n", ":5:22: labels.description.name.remove.0: cannot remove \"事務事業名\""],
    ["replace beside add", "name: x\nextends: reference\nextras: { replace: [a], add: [b] }\n", ":3:9: extras:"],
    ["an unknown base", "name: x\nextends: nowhere.yaml\n", ":2:10: in extended profile: unknown profile"],
  ])("rejects %s with its position", async (_what, text, expected) => {
    const path = write(`p${Math.random().toString(36).slice(2)}.yaml`, text);
    const loaded = await loadProfile(path);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toContain(`${path}${expected}`);
  });

  it("treats the same word in contexts never read together as fine", async () => {
    const path = write("ok.yaml", "name: ok\nextends: reference\nlabels:\n  mainProjects:\n    department: [担当課]\n  description:\n    department: [担当課]\n");
    expect((await loadProfile(path)).ok).toBe(true);
  });

  it("follows extends to another profile file", async () => {
    write("base.yaml", "name: base\nextends: reference\nlabels:\n  yearBlock:\n    budget: [事業費]\n");
    const child = write("child.yaml", "name: child\nextends: base.yaml\nextras: [根拠法令]\n");
    const profile = await load(child);
    expect(profile.labels.yearBlock.budget).toEqual(["予算額", "事業費"]);
    expect(profile.extras).toEqual(["根拠法令"]);
  });

  it("rejects several profiles without auto", async () => {
    const selected = await selectProfiles(["reference", join(profilesDir, "kasumi-city.yaml")]);
    expect(selected.ok).toBe(false);
  });
});

describe("profile quantity settings", () => {
  const reader = createQuantityReader({ ...DEFAULT_PROFILE, notApplicableMarks: ["該当なし", "＊"], defaultMoneyUnit: "千円" });

  it.each([
    ["該当なし", "notApplicable", null, null],
    ["＊", "notApplicable", null, null],
    ["＊ 人", "notApplicable", null, "人"],
    ["—", "notApplicable", null, null],
    ["12,345", "value", 12345, "千円"],
  ])("reads %j as %s", (cell, status, value, unit) => {
    const { quantity, valid } = reader(cell, "money");
    expect(valid).toBe(true);
    expect(quantity).toMatchObject({ status, value, unit });
  });

  it("gives yen for the default money unit, and only to money fields", () => {
    expect(reader("12,345", "money").quantity.yen).toBe(12345000);
    expect(reader("12,345", "other").quantity.unit).toBeNull();
  });
});

describe("profile not-applicable marks in check", () => {
  it("a profile's mark is not an invalid quantity, while the reference profile flags it", async () => {
    const text = readFileSync(twinPath, "utf8").replace("→うち 特定財源→3,200 千円".replaceAll("→", "\t"), "\tうち 特定財源\t該当なし");
    expect(text).toContain("該当なし");
    const withMark = parse(text, { profile: { ...DEFAULT_PROFILE, name: "marks", notApplicableMarks: ["該当なし"] } });
    const plain = parse(text);
    expect(withMark.diagnostics.filter((d) => d.ruleId === "invalid-quantity")).toEqual([]);
    expect(plain.diagnostics.filter((d) => d.ruleId === "invalid-quantity")).toHaveLength(1);
    expect(withMark.projects[0]?.years.find((y) => y.fiscalYear === 2022)?.specificRevenue?.status).toBe("notApplicable");
  });
});

describe("profile files edit their base's lists (extends, add, remove, replace)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sheetparse-edits-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const sheet = (...lines: string[]): string => lines.join("\n").replaceAll("⇥", "\t");

  it("a reference word (施策) removed from its label can be another city's extras label", async () => {
    const path = write("policy-extra.yaml", "name: policy-extra\nextends: reference\nlabels:\n  position:\n    policy: { remove: [施策] }\nextras: [施策]\n");
    const profile = await load(path);
    expect(profile.labels.position.policy).toEqual([]);
    const document = parse(sheet("事業の説明", "事業名⇥防災訓練事業", "施策⇥第2次総合計画", "担当⇥防災課"), { profile });
    expect(document.projects[0]?.policy).toBeNull();
    expect(document.projects[0]?.extras).toEqual([{ label: "施策", value: "第2次総合計画", line: 3 }]);
  });

  it("without the removal, the same extras label is a conflict that says how to remove it", async () => {
    const loaded = await loadProfile(write("clash.yaml", "name: clash\nextends: reference\nextras: [指標名]\n"));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.message).toMatch(/clash\.yaml:3:10: "指標名" is already the word for targets\.indicator.*remove: \[指標名\]/);
  });

  it("replace swaps a list; add and remove edit it", async () => {
    const profile = await load(write("edits.yaml", "name: edits\nextends: reference\nlabels:\n  description:\n    name: { replace: [事務事業名] }\n    department: { remove: [担当], add: [担当課, 所管課] }\n"));
    expect(profile.labels.description.name).toEqual(["事務事業名"]);
    expect(profile.labels.description.department).toEqual(["担当課", "所管課"]);
    const document = parse(sheet("事業の説明", "事務事業名⇥防災訓練事業", "所管課⇥防災課", "担当⇥総務課"), { profile });
    expect([document.projects[0]?.name, document.projects[0]?.department]).toEqual(["防災訓練事業", "防災課"]);
    expect(document.unrecognized.map((u) => u.line)).toEqual([4]);
  });

  it("extends: none starts from no words at all", async () => {
    const profile = await load(write("none.yaml", "name: bare\nextends: none\nmarkers:\n  description: [事業の概要]\nlabels:\n  description:\n    name: [事業名]\n"));
    expect(profile.labels.yearBlock.budget).toEqual([]);
    expect(profile.artifacts.pageNumbers).toBe(false);
    const document = parse(sheet("事業の概要", "事業名⇥防災訓練事業", "担当⇥防災課", "【Do】これまでの実績と現在の取組み"), { profile });
    expect(document.projects.map((p) => [p.name, p.department])).toEqual([["防災訓練事業", null]]);
    expect(document.unrecognized.map((u) => u.line)).toEqual([3, 4]);
  });
});

describe("--profile auto chooses by detect words, then recognised lines minus conflicts", () => {
  const base = readFileSync(twinPath, "utf8");
  // A 事業 year block with a 備考 row the reference does not know.
  const withNotes = base.replace("成果実績\t\t", "備考\t\t特になし\n成果実績\t\t");

  it("a greedy profile that recognises more lines by assigning wrong values loses to a careful one", () => {
    expect(withNotes).not.toBe(base);
    const greedy = { ...DEFAULT_PROFILE, name: "greedy", labels: { ...DEFAULT_PROFILE.labels, yearBlock: { ...DEFAULT_PROFILE.labels.yearBlock, outcomeActual: ["成果実績", "備考"] } } };
    const detailed = parseDetailed(withNotes, { autoProfiles: [greedy, DEFAULT_PROFILE] });
    expect(detailed.document.source.profile).toBe("reference");
    const [first, second] = detailed.profileChoice?.ranking ?? [];
    expect(first?.profile).toBe("reference");
    expect(second && second.recognized).toBeGreaterThan(first?.recognized ?? Infinity);
  });

  it("a profile whose detect words occur wins over one that recognises more lines", () => {
    const titled = `さくら台市 事務事業評価シート\n${base}`;
    const detecting = { ...DEFAULT_PROFILE, name: "sakuradai", detect: ["事務事業評価シート"], labels: { ...DEFAULT_PROFILE.labels, yearBlock: { ...DEFAULT_PROFILE.labels.yearBlock, budget: [] } } };
    expect(parse(titled, { autoProfiles: [DEFAULT_PROFILE, detecting] }).source.profile).toBe("sakuradai");
    // Without its title, the same profile's detect words are absent: it comes last.
    expect(parse(base, { autoProfiles: [detecting, DEFAULT_PROFILE] }).source.profile).toBe("reference");
  });

  it("detect words match after NFKC without spaces", () => {
    const detecting = { ...DEFAULT_PROFILE, name: "spaced", detect: ["事務事業 評価シート"] };
    expect(parseDetailed(`事務事業評価ｼｰﾄ\n${base}`, { autoProfiles: [DEFAULT_PROFILE, detecting] }).profileChoice?.ranking[0]?.detected).toBe(true);
  });

  it("a tie and a weak winner are named; a tie of profiles that read the same data is not", () => {
    const twin = { ...DEFAULT_PROFILE, name: "twin" };
    expect(parseDetailed(base, { autoProfiles: [DEFAULT_PROFILE, twin] }).profileChoice?.note).toBeNull();
    const other = { ...DEFAULT_PROFILE, name: "other", labels: { ...DEFAULT_PROFILE.labels, description: { ...DEFAULT_PROFILE.labels.description, budgetAccount: [] } }, extras: ["予算科目"] };
    expect(parseDetailed(base, { autoProfiles: [DEFAULT_PROFILE, other] }).profileChoice?.note).toMatch(/"reference" and "other" read this file equally well/);
    expect(parseDetailed("# README\n\nnot a sheet\n", { autoProfiles: [DEFAULT_PROFILE] }).profileChoice?.note).toMatch(/no profile fits well/);
    expect(parseDetailed(withNotes, { autoProfiles: [DEFAULT_PROFILE] }).profileChoice?.note).toBeNull();
    // The same when the candidates keep only a digest of their sheets (a big text).
    expect(parseDetailed(base, { autoProfiles: [DEFAULT_PROFILE, twin], autoWholeLimit: 0 }).profileChoice?.note).toBeNull();
    expect(parseDetailed(base, { autoProfiles: [DEFAULT_PROFILE, other], autoWholeLimit: 0 }).profileChoice?.note).toMatch(/"reference" and "other" read this file equally well/);
  });
});

describe("the built-in common profile", () => {
  const common = builtinProfiles.get("common");

  it("is listed, and has no word for two things", async () => {
    expect(common).toBeDefined();
    const { findConflicts } = await import("../../src/profile/conflicts.js");
    if (common) expect(findConflicts(common)).toEqual([]);
  });

  it("reads other cities' common wording that the reference leaves unread", () => {
    const text = ["事業の説明", "事務事業名\t公園愛護活動支援事業", "担当部\t都市整備部", "担当課\t公園緑地課", "目的\t公園を地域で守る。", "根拠法令\t都市公園法"].join("\n");
    const document = parse(text, { autoProfiles: [...builtinProfiles.values()] });
    expect(document.source.profile).toBe("common");
    expect(document.projects[0]).toMatchObject({ name: "公園愛護活動支援事業", department: "公園緑地課", purpose: "公園を地域で守る。" });
    expect(document.projects[0]?.extras.map((e) => [e.label, e.value])).toEqual([["担当部", "都市整備部"], ["根拠法令", "都市公園法"]]);
    expect(parse(text).unrecognized.length).toBeGreaterThan(0);
  });

  it("--profile auto keeps every reference fixture on reference, with no note", () => {
    for (const { textPath } of listFixtures()) {
      const detailed = parseDetailed(readFileSync(textPath), { autoProfiles: [...builtinProfiles.values()] });
      expect([textPath, detailed.document.source.profile, detailed.profileChoice?.note]).toEqual([textPath, "reference", null]);
    }
  });
});
