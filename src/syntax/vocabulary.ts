/**
 * A profile compiled for matching: lookup maps from normalised label keys to canonical
 * keys, per context. Built once per profile; every lookup is a Map hit, so classifying
 * a line costs time linear in its length.
 */
import type { LabelContext, MeasureKey, Profile, SectionKey } from "../profile/schema.js";
import { eraToWestern, parseFiscalYear } from "../japanese/fiscal-year.js";
import { isNfkcStable, isTrimSpace, matchKey, nfkc, splitTrailingNote } from "../source/normalize.js";
import { ENUMERATOR_STARTS, stripEnumerator } from "./enumerator.js";
import type { Cell, YearRef } from "./ast.js";

interface MarkerPattern {
  key: SectionKey;
  prefix: string;
  /** Present when the variant holds `{year}`. */
  suffix: string | null;
}

export interface MarkerMatch {
  key: SectionKey;
  year: YearRef | null;
}

/** A label found at the start of a cell, followed by its value in the same cell. */
export interface InlineLabel {
  key: string;
  /** Length of the label in the original cell text. */
  labelEnd: number;
  /** Where the value starts in the original cell text. */
  valueStart: number;
}

export interface Vocabulary {
  readonly profile: Profile;
  readonly profileName: string;
  marker(cellText: string): MarkerMatch | null;
  label(context: LabelContext, cellText: string): string | null;
  /** The unit a label's note names (`予算額（千円）` → `千円`), or null. */
  unitNote(cellText: string): string | null;
  inlineLabel(context: LabelContext, cellText: string): InlineLabel | null;
  /** An extras label heading its cell, then its value (`所属長名 山田 太郎`); `key` is the label as written in the profile. */
  inlineExtra(cellText: string): InlineLabel | null;
  /** The label as written when the cell is one of the profile's extras labels. */
  extra(cellText: string): string | null;
  /** True when the whole cell is a label of any context, or an extras label, of the profile. */
  isAnyLabel(cellText: string): boolean;
  /** True when the cell starts with a label of any context followed by its value (`担当課 市民課`). */
  startsWithAnyLabel(cellText: string): boolean;
  artifact(lineText: string): "line" | "pageNumber" | null;
  /**
   * `artifact` of a row's filled cells joined by spaces (a running header of several cells,
   * `白鷺市 行政評価  企画政策課`), joined only when the length and first character allow one.
   */
  artifactOfCells(cells: readonly Cell[]): "line" | "pageNumber" | null;
  /** The fiscal-year record key a grid row's label measures, or null (an extras measure, or no measure). */
  measure(cellText: string): MeasureKey | null;
  /** A sheet title: the kind of sheet it starts and the year it names (null when it names none). */
  title(cellText: string): SheetTitle | null;
  /** The unit a table's note names when the cell is nothing but the note (`(単位：千円)`, `【単位:円】`, `単位 千円`). */
  tableUnit(cellText: string): string | null;
  /** The opinion source named by a `…からの意見` cell, or null when the cell is not one. */
  opinionSource(cellText: string): string | null;
}

export interface SheetTitle {
  type: "policySheet" | "projectSheet";
  /** The year the title names; null when it names none, or an era-less year with no era in the profile (never a guess). */
  year: YearRef | null;
}

const YEAR_TOKEN = "{year}";
/** Brackets that may open a value written right after its label, with no space between. */
const OPENING_BRACKETS = "「『（(【〈《［[";

/** Labels sharing a cell with their value are short; bounding the search keeps it linear. */
const MAX_INLINE_SEPARATORS = 4;
/** `- 3 -`, also with the dashes CP932 files and PDF extraction give (`― 3 ―`, `— 3 —`). */
const PAGE_DASHES = /^[-\u2010\u2013\u2014\u2015]\d{1,4}[-\u2010\u2013\u2014\u2015]$/;
const PAGE_DASH_STARTS = "-\u2010\u2013\u2014\u2015";
const PAGE_FRACTION = /^\d{1,4}\/\d{1,4}$/;
const PAGE_P = /^p\.?\d{1,4}$/i;

