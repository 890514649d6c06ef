/** Both catalogues cover every messageId of every rule and of `fatal`, and no message is empty. */
import { describe, expect, it } from "vitest";
import { rules } from "../../src/check/registry.js";
import { catalogues, langFromEnv, LANGS, renderMessage, type MessageParams, type Who } from "../../src/messages/index.js";
import { FATAL_MESSAGE_IDS, localizeFatal } from "../../src/messages/fatal.js";
import { check, parse } from "../../src/index.js";
import { VALID_SHEET } from "../check/rule-tester.js";

const project: Who = { sheet: "project", name: "移動図書館運行事業", line: 12 };
const policy: Who = { sheet: "policy", name: "生涯学習の推進", line: 1 };
const unnamed: Who = { sheet: "project", name: null, line: 40 };

/** One sample of every message's data: the type makes it complete. */
const samples: MessageParams = {
  "required-section": {
    missingSection: { marker: "【Check】", who: project },
    missingField: { label: "担当", who: unnamed },
    blankField: { label: "事業名", who: unnamed },
  },
  "required-field": {
    blankField: { label: "【Check】評価", who: project },
    missingField: { label: "【Plan】令和6年度 成果目標", who: project },
    missingPlanYear: { who: project },
  },
  "invalid-quantity": { invalidQuantity: { label: "令和4年度 決算額", raw: "九千円くらい", who: project } },
  "year-sequence": {
    phaseOrder: { label: "令和3年度", phase: "actual", previousLabel: "令和5年度", previousPhase: "current", who: project },
    yearGap: { label: "令和5年度", previousLabel: "令和2年度", from: 2020, to: 2023, who: project },
    futureTargetOrder: { label: "令和4年度", lastLabel: "令和6年度", who: project },
    checkYear: { label: "令和3年度", latestLabel: "令和4年度", who: project },
    duplicateField: { label: "予算額", fiscalYear: 2022, first: "100", second: "200", who: null },
  },
  "unit-mismatch": {
    differsFromIndicator: { label: "令和4年度 成果実績", unit: "人", expected: "冊", who: project },
    differsFromMajority: { label: "令和4年度 成果実績", unit: "人", expected: "冊", who: project },
  },
  "main-project-mismatch": {
    rowWithoutSheet: { project: "移動図書館運行事業", who: policy },
    departmentDiffers: { department: "生涯学習課", sheetDepartment: "図書館", project: "移動図書館運行事業" },
    sheetNotInTable: { who: policy, project },
  },
  "position-mismatch": {
    positionDiffers: { label: "施策の大綱", mine: "学び", theirs: "学ぶ", who: project },
    directionDiffers: { mine: "読書", theirs: "図書", who: project },
  },
  "mixed-punctuation": {
    mixedCommas: { usual: "、", stray: "，", usualCount: 9, strayCount: 1, who: policy },
    mixedPeriods: { usual: "。", stray: "．", usualCount: 9, strayCount: 1, who: project },
  },
  "target-not-met": { belowInitialTarget: { label: "令和4年度", actual: "36,480 冊", target: "40,000 冊", who: project } },
  "unrecognized-line": { unrecognizedLine: { text: "備考\tなし" }, yearWithoutEra: { text: "区分\t25年度\t26年度" } },
  "no-sheet": { emptyInput: {}, noSheet: { content: 3 }, mostlyUnrecognized: { unrecognized: 7, content: 10 } },
  "unclaimed-cell": { unclaimedCell: { text: "要確認" }, secondValue: { label: "担当", text: "図書館" } },
  fatal: {
    unreadable: { detail: "no such file or directory" },
    undecodable: { detail: "invalid shift_jis data" },
    internalError: { detail: "internal error: boom" },
    invalidDocument: { detail: "internal error: the Document does not match its schema at .projects" },
    badFile: { detail: "no text layer: the pages are images (a scanned PDF?); sheetparse reads a PDF's text and does no OCR" },
  },
};

const entries = Object.entries(samples).flatMap(([ruleId, byId]) => Object.entries(byId as Record<string, object>).map(([messageId, data]) => ({ ruleId, messageId, data })));
const render = renderMessage as unknown as (lang: string, ruleId: string, messageId: string, data: object) => string;

