/**
 * The template profile format: which words a city's sheets use for each section
 * marker and field label. The grammar lives in data (STYLE §5), validated when loaded.
 */
import { z } from "zod";
import { fieldKeys, MEASURE_KEYS, type FIELDS, type FieldContext } from "./fields.js";

/** The words of one field or marker. Empty: the profile never reads it (a base's word removed, or `extends: none`). */
const variants = z.array(z.string().min(1));

/** Section markers. A variant may hold `{year}` where a fiscal-year label stands (`【Check】{year}実績の評価と分析`). */
export const markersSchema = z.object({
  position: variants,
  mainProjects: variants,
  targets: variants,
  opinions: variants,
  achievementStatus: variants,
  description: variants,
  do: variants,
  check: variants,
  action: variants,
  indicator: variants,
  plan: variants,
}).strict();

/** The words of every field of a context, one list per key of the field table (fields.ts). */
function wordsOf<C extends FieldContext>(context: C) {
  const shape = Object.fromEntries(fieldKeys(context).map((key) => [key, variants])) as { [K in keyof (typeof FIELDS)[C]]: typeof variants };
  return z.object(shape).strict();
}

export const labelsSchema = z.object({
  position: wordsOf("position"),
  mainProjects: wordsOf("mainProjects"),
  targets: wordsOf("targets"),
  description: wordsOf("description"),
  yearBlock: wordsOf("yearBlock"),
  check: wordsOf("check"),
  action: wordsOf("action"),
  indicator: wordsOf("indicator"),
  plan: wordsOf("plan"),
}).strict();

/**
 * The measure rows of a year grid (SPEC §7.3) → the keys of a fiscal-year record. `cost`
 * (事業費) is the settlement in a 決算 / 決算見込 column and the budget in a 予算 column, and
 * unknown in a column with no phase; `settlement` words (決算額, 執行額) are the settlement
 * except in a 予算 column. A measure no list names goes to `years[].extras` under its label.
 */
export const measuresSchema = z.object(
  Object.fromEntries(MEASURE_KEYS.map((key) => [key, variants])) as { [K in (typeof MEASURE_KEYS)[number]]: typeof variants },
).strict();

/** Sheet titles; a variant may hold `{year}` (`{year}事務事業評価シート`), which gives the sheet its own fiscal year. */
export const titlesSchema = z.object({ policy: variants, project: variants }).strict();

/** Sections of a 事業 sheet that `required-section` may ask for. */
export const REQUIRABLE_SECTIONS = ["do", "check", "action", "plan"] as const;

/** The era that resolves era-less year headings (`25年度`) when the sheet names none. */
export const ERAS = ["reiwa", "heisei", "showa"] as const;

export const profileSchema = z.object({
  /** Name reported in `source.profile`. */
  name: z.string().min(1),
  description: z.string().optional(),
  markers: markersSchema,
  labels: labelsSchema,
  /** Suffixes that make a line name an opinion's source (`行政改革懇談会（市民）からの意見`). */
  opinionSourceSuffixes: variants,
  artifacts: z.object({
    /** Whole lines that are layout leftovers (`NEXT CYCLE`). */
    lines: z.array(z.string().min(1)),
    /** Recognise page numbers such as `- 3 -` and `3/12`. */
    pageNumbers: z.boolean(),
  }).strict(),
  /** Labels the model has no key for, kept on their sheet as `extras`. */
  extras: z.array(z.string().min(1)),
  /** Cells that mean "not applicable" besides the built-in dashes (`該当なし`, `＊`), compared after NFKC without spaces. */
  notApplicableMarks: z.array(z.string().min(1)),
  /** Unit given to money amounts (予算額, 決算額, うち特定財源) written without one, e.g. `千円`; null for none. */
  defaultMoneyUnit: z.string().min(1).nullable(),
  /**
   * Words that must all occur in a file for `--profile auto` to prefer this profile (a
   * title such as `事務事業評価シート`), compared after NFKC without spaces; empty: no preference.
   */
  detect: z.array(z.string().min(1)),
  /**
   * How lines become cells (SPEC §7.2): `auto` detects it per file; `tab`, `spaces` (runs
   * of two or more spaces, an ideographic space), `pipes` (cells ended by ` |`), `tokens`
   * (one cell per line) fix it.
   */
  layout: z.enum(["auto", "tab", "spaces", "pipes", "tokens"]),
  /** Measure rows of year grids, by the key they fill. */
  measures: measuresSchema,
  /** Title lines that start a sheet. */
  titles: titlesSchema,
  /** `reiwa`, `heisei` or `showa` for era-less year headings; null: only the sheet's own era. */
  era: z.enum(ERAS).nullable(),
  /** The sections every 事業 sheet of the template has (`required-section`): the reference's PDCA; none for most cities. */
  requiredSections: z.array(z.enum(REQUIRABLE_SECTIONS)),
}).strict();