function compileMarkers(profile: Profile): MarkerPattern[] {
  const patterns: MarkerPattern[] = [];
  for (const [key, variants] of Object.entries(profile.markers) as [SectionKey, string[]][]) {
    for (const variant of variants) {
      const at = variant.indexOf(YEAR_TOKEN);
      if (at < 0) patterns.push({ key, prefix: matchKey(variant), suffix: null });
      else patterns.push({ key, prefix: matchKey(variant.slice(0, at)), suffix: matchKey(variant.slice(at + YEAR_TOKEN.length)) });
    }
  }
  // Longer prefixes first, so a year-bearing variant wins over a bare one.
  return patterns.sort((a, b) => b.prefix.length + (b.suffix?.length ?? 0) - (a.prefix.length + (a.suffix?.length ?? 0)));
}

function matchMarker(patterns: MarkerPattern[], key: string): MarkerMatch | null {
  for (const pattern of patterns) {
    if (pattern.suffix === null) {
      if (key === pattern.prefix) return { key: pattern.key, year: null };
      continue;
    }
    if (key.length <= pattern.prefix.length + pattern.suffix.length) continue;
    if (!key.startsWith(pattern.prefix) || !key.endsWith(pattern.suffix)) continue;
    const middle = key.slice(pattern.prefix.length, key.length - pattern.suffix.length);
    const year = parseFiscalYear(middle);
    if (year) return { key: pattern.key, year: { year: year.year, label: year.label } };
  }
  return null;
}

interface TitlePattern {
  type: SheetTitle["type"];
  prefix: string;
  suffix: string | null;
}

function compileTitles(profile: Profile): TitlePattern[] {
  const patterns: TitlePattern[] = [];
  for (const [kind, variants] of [["policySheet", profile.titles.policy], ["projectSheet", profile.titles.project]] as const) {
    for (const variant of variants) {
      const at = variant.indexOf(YEAR_TOKEN);
      if (at < 0) patterns.push({ type: kind, prefix: matchKey(variant), suffix: null });
      else patterns.push({ type: kind, prefix: matchKey(variant.slice(0, at)), suffix: matchKey(variant.slice(at + YEAR_TOKEN.length)) });
    }
  }
  return patterns.sort((a, b) => (b.suffix === null ? 0 : 1) - (a.suffix === null ? 0 : 1) || b.prefix.length - a.prefix.length);
}

/** An era-less year in a title (`10年度事務事業評価シート`). */
const ERA_LESS_YEAR = /^(\d{1,2})年度$/;

function matchTitle(patterns: readonly TitlePattern[], key: string, era: Profile["era"]): SheetTitle | null {
  for (const pattern of patterns) {
    if (pattern.suffix === null) {
      if (key === pattern.prefix) return { type: pattern.type, year: null };
      continue;
    }
    if (key.length <= pattern.prefix.length + pattern.suffix.length || !key.startsWith(pattern.prefix) || !key.endsWith(pattern.suffix)) continue;
    const middle = key.slice(pattern.prefix.length, key.length - pattern.suffix.length);
    const year = parseFiscalYear(middle);
    if (year) return { type: pattern.type, year: { year: year.year, label: year.label } };
    const eraLess = ERA_LESS_YEAR.exec(middle);
    if (eraLess) {
      const n = Number(eraLess[1]);
      if (era === null) return { type: pattern.type, year: null };
      return { type: pattern.type, year: { year: eraToWestern(era, n), label: middle } };
    }
  }
  return null;
}

