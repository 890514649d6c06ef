/**
 * A profile compiled for matching: lookup maps from normalised label keys to canonical
 * keys, per context. Built once per profile; every lookup is a Map hit, so classifying
 * a line costs time linear in its length.
 */
import type { LabelContext, MeasureKey, Profile, SectionKey } from "../profile/schema.js";
import { eraToWestern, parseFiscalYear } from "../japanese/fiscal-year.js";
import { isTrimSpace, matchKey, nfkc, splitTrailingNote } from "../source/normalize.js";
import { ENUMERATOR_STARTS, stripEnumerator } from "./enumerator.js";
import type { YearRef } from "./ast.js";

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

/**
 * matchKey remembering its last answer: lookups come in runs for one cell (one per label
 * context), and the cell is the same string each time.
 */
function cachedMatchKey(): (text: string) => string {
  let lastText = "";
  let lastKey = "";
  return (text) => {
    if (text !== lastText) {
      lastKey = matchKey(text);
      lastText = text;
    }
    return lastKey;
  };
}

/** The first character of a text's match key (NFKC, spaces skipped), or "" for none. */
export function firstKeyChar(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isTrimSpace(code)) continue;
    const ch = String.fromCodePoint(text.codePointAt(i) ?? code);
    return nfkc(ch).charAt(0);
  }
  return "";
}