export type Profile = z.infer<typeof profileSchema>;

const words = z.array(z.string().min(1));

/**
 * A list in a profile file: a plain list is ADDED to the base profile's words; an object
 * may `remove` some of the base's words and `add` others, or `replace` them all.
 */
const listEdit = z.union([
  words,
  z.object({ add: words.optional(), remove: words.optional() }).strict(),
  z.object({ replace: words }).strict(),
]);

export type ListEdit = z.infer<typeof listEdit>;

/** Every list of a context as an optional edit of the base's list. */
function contextEdits<T extends z.ZodRawShape>(shape: z.ZodObject<T>) {
  const edits = Object.fromEntries(Object.keys(shape.shape).map((key) => [key, listEdit.optional()])) as { [K in keyof T]: z.ZodOptional<typeof listEdit> };
  return z.object(edits).strict();
}

/**
 * The profile file format (YAML). `extends` names the base: a built-in profile, another
 * profile file (relative to this one), or `none` to start from no words at all. Lists
 * edit the base's lists (see `listEdit`); scalar settings replace the base's.
 */
export const profileFileSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  /** `reference`, `none`, or a profile file; required, so that what a profile builds on is never a surprise. */
  extends: z.string().min(1),
  markers: contextEdits(markersSchema).optional(),
  labels: z.object({
    position: contextEdits(labelsSchema.shape.position).optional(),
    mainProjects: contextEdits(labelsSchema.shape.mainProjects).optional(),
    targets: contextEdits(labelsSchema.shape.targets).optional(),
    description: contextEdits(labelsSchema.shape.description).optional(),
    yearBlock: contextEdits(labelsSchema.shape.yearBlock).optional(),
    check: contextEdits(labelsSchema.shape.check).optional(),
    action: contextEdits(labelsSchema.shape.action).optional(),
    indicator: contextEdits(labelsSchema.shape.indicator).optional(),
    plan: contextEdits(labelsSchema.shape.plan).optional(),
  }).strict().optional(),
  opinionSourceSuffixes: listEdit.optional(),
  artifacts: z.object({ lines: listEdit.optional(), pageNumbers: z.boolean().optional() }).strict().optional(),
  extras: listEdit.optional(),
  notApplicableMarks: listEdit.optional(),
  defaultMoneyUnit: z.string().min(1).nullable().optional(),
  detect: listEdit.optional(),
  layout: z.enum(["auto", "tab", "spaces", "pipes", "tokens"]).optional(),
  measures: contextEdits(measuresSchema).optional(),
  titles: contextEdits(titlesSchema).optional(),
  era: z.enum(ERAS).nullable().optional(),
  /** Replaces the base's list. */
  requiredSections: z.array(z.enum(REQUIRABLE_SECTIONS)).optional(),
}).strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;
export type SectionKey = keyof Profile["markers"];
export type LabelContext = keyof Profile["labels"];
export type MeasureKey = keyof Profile["measures"];
export type Era = (typeof ERAS)[number];
export type LabelKey<C extends LabelContext> = keyof Profile["labels"][C] & string;
