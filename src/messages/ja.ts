/** Japanese messages: for the people who fix the sheets (`--lang ja`, a ja locale, and the HTML report). */
import type { Phase } from "../model/schema.js";
import { kagi } from "./quote.js";
import { FIXED_REASON_IDS, reason, renderReason } from "./reasons.js";
import type { Catalogue, Who } from "./types.js";

/** `事業「name」`, or where the sheet starts when it has no name. */
export function nameJa(who: Who): string {
  if (who.sheet === "project") return who.name === null ? `${who.line}行目からの事業` : `事業${kagi(who.name)}`;
  return who.name === null ? `${who.line}行目からの施策シート` : `施策${kagi(who.name)}`;
}

const PHASE: Readonly<Record<Phase, string>> = { actual: "実績（決算額）", estimate: "決算見込", current: "今年度（予算額）", plan: "計画（【Plan】予算額）" };

/**
 * The reasons without data, by their English words: for a detail that came as English only (a
 * directory search's words, a library caller's diagnostic). Made from the reason catalogue,
 * so a reason added there is known here; anything else (an errno code, a decoder's detail)
 * is shown as it is.
 */
const REASONS: ReadonlyMap<string, string> = new Map(FIXED_REASON_IDS.map((id) => [renderReason("en", reason(id)), renderReason("ja", reason(id))]));

/** The readers' refusals of a PDF, workbook or page (issue 12), by how their English starts. */
const BAD_FILE_REASONS: readonly (readonly [string, string])[] = [
  ["no text layer", "テキストのない PDF です（画像をスキャンしたもの？）。sheetparse は文字認識（OCR）をしません"],
  ["encrypted, password-protected PDF", "暗号化（パスワード保護）された PDF です。パスワードなしで保存してください"],
  ["encrypted or password-protected workbook", "暗号化（パスワード保護）されたブックです。パスワードなしで保存してください"],
  ["encrypted zip entries", "暗号化（パスワード保護）されたブックです。パスワードなしで保存してください"],
  ["broken PDF", "壊れた PDF です（PDF でないか、破損・途中で切れています）"],
  ["not a PDF", "PDF ではありません（拡張子は .pdf ですが %PDF で始まりません）"],
  ["broken zip", "壊れたブックです（破損・途中で切れています）"],
  ["not an Excel workbook", "Excel のブックではありません"],
  ["broken Excel workbook", "壊れたブックです（破損・途中で切れています）"],
  ["zip bomb or oversized workbook", "展開すると大きすぎるブックです（zip 爆弾？）"],
  ["too many pages", "ページ数が上限を超えています"],
  ["too many cells", "セル数が上限を超えています"],
];

function badFileJa(detail: string): string {
  const known = BAD_FILE_REASONS.find(([english]) => detail.startsWith(english));
  return known ? `${known[1]}（${detail}）` : detail;
}

/** A reason given only as its English words, in Japanese when it is one of the fixed ones. */
export function reasonJa(detail: string): string {
  return REASONS.get(detail) ?? detail;
}

/** The English detail without the `internal error: ` its English message starts with. */
function internalDetail(detail: string): string {
  return detail.startsWith("internal error: ") ? detail.slice("internal error: ".length) : detail;
}

function mixed({ usual, stray, usualCount, strayCount, who }: { usual: string; stray: string; usualCount: number; strayCount: number; who: Who }): string {
  return `シートに「${usual}」と「${stray}」が混在しています（${stray} ×${strayCount}、${usual} ×${usualCount}）。最初の「${stray}」はここです（${nameJa(who)}）`;
}

