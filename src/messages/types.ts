/**
 * The message catalogue's contract: for every rule (and the `fatal` pseudo-rule), every
 * messageId, the typed data its message is made from. Rules report data, never wording, so
 * both languages say the same things; a catalogue is complete when it `satisfies Catalogue`.
 */
import type { Phase } from "../model/schema.js";
import type { Reason } from "./reasons.js";

/** The languages messages come in (SPEC §4: `--lang ja|en`). */
export type Lang = "ja" | "en";

export const LANGS: readonly Lang[] = ["ja", "en"];

/** The 事業 or 施策 sheet a message is about: its name as the sheet wrote it, else where it starts. */
export interface Who {
  sheet: "project" | "policy";
  name: string | null;
  line: number;
}

interface WhoOnly {
  who: Who;
}

interface Labelled extends WhoOnly {
  /** The label as messages name it (reference wording, e.g. `【Plan】令和6年度 予算額`). */
  label: string;
}

interface Differs extends WhoOnly {
  /** The value on this sheet and the one it should agree with, as written. */
  mine: string;
  theirs: string;
}

interface UnitUse extends Labelled {
  unit: string;
  expected: string;
}

interface Mixed extends WhoOnly {
  usual: string;
  stray: string;
  usualCount: number;
  strayCount: number;
}

/** A fatal message wraps a detail the reader, decoder or system worded (English). */
interface Detail {
  detail: string;
}

export interface MessageParams {
  "required-section": {
    missingSection: WhoOnly & { marker: string };
    missingField: Labelled;
    blankField: Labelled;
  };
  "required-field": {
    /** `noYears`: the 今後の成果目標 table is there but has no year columns. */
    blankField: Labelled & { noYears?: boolean };
    missingField: Labelled;
    missingPlanYear: WhoOnly;
  };
  "invalid-quantity": {
    invalidQuantity: Labelled & { raw: string };
  };
  "year-sequence": {
    phaseOrder: Labelled & { phase: Phase; previousLabel: string; previousPhase: Phase };
    yearGap: Labelled & { previousLabel: string; from: number; to: number };
    futureTargetOrder: Labelled & { lastLabel: string };
    checkYear: Labelled & { latestLabel: string };
    /** `who` is null when the record's 事業 is not known. */
    duplicateField: { label: string; fiscalYear: number; first: string; second: string; who: Who | null };
  };
  "unit-mismatch": {
    differsFromIndicator: UnitUse;
    differsFromMajority: UnitUse;
  };
  "main-project-mismatch": {
    rowWithoutSheet: WhoOnly & { project: string };
    departmentDiffers: { department: string; sheetDepartment: string; project: string };
    sheetNotInTable: WhoOnly & { project: Who };
  };
  "position-mismatch": {
    positionDiffers: Differs & { label: string };
    directionDiffers: Differs;
  };
  "mixed-punctuation": {
    mixedCommas: Mixed;
    mixedPeriods: Mixed;
  };
  "target-not-met": {
    belowInitialTarget: Labelled & { actual: string; target: string };
  };
  "unrecognized-line": {
    unrecognizedLine: { text: string };
    yearWithoutEra: { text: string };
  };
  "no-sheet": {
    emptyInput: Record<string, never>;
    noSheet: { content: number };
    mostlyUnrecognized: { unrecognized: number; content: number };
  };
  "unclaimed-cell": {
    unclaimedCell: { text: string };
    secondValue: { label: string; text: string };
  };
  fatal: {
    /** `reason`: the reader's, as data (the CLI's loader has it); without it the English detail is all there is. */
    unreadable: Detail & { reason?: Reason };
    undecodable: Detail;
    internalError: Detail;
    invalidDocument: Detail;
    /** A PDF, workbook, HTML page or CSV its reader refused: broken, encrypted, a scan, too large. */
    badFile: Detail;
  };
}

/** A rule id or `fatal`. */
export type MessageRuleId = keyof MessageParams;

/** One language's messages: a function of the typed data for every ruleId + messageId. */
export type Catalogue = {
  readonly [R in MessageRuleId]: { readonly [M in keyof MessageParams[R]]: (params: MessageParams[R][M]) => string };
};
