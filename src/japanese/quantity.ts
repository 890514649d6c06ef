/**
 * Quantity cells (SPEC §3 "Quantity rules", §3.0): `5,000 人`, `△1,200千円`, `— %`, `%`, ``.
 *
 * One hand-written left-to-right scan over the NFKC copy with spaces removed, so the cost is
 * linear in the cell length whatever the input (SPEC §6); the only regular expression is a
 * single character class.
 */
/**
 * A quantity cell read (SPEC §3 Quantity, without the model's `line`): a fact of Japanese
 * text that the parser and the model both use, so it lives below them.
 */
export interface Quantity {
  raw: string;
  status: "value" | "notApplicable" | "blank";
  value: number | null;
  unit: string | null;
  yen?: number;
}
import { nfkc } from "../source/normalize.js";

/** The outcome of reading one cell. */
export interface QuantityParse {
  /** Always a well-formed Quantity; for an invalid cell `{ raw, status: "value", value: null, unit: null }`. */
  quantity: Quantity;
  /** False when the cell is neither a number, a not-applicable mark, nor blank (an `invalid-quantity` elsewhere). */
  valid: boolean;
}

/** Money units (SPEC §3) → how many yen one unit is; `yen` is given only for these. */
export const MONEY_UNITS: ReadonlyMap<string, number> = new Map([
  ["円", 1],
  ["千円", 1e3],
  ["万円", 1e4],
  ["百万円", 1e6],
  ["億円", 1e8],
  // National and prefectural budgets are written in 兆円 (issue 15, item 8).
  ["兆円", 1e12],
] as const);

/**
 * Not-applicable marks as they look after NFKC: `－` (U+FF0D) has become `-` and halfwidth `ｰ`
 * has become `ー`, so the list needs no fullwidth forms. The minus sign U+2212 is here too:
 * extraction tools emit it for a lone dash.
 */
const NOT_APPLICABLE_MARKS: ReadonlySet<string> = new Set(["\u2014", "\u2015", "-", "\u2010", "\u2013", "\u30fc", "\u2212"] as const);

/** Signs before a number (after NFKC): `△` / `▲` are the accounting way of writing a minus. */
const SIGNS: ReadonlyMap<string, 1 | -1> = new Map([
  ["+", 1],
  ["-", -1],
  ["\u2212", -1],
  ["△", -1],
  ["▲", -1],
] as const);

/** Multipliers that may separate number groups (`1億2,345万円`) or lead a unit (`百万円`, `千円`). */
const SCALE_CHARS: ReadonlyMap<string, number> = new Map([
  ["十", 10],
  ["百", 100],
  ["千", 1e3],
  ["万", 1e4],
  ["億", 1e8],
  ["兆", 1e12],
] as const);

/** Only these separate number groups; `2千3百` is not how amounts are written in the sheets. */
const GROUP_SEPARATORS: ReadonlySet<string> = new Set(["兆", "億", "万"] as const);

/** A unit must hold something unit-like: a letter of any script (人, 千円, km) or one of these symbols. */
const UNIT_CHAR = /[\p{L}%‰°]/u;

/**
 * Words that fill a quantity cell in place of a number (`未定`, `集計中`, `N/A`). Without a
 * digit they would otherwise pass for a unit alone; they are text, so they are invalid.
 */
const PLACEHOLDER = {
  prefixes: ["未", "非", "不", "無", "該当", "対象外", "同"],
  suffixes: ["中", "予定", "済", "困難", "不能", "不可", "不明", "不要"],
  words: ["皆減", "皆増", "中止", "休止", "廃止", "終了", "完了", "達成", "検討", "調査", "集計", "実施", "〃", "々"],
  /** Compared in lower case. */
  latin: ["na", "n/a", "nan", "null", "none", "tbd", "infinity", "undefined"],
} as const;

/** A unit standing alone is short; longer text is a sentence, not a unit. */
const MAX_LONE_UNIT_CODE_POINTS = 8;

/**
 * Units written in kanji are short (人, 千円, 百万円, 人/日); four kanji or more with no
 * number (`把握困難`, `算定不能`) are a text answer in place of the number (SPEC §7.3).
 */
const MAX_KANJI_UNIT_CODE_POINTS = 3;

/** Reads one quantity cell; never throws. */
export function parseQuantity(cell: string): QuantityParse {
  // String.prototype.trim removes ideographic spaces, NBSP, tabs and the BOM as well.
  const raw = cell.trim();
  if (raw === "") return ok({ raw, status: "blank", value: null, unit: null });
  const { key, splitNumber } = compact(nfkc(raw));
  // `5 10` would read as 510 once spaces are gone: two numbers, not one.
  if (splitNumber) return invalid(raw);
  if (key === "") return ok({ raw, status: "blank", value: null, unit: null });

  const first = key[0] ?? "";
  if (SIGNS.has(first) ? isDigit(key[1]) : isDigit(first)) return parseNumber(raw, key);

  if (NOT_APPLICABLE_MARKS.has(first)) {
    let i = 1;
    // `――` (a doubled dash) is the usual typographic form, so a run counts as one mark.
    while (i < key.length && NOT_APPLICABLE_MARKS.has(key[i] ?? "")) i++;
    if (i === key.length) return ok({ raw, status: "notApplicable", value: null, unit: null });
    const unit = key.slice(i);
    return isLoneUnit(unit, raw) ? ok({ raw, status: "notApplicable", value: null, unit }) : invalid(raw);
  }
  return isLoneUnit(key, raw) ? ok({ raw, status: "blank", value: null, unit: key }) : invalid(raw);
}

