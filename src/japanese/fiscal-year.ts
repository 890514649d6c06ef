/**
 * Fiscal-year labels (SPEC §2.1): `令和3年度`, `令和元年度`, `平成31年度`, `R3年度`, `2021年度`,
 * fullwidth or kanji digits, and the year headings of a 目標 table (`2017年`, `令和4年`, `2017`).
 *
 * Every entry point reads only the first few normalised characters of its text, one code point
 * at a time, so the cost is bounded whatever the input (SPEC §6). Each code point is normalised
 * on its own, which lets the match end be mapped back to an index in the original string.
 */
import { isNfkcStable, isTrimSpace } from "../source/normalize.js";

/** A year label and the Western year it names. */
export interface YearLabel {
  /** Western year; for a fiscal year (April–March), the year it starts in. */
  year: number;
  /** The label as written, trimmed. */
  label: string;
}

/** Eras → the Western year of era year 0, so that year N is base + N (元年 is N = 1). */
const ERA_BASE = { reiwa: 2018, heisei: 1988, showa: 1925 } as const;

/** An era the sheets use. */
export type Era = keyof typeof ERA_BASE;

/** The era a Western fiscal year falls in (its April), for naming era-less years. */
export const ERAS_NEWEST_FIRST: readonly Era[] = ["reiwa", "heisei", "showa"];

/** Era names after NFKC (which also turns `㍻` into `平成`, `㋿` into `令和` and `Ｒ` into `R`). */
const ERA_PREFIXES: readonly (readonly [string, Era])[] = [
  ["令和", "reiwa"],
  ["平成", "heisei"],
  ["昭和", "showa"],
  ["R", "reiwa"],
  ["H", "heisei"],
  ["S", "showa"],
  ["r", "reiwa"],
  ["h", "heisei"],
  ["s", "showa"],
] as const;

/** Kanji digits 一..九 → 1..9; 十 is handled as tens. */
const KANJI_DIGITS: ReadonlyMap<string, number> = new Map([
  ["一", 1],
  ["二", 2],
  ["三", 3],
  ["四", 4],
  ["五", 5],
  ["六", 6],
  ["七", 7],
  ["八", 8],
  ["九", 9],
] as const);

/** Era years above 99 are not dates; 平成32年度 does occur, in plans written before 2019. */
const MAX_ERA_YEAR = 99;
const MIN_WESTERN_YEAR = 1900;
const MAX_WESTERN_YEAR = 2100;

/**
 * Normalised characters read from a text: the longest label (`平成三十一年度`) is 7, and a
 * few more let a too-long digit run (`R123年度`, `20211年度`) be seen and refused.
 */
const LOOKAHEAD = 16;

/** Western year of era year `n` (`eraToWestern("reiwa", 1)` = 2019). Validation is the parsers' job. */
export function eraToWestern(era: Era, n: number): number {
  return ERA_BASE[era] + n;
}

/**
 * A fiscal-year label occupying the whole cell: 令和3年度, 令和元年度, 平成31年度, 昭和63年度, R3年度,
 * H30年度, S63年度, 2021年度, fullwidth digits (令和３年度), kanji digits (令和三年度, 平成三十一年度, 令和十年度),
 * spaces inside (令和 3 年度). Returns null otherwise.
 */
export function parseFiscalYear(cell: string): YearLabel | null {
  const label = cell.trim();
  // Every fiscal-year label ends in 年度 and is short: most cells are rejected here, unnormalised.
  if (label.length > 24 || !label.endsWith("度")) return null;
  const match = matchYear(label);
  if (match === null || match.suffix !== "年度" || match.end !== label.length) return null;
  return { year: match.year, label };
}

/**
 * A year column heading of a 目標 table: the fiscal-year forms above, plus calendar years
 * `2017年`, `令和4年`, and a bare Western year `2017` (four digits, 1900–2100).
 */
export function parseYearHeading(cell: string): YearLabel | null {
  const label = cell.trim();
  const match = matchYear(label);
  if (match === null || match.end !== label.length) return null;
  // A bare era number (`R4`) is too easily something else; a bare `2017` is a common heading.
  if (match.suffix === "" && match.era !== null) return null;
  return { year: match.year, label };
}

/**
 * A fiscal-year label at the very start of a text (`令和2年度の取組状況への意見`,
 * `令和2年度実績の評価と分析`), with `end`, the index in the ORIGINAL string just after the label.
 * Leading spaces are skipped and not part of the label.
 */
export function matchFiscalYearPrefix(text: string): (YearLabel & { end: number }) | null {
  const match = matchYear(text);
  if (match === null || match.suffix !== "年度") return null;
  return { year: match.year, label: text.slice(match.start, match.end), end: match.end };
}

export interface YearMatch {
  year: number;
  era: Era | null;
  suffix: "年度" | "年" | "";
  /** Original index of the first character of the label. */
  start: number;
  /** Original index just after the label. */
  end: number;
}