export const ja: Catalogue = {
  "required-section": {
    missingSection: ({ marker, who }) => `${marker}の欄がありません（${nameJa(who)}）`,
    missingField: ({ label, who }) => `事業の説明に${label}がありません（${nameJa(who)}）`,
    blankField: ({ label, who }) => `事業の説明の${label}が空欄です（${nameJa(who)}）`,
  },
  "required-field": {
    blankField: ({ label, who, noYears }) => `${label}${noYears ? "に年度がありません" : "が空欄です"}（${nameJa(who)}）`,
    missingField: ({ label, who }) => `${label}がありません（${nameJa(who)}）`,
    missingPlanYear: ({ who }) => `【Plan】に予算額のある年度がありません（${nameJa(who)}）`,
  },
  "invalid-quantity": {
    invalidQuantity: ({ label, raw, who }) => `${label}の${kagi(raw)}は数値でも該当なしの記号（—）でも空欄でもありません（${nameJa(who)}）`,
  },
  "year-sequence": {
    phaseOrder: ({ label, phase, previousLabel, previousPhase, who }) =>
      `${label}は${PHASE[phase]}ですが、${PHASE[previousPhase]}の${previousLabel}より後にあります（${nameJa(who)}）`,
    yearGap: ({ label, previousLabel, from, to, who }) =>
      `${label}が${previousLabel}の次にあり、${to - from === 2 ? `${from + 1}年度` : `${from + 1}〜${to - 1}年度`}が抜けています（${nameJa(who)}）`,
    futureTargetOrder: ({ label, lastLabel, who }) => `今後の成果目標の${label}が${lastLabel}より後ではありません（${nameJa(who)}）`,
    checkYear: ({ label, latestLabel, who }) => `【Check】の${label}が最新の実績年度${latestLabel}ではありません（${nameJa(who)}）`,
    duplicateField: ({ label, fiscalYear, first, second, who }) =>
      `${fiscalYear}年度の${label}が異なる値で二度書かれています（${kagi(first)}、次に${kagi(second)}）（${who === null ? "事業" : nameJa(who)}）`,
  },
  "unit-mismatch": {
    differsFromIndicator: ({ label, unit, expected, who }) => `${label}の単位は${unit}ですが、成果指標の単位は${expected}です（${nameJa(who)}）`,
    differsFromMajority: ({ label, unit, expected, who }) => `${label}の単位は${unit}ですが、ほかの成果の数量は${expected}です（${nameJa(who)}）`,
  },
  "main-project-mismatch": {
    rowWithoutSheet: ({ project, who }) => `主要事業と関連部署の行${kagi(project)}に当たる事業シートがこのファイルにありません（${nameJa(who)}）`,
    departmentDiffers: ({ department, sheetDepartment, project }) =>
      `主要事業と関連部署の部署名${kagi(department)}が事業シートの担当${kagi(sheetDepartment)}と異なります（事業${kagi(project)}）`,
    sheetNotInTable: ({ who, project }) => `事業名が${nameJa(who)}の主要事業と関連部署の表にありません（${nameJa(project)}）`,
  },
  "position-mismatch": {
    positionDiffers: ({ label, mine, theirs, who }) => `${label}${kagi(mine)}が施策シートの${kagi(theirs)}と異なります（${nameJa(who)}）`,
    directionDiffers: ({ mine, theirs, who }) => `施策の方向${kagi(mine)}が主要事業と関連部署の行の${kagi(theirs)}と異なります（${nameJa(who)}）`,
  },
  "mixed-punctuation": {
    mixedCommas: (p) => mixed(p),
    mixedPeriods: (p) => mixed(p),
  },
  "target-not-met": {
    belowInitialTarget: ({ label, actual, target, who }) => `${label}の成果実績${kagi(actual)}が当初の成果目標${kagi(target)}を下回っています（${nameJa(who)}）`,
  },
  "unrecognized-line": {
    unrecognizedLine: ({ text }) => `読み取れない行です: ${kagi(text)}`,
    yearWithoutEra: ({ text }) => `元号のない年度見出しですが、元号が分かりません（シートの表題や前の見出しに元号がなく、プロファイルの era もありません）: ${kagi(text)}`,
  },
  "no-sheet": {
    emptyInput: () => "入力に内容がありません。シートは読み取れませんでした",
    noSheet: ({ content }) => `内容のある${content}行から施策シートも事業シートも読み取れませんでした（シートですか。プロファイルは合っていますか）`,
    mostlyUnrecognized: ({ unrecognized, content }) => `内容のある${content}行のうち${unrecognized}行を読み取れませんでした（このシートにプロファイルは合っていますか）`,
  },
  "unclaimed-cell": {
    unclaimedCell: ({ text }) => `どの列にも項目にも当たらないセルです: ${kagi(text)}`,
    secondValue: ({ label, text }) => `${label}が二度書かれています。この値は使われません: ${kagi(text)}`,
  },
  fatal: {
    unreadable: ({ detail, reason }) => `読み込めません: ${reason === undefined ? reasonJa(detail) : renderReason("ja", reason)}`,
    undecodable: ({ detail }) => `文字コードを解読できません: ${detail}`,
    internalError: ({ detail }) => `内部エラー: ${internalDetail(detail)}`,
    invalidDocument: ({ detail }) => `内部エラー（Document がスキーマに合いません）: ${internalDetail(detail)}`,
    badFile: ({ detail }) => `読み込めません: ${badFileJa(detail)}`,
  },
};