/** One number group of a compound amount: its value and the multiplier written after it. */
interface Group {
  value: number;
  scale: number;
}

/** `key` starts with a digit or a sign followed by a digit. */
function parseNumber(raw: string, key: string): QuantityParse {
  let i = 0;
  let sign: 1 | -1 = 1;
  const signed = SIGNS.get(key[0] ?? "");
  if (signed !== undefined) {
    sign = signed;
    i = 1;
  }
  // Most amounts are one group: the list is made for a compound amount only.
  let groups: Group[] | null = null;
  let digitCount = 0;
  let last: number;
  for (;;) {
    const start = i;
    const intEnd = scanInteger(key, i);
    i = intEnd;
    let hasDecimal = false;
    if (key.charCodeAt(i) === 0x2e && isDigitCode(key.charCodeAt(i + 1))) {
      hasDecimal = true;
      i++;
      while (isDigitCode(key.charCodeAt(i))) i++;
    }
    const text = key.slice(start, i);
    digitCount += countDigits(text);
    const value = Number(text.includes(",") ? text.replaceAll(",", "") : text);
    const marker = key[i] ?? "";
    if (GROUP_SEPARATORS.has(marker) && isDigitCode(key.charCodeAt(i + 1))) {
      // `1.5億2,000万円` mixes two ways of writing a fraction: more likely a typo than an amount.
      if (hasDecimal) return invalid(raw);
      const scale = SCALE_CHARS.get(marker) ?? 1;
      // Fail at the first out-of-order group (`1万2億`) rather than collect a megabyte of them.
      groups ??= [];
      const previous = groups.at(-1);
      if (previous !== undefined && scale >= previous.scale) return invalid(raw);
      groups.push({ value, scale });
      i++;
      continue;
    }
    last = value;
    break;
  }

  const rest = key.slice(i);
  const unit = rest === "" ? null : rest;
  if (unit !== null && !isUnit(unit, raw, digitCount)) return invalid(raw);

  let total = last;
  if (groups !== null && groups.length > 0) {
    const combined = combineGroups(groups, last, leadingScale(rest));
    if (combined === null) return invalid(raw);
    total = combined;
  }
  // Math on -0 and `△0` would otherwise print as -0 in JSON consumers that keep the sign.
  const value = total === 0 ? 0 : sign * total;
  if (!Number.isFinite(value)) return invalid(raw);

  const multiplier = unit === null ? undefined : MONEY_UNITS.get(unit);
  if (multiplier === undefined) return ok({ raw, status: "value", value, unit });
  const yen = toYen(value, multiplier);
  // Beyond 2^53 a JSON number no longer holds every yen: 1京円 + 1 would silently become 1京円.
  // No municipal amount comes near (9,007兆円 is eighty national budgets), so such a cell is
  // far likelier a typo than a sum, and is an invalid-quantity rather than a rounded amount.
  if (!Number.isFinite(yen) || Math.abs(yen) > Number.MAX_SAFE_INTEGER) return invalid(raw);
  return ok({ raw, status: "value", value, unit, yen });
}

/**
 * Digits with optional thousands separators from `i`; returns where they end. Separators must
 * make groups of exactly three after a lead of one to three digits (`1,234,567`): `1,23` and
 * `1234,567` stop at the comma, and the leftover (with its digits) then fails as a unit.
 */
function scanInteger(key: string, i: number): number {
  const start = i;
  while (isDigitCode(key.charCodeAt(i))) i++;
  if (i - start > 3) return i;
  while (
    key.charCodeAt(i) === 0x2c &&
    isDigitCode(key.charCodeAt(i + 1)) &&
    isDigitCode(key.charCodeAt(i + 2)) &&
    isDigitCode(key.charCodeAt(i + 3)) &&
    !isDigitCode(key.charCodeAt(i + 4))
  ) {
    i += 4;
  }
  return i;
}

/**
 * The value of `1億2,345万円` in its last written unit: each group times its scale over the
 * last unit's scale, plus the last number. Groups must descend (億 before 万 before the unit)
 * and each must fit under the one before (`1億12,000万円` is a typo, not 2.2億).
 */
function combineGroups(groups: readonly Group[], last: number, lastScale: number): number | null {
  let total = 0;
  let previousScale = Infinity;
  for (const group of groups) {
    if (group.scale >= previousScale || group.value >= previousScale / group.scale) return null;
    total += group.value * (group.scale / lastScale);
    previousScale = group.scale;
  }
  if (lastScale >= previousScale || last >= previousScale / lastScale) return null;
  return total + last;
}