/** Compiles a validated profile into a vocabulary. */
export function compileVocabulary(profile: Profile): Vocabulary {
  const keyOf = cachedMatchKey();
  const markers = compileMarkers(profile);
  const labels = new Map<LabelContext, Map<string, string>>();
  for (const [context, fields] of Object.entries(profile.labels) as [LabelContext, Record<string, string[]>][]) {
    const map = new Map<string, string>();
    for (const [key, variants] of Object.entries(fields)) for (const variant of variants) map.set(matchKey(variant), key);
    labels.set(context, map);
  }
  const extras = new Map<string, string>(profile.extras.map((label) => [matchKey(label), label]));
  const measures = new Map<string, MeasureKey>();
  for (const [key, variants] of Object.entries(profile.measures) as [MeasureKey, string[]][]) for (const variant of variants) measures.set(matchKey(variant), key);
  const titles = compileTitles(profile);
  const artifactLines = new Set(profile.artifacts.lines.map(matchKey));
  const suffixes = profile.opinionSourceSuffixes.map(matchKey);

  // A cell much longer than the longest word cannot be one (even letter-spaced, `予 算 額`):
  // the length check keeps normalisation off the long text cells, the bulk of a sheet.
  const longest = (words: Iterable<string>) => Math.max(0, ...[...words].map((word) => word.length));
  const labelLimit = 3 * longest([...labels.values()].flatMap((map) => [...map.keys()]).concat([...extras.keys()], [...measures.keys()])) + 8;
  const titleLimit = 3 * longest(titles.map((t) => t.prefix + (t.suffix ?? ""))) + 40;
  const markerLimit = 3 * longest(markers.map((m) => m.prefix + (m.suffix ?? ""))) + 24;
  const artifactLimit = 3 * longest(artifactLines) + 16;
  // Most cells are values whose first character starts no word at all: reject them
  // before normalising the whole cell.
  const labelStarts = new Map<LabelContext, Set<string>>();
  for (const [context, map] of labels) labelStarts.set(context, new Set([...map.keys()].map((key) => key.charAt(0))));
  const artifactStarts = new Set([...artifactLines].map((key) => key.charAt(0)));
  // A year-bearing marker may begin with the year itself (`{year}の取組状況への意見`).
  const yearStarts = "令平昭RHSrhs0123456789";
  const markerStarts = new Set(markers.flatMap((m) => (m.prefix === "" ? [...yearStarts] : [m.prefix.charAt(0)])));
  const lookUp = (map: Map<string, string> | undefined, key: string): string | null =>
    // A label may carry a note, usually its unit or a code: `予算額（千円）`, `事業名(コード)`.
    map?.get(key) ?? map?.get(splitTrailingNote(key)?.base ?? "") ?? null;
  const label = (context: LabelContext, cellText: string): string | null => {
    if (cellText === "" || cellText.length > labelLimit) return null;
    const first = firstKeyChar(cellText);
    const enumerated = ENUMERATOR_STARTS.includes(first);
    if (!enumerated && !labelStarts.get(context)?.has(first)) return null;
    const map = labels.get(context);
    const key = keyOf(cellText);
    const direct = lookUp(map, key);
    if (direct !== null || !enumerated) return direct;
    // An enumerator or code before the label: `1 事業名`, `(2) 担当課`, `Ⅲ-1 施策`.
    const bare = stripEnumerator(key);
    return bare === null ? null : lookUp(map, bare);
  };

  const contexts = [...labels.keys()];
  const measure = (cellText: string): MeasureKey | null => {
    if (cellText === "" || cellText.length > labelLimit || measures.size === 0) return null;
    const key = keyOf(cellText);
    const direct = measures.get(key) ?? measures.get(splitTrailingNote(key)?.base ?? "") ?? null;
    if (direct !== null) return direct;
    const bare = stripEnumerator(key);
    return bare === null ? null : (measures.get(bare) ?? measures.get(splitTrailingNote(bare)?.base ?? "") ?? null);
  };
  const extra = (cellText: string): string | null => {
    if (cellText === "" || cellText.length > labelLimit || extras.size === 0) return null;
    const key = keyOf(cellText);
    const direct = extras.get(key) ?? null;
    if (direct !== null || !ENUMERATOR_STARTS.includes(key.charAt(0))) return direct;
    // `5 担当係`, as labels of the model may be enumerated.
    const bare = stripEnumerator(key);
    return bare === null ? null : (extras.get(bare) ?? null);
  };
  /** A label heading its cell, then its value after a space, a colon or an opening bracket. */
  const findInline = (lookUpLabel: (text: string) => string | null, starts: ReadonlySet<string> | undefined, cellText: string): InlineLabel | null => {
    const first = firstKeyChar(cellText);
    if (!starts?.has(first) && !ENUMERATOR_STARTS.includes(first)) return null;
    let separators = 0;
    for (let i = 1; i < cellText.length && i <= labelLimit && separators < MAX_INLINE_SEPARATORS; i++) {
      const code = cellText.charCodeAt(i);
      const isColon = code === 0x3a || code === 0xff1a;
      // A quoted value may follow its label directly: `事業の目的「市民の…」`.
      const isOpener = OPENING_BRACKETS.includes(cellText.charAt(i));
      if (!isTrimSpace(code) && !isColon && !isOpener) continue;
      separators++;
      const key = lookUpLabel(cellText.slice(0, i));
      if (key === null) continue;
      if (isOpener) return { key, labelEnd: i, valueStart: i };
      let valueStart = i + 1;
      while (valueStart < cellText.length && (isTrimSpace(cellText.charCodeAt(valueStart)) || cellText.charAt(valueStart) === ":" || cellText.charAt(valueStart) === "：")) valueStart++;
      return { key, labelEnd: i, valueStart };
    }
    return null;
  };
  const inlineLabel = (context: LabelContext, cellText: string): InlineLabel | null => findInline((text) => label(context, text), labelStarts.get(context), cellText);
  const extraStarts = new Set([...extras.keys()].map((key) => key.charAt(0)));
  const inlineExtra = (cellText: string): InlineLabel | null => (extras.size === 0 ? null : findInline(extra, extraStarts, cellText));

  return {
    profile,
    profileName: profile.name,
    marker(cellText) {
      if (cellText === "" || cellText.length > markerLimit) return null;
      const first = firstKeyChar(cellText);
      const enumerated = ENUMERATOR_STARTS.includes(first);
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
    inlineLabel,
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
    isAnyLabel: (cellText) => extra(cellText) !== null || measure(cellText) !== null || contexts.some((context) => label(context, cellText) !== null),
    startsWithAnyLabel: (cellText) => contexts.some((context) => inlineLabel(context, cellText) !== null) || inlineExtra(cellText) !== null,
    artifact(lineText) {
      if (lineText.length > artifactLimit) return null;
      const first = firstKeyChar(lineText);
      const pageLike = (first !== "" && PAGE_DASH_STARTS.includes(first)) || first === "p" || first === "P" || (first >= "0" && first <= "9");
      if (!pageLike && !artifactStarts.has(first)) return null;
      const key = keyOf(lineText);
      if (key === "") return null;
      if (artifactLines.has(key)) return "line";
      if (profile.artifacts.pageNumbers && (PAGE_DASHES.test(key) || PAGE_FRACTION.test(key) || PAGE_P.test(key))) return "pageNumber";
      return null;
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

