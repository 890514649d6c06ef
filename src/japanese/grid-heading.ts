/**
 * Year headings of a grid (SPEC §7.3): every fiscal-year form of §2.1, plus `H26` and `R4`
 * without 年度, the AD beside an era (`平成25年度(2013年度)`), era-less years (`25年度`,
 * `08 年度`) resolved from an era in reach, 現年度 / 前年度 from the sheet's own year, and a
 * phase qualifier in or beside the heading (`(決算)`, `R4見込`, `R5 予算`). A heading whose
 * year cannot be known is reported as such, never guessed.
 */
import { isNfkcStable, matchKey } from "../source/normalize.js";
import { eraToWestern, matchYear, type Era } from "./fiscal-year.js";

/** What a column holds: a settlement, its estimate, or a budget (current or plan, by the sheet's year). */
export type HeadingPhase = "actual" | "estimate" | "budget";

export interface GridHeading {
  /** Western fiscal year; null for an era-less year with no era in reach, or 現年度 with no sheet year. */
  year: number | null;
  /** The heading as written, trimmed. */
  label: string;
  /** The year part of the heading as written (`令和3年度` of `令和3年度(決算)`). */
  yearLabel: string;
  phase: HeadingPhase | null;
  /** The era the heading names itself, so that later era-less headings of the sheet can use it. */
  era: Era | null;
}

/** Phase words, after NFKC without spaces: in brackets after a year, on their own under it (`予算 | 決算`). */
const PHASE_WORDS: ReadonlyMap<string, HeadingPhase> = new Map([
  ...["決算", "決算額", "実績", "実績額"].map((word) => [word, "actual"] as const),
  ...["決算見込", "決算見込額", "決算見込み", "見込", "見込み", "見込額"].map((word) => [word, "estimate"] as const),
  ...["予算", "予算額", "当初", "当初予算", "当初予算額", "補正後", "補正後予算", "予算現額", "要求", "予算要求", "要求額", "計画", "計画額"].map((word) => [word, "budget"] as const),
]);

/** Notes that may follow a heading and say nothing of its phase; they stay in the label as written. */
const NEUTRAL_NOTES: ReadonlySet<string> = new Set(["繰越", "年度"]);

const BRACKETS: readonly (readonly [string, string])[] = [["(", ")"], ["【", "】"], ["[", "]"], ["<", ">"], ["〈", "〉"]];

/** The phase a whole cell names (`予算`, `(決算見込)`), or null. */
export function phaseWord(text: string): HeadingPhase | null {
  return PHASE_WORDS.get(unbracket(matchKey(text))) ?? null;
}

function unbracket(key: string): string {
  for (const [open, close] of BRACKETS) if (key.startsWith(open) && key.endsWith(close)) return key.slice(open.length, -close.length);
  return key;
}

/** What a year heading may start with, after NFKC: an era, a digit, or 現/前/過/翌 (年度). */
const YEAR_STARTS = "令平昭RHSrhs0123456789現前過翌";
const YEAR_START_CODES: ReadonlySet<number> = new Set([...YEAR_STARTS].map((ch) => ch.charCodeAt(0)));

/**
 * Whether a cell may be a year heading, from its first character alone: most cells are
 * not, and this keeps the normalising parse off them. A character NFKC keeps is tested as
 * it is, without making a string of it. `from`: where in `text` the cell starts.
 */
export function mayStartYear(text: string, from = 0): boolean {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x3000 || code === 9) continue;
    if (isNfkcStable(code)) return YEAR_START_CODES.has(code);
    return YEAR_START_CODES.has(String.fromCodePoint(text.codePointAt(i) ?? code).normalize("NFKC").charCodeAt(0));
  }
  return false;
}

/** Relative headings, by their distance from the sheet's own year. */
const RELATIVE: readonly (readonly [string, number])[] = [["現年度", 0], ["前年度", -1], ["過年度", -1], ["翌年度", 1]];

/** An era-less year: one or two digits then 年度 (`4年度`, `25年度`, `08年度`). */
const ERA_LESS = /^(\d{1,2})年度/;

/**
 * A grid year heading occupying the whole cell, or null. `era` resolves era-less years;
 * `sheetYear` resolves 現年度 / 前年度.
 */
export function parseGridHeading(cell: string, era: Era | null, sheetYear: number | null): GridHeading | null {
  const label = cell.trim();
  if (label === "" || label.length > 40) return null;
  // A first character NFKC keeps, and no heading starts with, makes no heading: NFKC cannot
  // compose it with what follows into one that does (those have no decomposition).
  const first = label.charCodeAt(0);
  if (isNfkcStable(first) && !YEAR_START_CODES.has(first)) return null;
  const key = matchKey(label);
  let year: number | null;
  let own: Era | null = null;
  let rest: string;
  let yearLabel: string;
  const relative = RELATIVE.find(([word]) => key.startsWith(word));
  const eraLess = ERA_LESS.exec(key);
  if (relative) {
    year = sheetYear === null ? null : sheetYear + relative[1];
    rest = key.slice(relative[0].length);
    yearLabel = /^.\s*年\s*度/.exec(label)?.[0] ?? label;
  } else if (eraLess) {
    const n = Number(eraLess[1]);
    if (n < 1) return null;
    year = era === null ? null : eraToWestern(era, n);
    rest = key.slice(eraLess[0].length);
    // The key is NFKC: `２５年度` matched as `25年度`; the label keeps what was written.
    yearLabel = /^\S{1,2}\s*年\s*度/u.exec(label)?.[0] ?? label;
  } else {
    const match = matchYear(label);
    if (match === null || match.start !== 0) return null;
    year = match.year;
    own = match.era;
    rest = matchKey(label.slice(match.end));
    yearLabel = label.slice(0, match.end).trim();
    // `平成25年度(2013年度)`: the Western year in brackets must agree, or the cell is no heading.
    const western = /^\((\d{4})(?:年度|年)?\)/.exec(rest);
    if (western && own !== null) {
      if (Number(western[1]) !== year) return null;
      rest = rest.slice(western[0].length);
    }
  }
  const phase = readQualifier(rest);
  if (phase === undefined) return null;
  return { year, label, yearLabel, phase, era: own };
}

/** The phase named by what follows a year (`(決算)`, `決算`, ``), null for none or a neutral note, undefined for anything else. */
function readQualifier(rest: string): HeadingPhase | null | undefined {
  if (rest === "") return null;
  const word = unbracket(rest);
  if (NEUTRAL_NOTES.has(word)) return null;
  return PHASE_WORDS.get(word) ?? undefined;
}