describe("message catalogues", () => {
  it.each(LANGS)("%s: every messageId of every rule and of fatal, and nothing else", (lang) => {
    const catalogue = catalogues[lang] as unknown as Record<string, Record<string, unknown>>;
    expect(Object.keys(catalogue).sort()).toEqual([...rules.map((rule) => rule.id), "fatal"].sort());
    for (const rule of rules) expect(Object.keys(catalogue[rule.id] ?? {}).sort()).toEqual([...rule.messageIds].sort());
    expect(Object.keys(catalogue["fatal"] ?? {}).sort()).toEqual([...FATAL_MESSAGE_IDS].sort());
  });

  it.each(LANGS.flatMap((lang) => entries.map((entry) => [lang, `${entry.ruleId}/${entry.messageId}`, entry] as const)))("%s %s: not empty, one line", (lang, _id, entry) => {
    const message = render(lang, entry.ruleId, entry.messageId, entry.data);
    expect(message.trim()).not.toBe("");
    expect(message).not.toMatch(/[\n\r\t]|undefined|\[object/);
  });

  it("both languages name the label and the 事業 or 施策 as the sheet wrote them", () => {
    for (const lang of LANGS) {
      expect(renderMessage(lang, "target-not-met", "belowInitialTarget", samples["target-not-met"].belowInitialTarget)).toContain("移動図書館運行事業");
      expect(renderMessage(lang, "main-project-mismatch", "sheetNotInTable", samples["main-project-mismatch"].sheetNotInTable)).toContain("生涯学習の推進");
      expect(renderMessage(lang, "required-section", "missingField", samples["required-section"].missingField)).toContain("40");
    }
    expect(renderMessage("ja", "invalid-quantity", "invalidQuantity", samples["invalid-quantity"].invalidQuantity)).toBe(
      "令和4年度 決算額の「九千円くらい」は数値でも該当なしの記号（—）でも空欄でもありません（事業「移動図書館運行事業」）",
    );
  });
});

describe("the language", () => {
  it("comes from the first non-empty of LC_ALL, LC_MESSAGES, LANG; ja* is Japanese", () => {
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "ja_JP.UTF-8" })).toBe("ja");
    expect(langFromEnv({ LANG: "ja" })).toBe("ja");
    expect(langFromEnv({ LC_ALL: "", LC_MESSAGES: "", LANG: "ja_JP.eucJP" })).toBe("ja");
    expect(langFromEnv({ LC_ALL: "C", LANG: "ja_JP.UTF-8" })).toBe("en");
    expect(langFromEnv({ LC_MESSAGES: "ja_JP.UTF-8", LANG: "en_US.UTF-8" })).toBe("ja");
    expect(langFromEnv({ LC_ALL: "en_US.UTF-8", LC_MESSAGES: "ja_JP.UTF-8" })).toBe("en");
  });

  it("is English by default in the library, Japanese with lang: 'ja', with the same ids and positions", () => {
    const text = VALID_SHEET.replace("方針\tオンライン講座を加え，参加しやすい形を広げる。", "方針\t");
    const english = check(text);
    const japanese = check(text, { lang: "ja" });
    expect(english.map((d) => d.message)).toEqual([expect.stringMatching(/is blank/)]);
    expect(japanese.map((d) => d.message)).toEqual([expect.stringMatching(/【Action】方針が空欄です/)]);
    const withoutMessage = (d: (typeof english)[number]) => ({ ...d, message: "" });
    expect(japanese.map(withoutMessage)).toEqual(english.map(withoutMessage));
    expect(parse(text, { lang: "ja" }).diagnostics.map((d) => d.message)).toEqual(japanese.map((d) => d.message));
  });

  it("localises a fatal diagnostic from its English detail, once", () => {
    const english = parse(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), { encoding: "utf-16le", lang: "en" }).diagnostics[0];
    expect(english?.ruleId).toBe("fatal");
    const japanese = parse(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41]), { encoding: "utf-16le", lang: "ja" }).diagnostics[0];
    expect(japanese?.message).toBe(`文字コードを解読できません: ${english?.message ?? ""}`);
    if (english) expect(localizeFatal(english, "en")).toBe(english);
  });
});