/** The longest year label at the start of `text` (after leading spaces), or null. */
export function matchYear(text: string): YearMatch | null {
  // Most texts start with a character NFKC keeps that starts no era and is no digit: no
  // year, whatever follows (what follows cannot compose with it into an era or a digit).
  const first = firstNonSpace(text);
  if (first < text.length) {
    const code = text.charCodeAt(first);
    if (isNfkcStable(code) && !isYearStart(code)) return null;
  }
  const { key, ends, start } = normalizedPrefix(text);
  let i: number;
  let year: number;
  let era: Era | null = null;
  const prefix = ERA_PREFIXES.find(([name]) => key.startsWith(name));
  if (prefix !== undefined) {
    era = prefix[1];
    i = prefix[0].length;
    const number = readEraNumber(key, i);
    if (number === null || number.value < 1 || number.value > MAX_ERA_YEAR) return null;
    year = eraToWestern(era, number.value);
    i = number.end;
  } else {
    const digitsEnd = skipDigits(key, 0);
    if (digitsEnd !== 4) return null;
    year = Number(key.slice(0, 4));
    if (year < MIN_WESTERN_YEAR || year > MAX_WESTERN_YEAR) return null;
    i = 4;
  }
  let suffix: YearMatch["suffix"] = "";
  if (key.startsWith("年度", i)) {
    suffix = "年度";
    i += 2;
  } else if (key.startsWith("年", i)) {
    suffix = "年";
    i += 1;
  }
  const end = i === 0 ? start : ends === null ? start + i : (ends[i - 1] ?? start);
  return { year, era, suffix, start, end };
}

/**
 * An era year: one or two ASCII digits (`3`, `03`), `元`, or kanji (`三`, `十`, `三十一`).
 * Returns the number and where it ends in `key`.
 */
function readEraNumber(key: string, i: number): { value: number; end: number } | null {
  if (key[i] === "元") return { value: 1, end: i + 1 };
  const digitsEnd = skipDigits(key, i);
  if (digitsEnd > i) return digitsEnd - i <= 2 ? { value: Number(key.slice(i, digitsEnd)), end: digitsEnd } : null;
  // Kanji: [2-9]?十[1-9]? or a single [1-9].
  let value: number;
  let j = i;
  const lead = KANJI_DIGITS.get(key[j] ?? "");
  if (lead !== undefined) j++;
  if (key[j] === "十") {
    j++;
    // `一十` is not written; 十 alone is ten.
    if (lead === 1) return null;
    value = (lead ?? 1) * 10;
    const unit = KANJI_DIGITS.get(key[j] ?? "");
    if (unit !== undefined) {
      value += unit;
      j++;
    }
  } else if (lead !== undefined) {
    value = lead;
  } else {
    return null;
  }
  // `三四` (digit by digit) is not an era year.
  if (KANJI_DIGITS.has(key[j] ?? "") || key[j] === "十") return null;
  return { value, end: j };
}

function skipDigits(key: string, i: number): number {
  while (i < key.length) {
    const code = key.charCodeAt(i);
    if (code < 0x30 || code > 0x39) break;
    i++;
  }
  return i;
}

/** The index of the first character `trim()` would keep, or the text's length. */
function firstNonSpace(text: string): number {
  let i = 0;
  while (i < text.length && isTrimSpace(text.charCodeAt(i))) i++;
  return i;
}

/** `令 平 昭 R H S r h s` and the ASCII digits: the first characters of a year label, after NFKC. */
function isYearStart(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x4ee4 || code === 0x5e73 || code === 0x662d || code === 0x52 || code === 0x48 || code === 0x53 || code === 0x72 || code === 0x68 || code === 0x73;
}

/**
 * The first LOOKAHEAD normalised, non-space code units of `text`, each with the original index
 * just after the code point it came from. Code points are normalised one by one: for the
 * characters a year label uses, that equals normalising the whole string. `ends` is null when
 * the key is the text itself from `start` on (every character one NFKC keeps, none a space),
 * the common case: then the character at key index k ends at `start + k + 1`.
 */
function normalizedPrefix(text: string): { key: string; ends: number[] | null; start: number } {
  const start = firstNonSpace(text);
  let stable = start;
  const stop = Math.min(text.length, start + LOOKAHEAD);
  while (stable < stop) {
    const code = text.charCodeAt(stable);
    if (!isNfkcStable(code) || isTrimSpace(code)) break;
    stable++;
  }
  if (stable === stop) return { key: text.slice(start, stop), ends: null, start };
  let key = "";
  const ends: number[] = [];
  let i = start;
  while (i < text.length && key.length < LOOKAHEAD) {
    const code = text.codePointAt(i) ?? 0;
    // Plain and ideographic spaces skip the string allocation below: a cell may hold a million.
    if (code === 0x20 || code === 0x3000) {
      i++;
      continue;
    }
    const ch = String.fromCodePoint(code);
    const next = i + ch.length;
    if (code > 0xffff || !isTrimSpace(code)) {
      const normalized = isNfkcStable(code) ? ch : ch.normalize("NFKC");
      key += normalized;
      for (let k = 0; k < normalized.length; k++) ends.push(next);
    }
    i = next;
  }
  return { key, ends, start };
}