/** `単位:千円`, `単位千円` after brackets are taken off: the unit, short and without digits. */
function unitOfNote(key: string): string | null {
  let inner = key;
  for (const [open, close] of [["(", ")"], ["【", "】"], ["[", "]"], ["<", ">"], ["〈", "〉"]] as const) {
    if (inner.startsWith(open) && inner.endsWith(close)) inner = inner.slice(open.length, -close.length);
  }
  if (!inner.startsWith("単位")) return null;
  const unit = inner.slice(2).replace(/^[:=]/, "");
  return unit !== "" && unit.length <= 4 && !/\d/.test(unit) ? unit : null;
}

/** `firstKeyCode` of a text with no character but spaces. */
const NO_CHAR = -1;

/**
 * The first UTF-16 code unit of a text's match key, NFKC applied to its first non-space code
 * point alone, or NO_CHAR. Allocates nothing for the characters that fill sheets (NFKC leaves
 * them as they are); others are normalised one code point at a time.
 */
function firstKeyCode(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isTrimSpace(code)) continue;
    if (isNfkcStable(code)) return code;
    return nfkc(String.fromCodePoint(text.codePointAt(i) ?? code)).charCodeAt(0);
  }
  return NO_CHAR;
}

/** The code units of a set of first characters; "" (a key with no character) is NO_CHAR. */
function codesOf(starts: Iterable<string>): Set<number> {
  const codes = new Set<number>();
  for (const start of starts) codes.add(start === "" ? NO_CHAR : start.charCodeAt(0));
  return codes;
}

/**
 * `String.prototype.includes` of a one-character needle, on code units: `"".includes` is true
 * for the empty string, and NO_CHAR stands for it.
 */
function startSet(chars: string): Set<number> {
  const codes = codesOf(chars);
  codes.add(NO_CHAR);
  return codes;
}

/** `ENUMERATOR_STARTS.includes(first key character)`, on the code unit. */
const ENUMERATOR_CODES = startSet(ENUMERATOR_STARTS);
const PAGE_DASH_CODES = codesOf(PAGE_DASH_STARTS);
const OPENING_BRACKET_CODES = codesOf(OPENING_BRACKETS);

/** A place where a label may end inside a cell: a space, a colon or an opening bracket. */
interface Separator {
  /** Index of the separator, where the label before it ends. */
  at: number;
  /** An opening bracket: the value starts at it (`事業の目的「…」`). */
  opener: boolean;
  /** Where the value starts after a space or colon (and any more of them). */
  valueStart: number;
  /** The text before the separator, and its match key once made. */
  before: string;
  key: string | undefined;
}

/**
 * The places where a label heading `text` may end, as the inline search has always tried
 * them: the first MAX_INLINE_SEPARATORS spaces, colons or opening brackets after the first
 * character and within `limit`. The same in every label context.
 */
function separatorsOf(text: string, limit: number): Separator[] {
  const separators: Separator[] = [];
  for (let i = 1; i < text.length && i <= limit && separators.length < MAX_INLINE_SEPARATORS; i++) {
    const code = text.charCodeAt(i);
    const isColon = code === 0x3a || code === 0xff1a;
    // A quoted value may follow its label directly: `事業の目的「市民の…」`.
    const opener = OPENING_BRACKET_CODES.has(code);
    if (!isTrimSpace(code) && !isColon && !opener) continue;
    let valueStart = i + 1;
    while (valueStart < text.length) {
      const next = text.charCodeAt(valueStart);
      if (!isTrimSpace(next) && next !== 0x3a && next !== 0xff1a) break;
      valueStart++;
    }
    separators.push({ at: i, opener, valueStart, before: text.slice(0, i), key: undefined });
  }
  return separators;
}

/**
 * A pure function of a text remembering its last answer, for one vocabulary (so never across
 * profiles): questions about one cell come in runs — a label of each context, then an extra,
 * a measure, a label heading the cell … — on the same string. (Remembering many texts, in a
 * Map, was measured slower: its lookups cost more than the answers.)
 */