/** The multiplier a unit starts with: 万円 → 1e4, 百万円 → 1e6, 千万円 → 1e7, 人 → 1. */
function leadingScale(unit: string): number {
  let scale = 1;
  for (const ch of unit) {
    const factor = SCALE_CHARS.get(ch);
    if (factor === undefined) break;
    scale *= factor;
  }
  return scale;
}

/** value × multiplier, without the float noise of `35.8 * 1000` = 35800.00000000001. */
function toYen(value: number, multiplier: number): number {
  const yen = value * multiplier;
  const rounded = Math.round(yen);
  const snapped = Math.abs(yen - rounded) < 1e-6 ? rounded : yen;
  return snapped === 0 ? 0 : snapped;
}

/**
 * What may follow a number. It must hold a letter or `%`-like symbol (so `5.`, `5,` and `5-`
 * fail) and no digit the writer typed (`12a34`, `5/10`): digits that only NFKC produced, as in
 * `㎡` → `m2`, are part of the unit.
 */
function isUnit(unit: string, raw: string, numberDigits: number): boolean {
  if (!UNIT_CHAR.test(unit)) return false;
  if (countDigits(unit) > 0 && countWrittenDigits(raw) > numberDigits) return false;
  return true;
}

/**
 * A unit with no number (`%`, `人`, `千円`): stricter than after a number, because here the
 * cell might as well be a word like `未定` that stands in for the number.
 */
function isLoneUnit(unit: string, raw: string): boolean {
  if (!isUnit(unit, raw, 0)) return false;
  if (unit.length > 2 * MAX_LONE_UNIT_CODE_POINTS) return false;
  let codePoints = 0;
  let kanji = false;
  for (const ch of unit) {
    codePoints++;
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x4e00 && code <= 0x9fff) kanji = true;
    // Hiragana marks a word (なし, みこみ); units are kanji, katakana or Latin, except か in か所 / か月.
    if (code >= 0x3041 && code <= 0x309f && ch !== "か") return false;
  }
  if (codePoints > MAX_LONE_UNIT_CODE_POINTS) return false;
  if (kanji && codePoints > MAX_KANJI_UNIT_CODE_POINTS) return false;
  const lower = unit.toLowerCase();
  if (PLACEHOLDER.latin.some((word) => word === lower)) return false;
  if (PLACEHOLDER.words.some((word) => word === unit)) return false;
  if (PLACEHOLDER.prefixes.some((prefix) => unit.startsWith(prefix))) return false;
  if (PLACEHOLDER.suffixes.some((suffix) => unit.endsWith(suffix))) return false;
  return true;
}

/**
 * The NFKC copy without spaces, and whether a space sat inside a number (`5 000`, `5, 000`,
 * `12 34`): removing it would silently merge two numbers.
 */
function compact(normalized: string): { key: string; splitNumber: boolean } {
  // Most cells hold no space: they are their own key, and no number is split.
  let i = 0;
  while (i < normalized.length && !isSpaceCode(normalized.charCodeAt(i))) i++;
  if (i === normalized.length) return { key: normalized, splitNumber: false };
  const parts: string[] = [];
  let runStart = -1;
  let afterSpace = false;
  let previous = -1;
  let splitNumber = false;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (runStart >= 0) parts.push(normalized.slice(runStart, i));
      runStart = -1;
      afterSpace = true;
      continue;
    }
    if (afterSpace && isDigitCode(code) && (isDigitCode(previous) || previous === 0x2c || previous === 0x2e)) {
      splitNumber = true;
    }
    afterSpace = false;
    previous = code;
    if (runStart < 0) runStart = i;
  }
  if (runStart === 0) return { key: normalized, splitNumber };
  if (runStart > 0) parts.push(normalized.slice(runStart));
  return { key: parts.join(""), splitNumber };
}

/**
 * The same set as `isSpace` in source/normalize.ts (ECMAScript `\s`: WhiteSpace and
 * LineTerminator), tested on code units because this loop runs over every character of a cell
 * that may be a megabyte long.
 */
function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isDigitCode(ch.charCodeAt(0));
}

/** ASCII digits in an NFKC string. */
function countDigits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isDigitCode(text.charCodeAt(i))) count++;
  return count;
}

/** Digits as the writer typed them: ASCII and fullwidth (not ², ①, ㎡, which NFKC turns into digits). */
function countWrittenDigits(raw: string): number {
  let count = 0;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isDigitCode(code) || (code >= 0xff10 && code <= 0xff19)) count++;
  }
  return count;
}

function ok(quantity: Quantity): QuantityParse {
  return { quantity, valid: true };
}

/** Invalid cells keep their text and read as a missing value; the caller reports them. */
function invalid(raw: string): QuantityParse {
  return { quantity: { raw, status: "value", value: null, unit: null }, valid: false };
}
