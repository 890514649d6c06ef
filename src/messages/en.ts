/** English messages: the wording sheetparse has always used (library default; `--lang en`). */
import type { Phase } from "../model/schema.js";
import { quote } from "./quote.js";
import type { Catalogue, Who } from "./types.js";

/** `事業 "name"`, or where the sheet starts when it has no name. */
export function nameEn(who: Who): string {
  if (who.sheet === "project") return who.name === null ? `事業 at line ${who.line}` : `事業 ${quote(who.name)}`;
  return who.name === null ? `施策 sheet at line ${who.line}` : `施策 ${quote(who.name)}`;
}

const PHASE: Readonly<Record<Phase, string>> = { actual: "actual (決算額)", estimate: "estimate (決算見込)", current: "current (予算額)", plan: "plan (【Plan】予算額)" };

function missingYears(from: number, to: number): string {
  return to - from === 2 ? `fiscal year ${from + 1} is missing` : `fiscal years ${from + 1}–${to - 1} are missing`;
}

export const en: Catalogue = {
  "required-section": {
    missingSection: ({ marker, who }) => `${marker} section is missing (${nameEn(who)})`,
    missingField: ({ label, who }) => `事業の説明 has no ${label} (${nameEn(who)})`,
    blankField: ({ label, who }) => `事業の説明 ${label} is blank (${nameEn(who)})`,
  },
  "required-field": {
    blankField: ({ label, who, noYears }) => `${label} ${noYears ? "has no years" : "is blank"} (${nameEn(who)})`,
    missingField: ({ label, who }) => `${label} is missing (${nameEn(who)})`,
    missingPlanYear: ({ who }) => `【Plan】 has no fiscal year with 予算額 (${nameEn(who)})`,
  },
  "invalid-quantity": {
    invalidQuantity: ({ label, raw, who }) => `${label} ${quote(raw)} is not a number, a not-applicable mark (—) or blank (${nameEn(who)})`,
  },
  "year-sequence": {
    phaseOrder: ({ label, phase, previousLabel, previousPhase, who }) =>
      `${label} is ${PHASE[phase]} but comes after ${previousLabel}, ${PHASE[previousPhase]} (${nameEn(who)})`,
    yearGap: ({ label, previousLabel, from, to, who }) => `${label} follows ${previousLabel}: ${missingYears(from, to)} (${nameEn(who)})`,
    futureTargetOrder: ({ label, lastLabel, who }) => `今後の成果目標 ${label} is not after ${lastLabel} (${nameEn(who)})`,
    checkYear: ({ label, latestLabel, who }) => `【Check】${label} is not the latest actual year ${latestLabel} (${nameEn(who)})`,
    duplicateField: ({ label, fiscalYear, first, second, who }) =>
      `${label} of fiscal year ${fiscalYear} is given twice with different values (${quote(first)}, then ${quote(second)}) (${who === null ? "事業" : nameEn(who)})`,
  },
  "unit-mismatch": {
    differsFromIndicator: ({ label, unit, expected, who }) => `${label} is in ${unit}, but 成果指標's 単位 is ${expected} (${nameEn(who)})`,
    differsFromMajority: ({ label, unit, expected, who }) => `${label} is in ${unit}, but the other outcome quantities are in ${expected} (${nameEn(who)})`,
  },
  "main-project-mismatch": {
    rowWithoutSheet: ({ project, who }) => `主要事業と関連部署 row ${quote(project)} has no 事業 sheet in this file (${nameEn(who)})`,
    departmentDiffers: ({ department, sheetDepartment, project }) =>
      `主要事業と関連部署 部署名 ${quote(department)} differs from the 事業 sheet's 担当 ${quote(sheetDepartment)} (事業 ${quote(project)})`,
    sheetNotInTable: ({ who, project }) => `事業名 is not listed in the 主要事業と関連部署 table of ${nameEn(who)} (${nameEn(project)})`,
  },
  "position-mismatch": {
    positionDiffers: ({ label, mine, theirs, who }) => `${label} ${quote(mine)} differs from the 施策 sheet's ${quote(theirs)} (${nameEn(who)})`,
    directionDiffers: ({ mine, theirs, who }) => `施策の方向 ${quote(mine)} differs from the 主要事業と関連部署 row's ${quote(theirs)} (${nameEn(who)})`,
  },
  "mixed-punctuation": {
    mixedCommas: (p) => mixed(p),
    mixedPeriods: (p) => mixed(p),
  },
  "target-not-met": {
    belowInitialTarget: ({ label, actual, target, who }) => `${label} 成果実績 ${quote(actual)} is below 当初の成果目標 ${quote(target)} (${nameEn(who)})`,
  },
  "unrecognized-line": {
    unrecognizedLine: ({ text }) => `Line not understood: ${quote(text)}`,
    yearWithoutEra: ({ text }) => `Year heading without an era, and no era in reach (the sheet's title or an earlier heading, or the profile's \`era\`): ${quote(text)}`,
  },
  "no-sheet": {
    emptyInput: () => "The input holds no content: no sheet was read",
    noSheet: ({ content }) => `No 施策 or 事業 sheet was read from ${content} content lines (is this a sheet, and does its profile fit?)`,
    mostlyUnrecognized: ({ unrecognized, content }) => `${unrecognized} of ${content} content lines were not understood (does the profile fit this sheet?)`,
  },
  "unclaimed-cell": {
    unclaimedCell: ({ text }) => `Cell claimed by no column or label: ${quote(text)}`,
    secondValue: ({ label, text }) => `${label} is given twice; this value is not used: ${quote(text)}`,
  },
  // The detail is already the English message (the reader's, decoder's or system's wording).
  fatal: {
    unreadable: ({ detail }) => detail,
    undecodable: ({ detail }) => detail,
    internalError: ({ detail }) => detail,
    invalidDocument: ({ detail }) => detail,
    badFile: ({ detail }) => detail,
  },
};

function mixed({ usual, stray, usualCount, strayCount, who }: { usual: string; stray: string; usualCount: number; strayCount: number; who: Who }): string {
  return `Sheet mixes "${usual}" and "${stray}" (${stray} ×${strayCount}, ${usual} ×${usualCount}); first "${stray}" here (${nameEn(who)})`;
}