function lastAnswer<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | null = null;
  let lastValue: T | undefined;
  return (text) => {
    if (text !== lastText) {
      lastValue = compute(text);
      lastText = text;
    }
    return lastValue as T;
  };
}

/** Compiles a validated profile into a vocabulary. */
export function compileVocabulary(profile: Profile): Vocabulary {
  const keyOf = lastAnswer(matchKey);
  const markers = compileMarkers(profile);
  const contexts: LabelContext[] = [];
  const labelMaps: Map<string, string>[] = [];
  for (const [context, fields] of Object.entries(profile.labels) as [LabelContext, Record<string, string[]>][]) {
    const map = new Map<string, string>();
    for (const [key, variants] of Object.entries(fields)) for (const variant of variants) map.set(matchKey(variant), key);
    contexts.push(context);
    labelMaps.push(map);
  }
  const contextIndex = new Map<LabelContext, number>(contexts.map((context, index) => [context, index]));
  const extras = new Map<string, string>(profile.extras.map((label) => [matchKey(label), label]));
  const measures = new Map<string, MeasureKey>();
  for (const [key, variants] of Object.entries(profile.measures) as [MeasureKey, string[]][]) for (const variant of variants) measures.set(matchKey(variant), key);
  const titles = compileTitles(profile);
  const artifactLines = new Set(profile.artifacts.lines.map(matchKey));
  const suffixes = profile.opinionSourceSuffixes.map(matchKey);

  // A cell much longer than the longest word cannot be one (even letter-spaced, `予 算 額`):
  // the length check keeps normalisation off the long text cells, the bulk of a sheet.
  const longest = (words: Iterable<string>) => Math.max(0, ...[...words].map((word) => word.length));
  const labelLimit = 3 * longest(labelMaps.flatMap((map) => [...map.keys()]).concat([...extras.keys()], [...measures.keys()])) + 8;
  const titleLimit = 3 * longest(titles.map((t) => t.prefix + (t.suffix ?? ""))) + 40;
  const markerLimit = 3 * longest(markers.map((m) => m.prefix + (m.suffix ?? ""))) + 24;
  const artifactLimit = 3 * longest(artifactLines) + 16;
  // Most cells are values whose first character starts no word at all: reject them
  // before normalising the whole cell.
  const labelStarts = labelMaps.map((map) => codesOf([...map.keys()].map((key) => key.charAt(0))));
  const artifactStarts = codesOf([...artifactLines].map((key) => key.charAt(0)));
  // A year-bearing marker may begin with the year itself (`{year}の取組状況への意見`).
  const yearStarts = "令平昭RHSrhs0123456789";
  const markerStarts = codesOf(markers.flatMap((m) => (m.prefix === "" ? [...yearStarts] : [m.prefix.charAt(0)])));
  const extraStarts = codesOf([...extras.keys()].map((key) => key.charAt(0)));
  // Every context searches a cell's text for the same separators: found once per cell.
  const separatorsOfCell = lastAnswer((text: string) => separatorsOf(text, labelLimit));
  const keyBefore = (separator: Separator): string => (separator.key ??= matchKey(separator.before));

  const lookUp = (map: Map<string, string>, key: string): string | null =>
    // A label may carry a note, usually its unit or a code: `予算額（千円）`, `事業名(コード)`.
    map.get(key) ?? map.get(splitTrailingNote(key)?.base ?? "") ?? null;
  /**
   * The label of context `index` that `text` is: the cell's own text, or the text before a
   * separator inside it (whose key is kept with the separator for the other contexts).
   */
  const labelIn = (index: number, text: string, separator: Separator | null): string | null => {
    if (text === "" || text.length > labelLimit) return null;
    const first = firstKeyCode(text);
    const enumerated = ENUMERATOR_CODES.has(first);
    const map = labelMaps[index];
    if (map === undefined || (!enumerated && !labelStarts[index]?.has(first))) return null;
    const key = separator === null ? keyOf(text) : keyBefore(separator);
    const direct = lookUp(map, key);
    if (direct !== null || !enumerated) return direct;
    // An enumerator or code before the label: `1 事業名`, `(2) 担当課`, `Ⅲ-1 施策`.
    const bare = stripEnumerator(key);
    return bare === null ? null : lookUp(map, bare);
  };
  const label = (context: LabelContext, cellText: string): string | null => {
    const index = contextIndex.get(context);
    // A context the profile has no words for names no label.
    return index === undefined ? null : labelIn(index, cellText, null);
  };

  const measure = (cellText: string): MeasureKey | null => {
    if (cellText === "" || cellText.length > labelLimit || measures.size === 0) return null;
    const key = keyOf(cellText);
    const direct = measures.get(key) ?? measures.get(splitTrailingNote(key)?.base ?? "") ?? null;
    if (direct !== null) return direct;
    const bare = stripEnumerator(key);
    return bare === null ? null : (measures.get(bare) ?? measures.get(splitTrailingNote(bare)?.base ?? "") ?? null);
  };
  const extraIn = (text: string, separator: Separator | null): string | null => {
    if (text === "" || text.length > labelLimit || extras.size === 0) return null;
    const key = separator === null ? keyOf(text) : keyBefore(separator);
    const direct = extras.get(key) ?? null;
    if (direct !== null || !ENUMERATOR_STARTS.includes(key.charAt(0))) return direct;
    // `5 担当係`, as labels of the model may be enumerated.
    const bare = stripEnumerator(key);
    return bare === null ? null : (extras.get(bare) ?? null);
  };
  const extra = (cellText: string): string | null => extraIn(cellText, null);

  /** A label of context `index` (or an extra, for null) heading its cell, then its value after a space, a colon or an opening bracket. */
  const findInline = (cellText: string, index: number | null): InlineLabel | null => {
    for (const separator of separatorsOfCell(cellText)) {
      const key = index === null ? extraIn(separator.before, separator) : labelIn(index, separator.before, separator);
      if (key === null) continue;
      return { key, labelEnd: separator.at, valueStart: separator.opener ? separator.at : separator.valueStart };
    }
    return null;
  };
  const inlineLabelAt = (index: number, cellText: string): InlineLabel | null => {
    const first = firstKeyCode(cellText);
    if (!labelStarts[index]?.has(first) && !ENUMERATOR_CODES.has(first)) return null;
    return findInline(cellText, index);
  };
  const inlineExtra = (cellText: string): InlineLabel | null => {
    if (extras.size === 0) return null;
    const first = firstKeyCode(cellText);
    if (!extraStarts.has(first) && !ENUMERATOR_CODES.has(first)) return null;
    return findInline(cellText, null);
  };

  /** Whether a text of this length and first key character may be an artifact line. */
  const mayBeArtifact = (length: number, first: number): boolean => {
    if (length > artifactLimit) return false;
    const pageLike = PAGE_DASH_CODES.has(first) || first === 0x70 || first === 0x50 || (first >= 0x30 && first <= 0x39);
    return pageLike || artifactStarts.has(first);
  };
  const artifact = (lineText: string): "line" | "pageNumber" | null => {
    if (lineText.length > artifactLimit || !mayBeArtifact(lineText.length, firstKeyCode(lineText))) return null;
    const key = keyOf(lineText);
    if (key === "") return null;
    if (artifactLines.has(key)) return "line";
    if (profile.artifacts.pageNumbers && (PAGE_DASHES.test(key) || PAGE_FRACTION.test(key) || PAGE_P.test(key))) return "pageNumber";
    return null;
  };

  return {
    profile,
    profileName: profile.name,
    marker(cellText) {
      if (cellText === "" || cellText.length > markerLimit) return null;
      const first = firstKeyCode(cellText);
      const enumerated = ENUMERATOR_CODES.has(first);
      if (!enumerated && !markerStarts.has(first)) return null;
      const key = keyOf(cellText);
      // A marker may carry a note: `【Do】これまでの実績と現在の取組み（単位：千円）`.
      const direct = matchMarker(markers, key) ?? matchMarker(markers, splitTrailingNote(key)?.base ?? "");
      if (direct !== null || !enumerated) return direct;
      // Or an enumerator: `1 事業の説明`, `Ⅱ 総合計画上の位置付け`.
      const bare = stripEnumerator(key);
      return bare === null ? null : (matchMarker(markers, bare) ?? matchMarker(markers, splitTrailingNote(bare)?.base ?? ""));
    },
    unitNote(cellText) {
      const note = splitTrailingNote(keyOf(cellText))?.note;
      if (note === undefined) return null;
      // `（単位：千円）` and `（千円）` both name a unit.
      const unit = note.startsWith("単位:") ? note.slice(3) : note;
      return unit !== "" && unit.length <= 4 && !/\d/.test(unit) ? unit : null;
    },
    label,
    inlineLabel(context, cellText) {
      const index = contextIndex.get(context);
      return index === undefined ? null : inlineLabelAt(index, cellText);
    },
    inlineExtra,
    extra,
    measure,
    title(cellText) {
      if (cellText === "" || titles.length === 0 || cellText.length > titleLimit) return null;
      const key = keyOf(cellText);
      // A title may carry a note: `（No.21）`, `（令和4年度実施事業）`.
      return matchTitle(titles, key, profile.era) ?? matchTitle(titles, splitTrailingNote(key)?.base ?? "", profile.era);
    },
    tableUnit(cellText) {
      if (cellText === "" || cellText.length > 24) return null;
      return unitOfNote(keyOf(cellText));
    },
    isAnyLabel: (cellText) => extra(cellText) !== null || measure(cellText) !== null || contexts.some((_, index) => labelIn(index, cellText, null) !== null),
    startsWithAnyLabel: (cellText) => contexts.some((_, index) => inlineLabelAt(index, cellText) !== null) || inlineExtra(cellText) !== null,
    artifact,
    artifactOfCells(cells) {
      // The joined text's length, and its first key character: the first cell's that has one
      // (the spaces joining the cells are skipped like any other).
      let length = -1;
      let first = NO_CHAR;
      for (const cell of cells) {
        if (cell.text === "") continue;
        length += cell.text.length + 1;
        if (first === NO_CHAR) first = firstKeyCode(cell.text);
      }
      if (length < 0 || !mayBeArtifact(length, first)) return null;
      return artifact(cells.filter((cell) => cell.text !== "").map((cell) => cell.text).join(" "));
    },
    opinionSource(rawText) {
      // `【市民からの意見】` and `市民からの意見：` name a source as well.
      const cellText = stripOpinionDecoration(rawText);
      const key = matchKey(cellText);
      for (const suffix of suffixes) {
        if (!key.endsWith(suffix)) continue;
        // Cut the suffix from the text as written: find where the last suffix-length
        // characters of the normalised key begin in the original.
        const source = stripSuffixAsWritten(cellText, suffix);
        return source === "" ? null : source;
      }
      return null;
    },
  };
}

/** Strips the brackets and trailing colon a source line may carry, as written. */
function stripOpinionDecoration(text: string): string {
  let out = text.trim();
  if (out.endsWith(":") || out.endsWith("：")) out = out.slice(0, -1).trimEnd();
  if (out.startsWith("【") && out.endsWith("】")) out = out.slice(1, -1).trim();
  return out;
}

/** Removes a suffix given in normalised form from text as written, walking back character by character. */
function stripSuffixAsWritten(text: string, suffix: string): string {
  let end = text.length;
  let matched = "";
  while (end > 0 && matched.length < suffix.length) {
    end--;
    const piece = matchKey(text.charAt(end));
    matched = piece + matched;
  }
  return text.slice(0, end).trim();
}

