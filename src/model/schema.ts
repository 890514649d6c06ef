/**
 * The data model of SPEC §3, written once as zod schemas. TypeScript types come from
 * `z.infer`, and `sheetparse schema` prints the JSON Schema generated from these.
 * Objects are strict: the JSON Schema says `additionalProperties: false`, and the check
 * of every emitted Document (validate-document.ts) must reject a stray key as that does.
 */
import { z } from "zod";
import { ENCODING_NAMES, type EncodingName } from "../source/encoding-name.js";
import { INPUT_FORMATS, type InputFormat } from "../input/types.js";

/** 1-based source line of the object's first row; present only with `--positions`. */
const line = z.number().int().positive().optional();

/**
 * Where a line stands in the original file, beside `line`, for inputs read from PDF or Excel
 * (SPEC §8): the 1-based PDF `page`, or the worksheet `sheet` and the A1-style `cell`.
 * Present only with `--positions` (model objects) or when known (diagnostics).
 */
const place = {
  page: z.number().int().positive().optional(),
  sheet: z.string().optional(),
  cell: z.string().optional(),
};

export const quantityStatusSchema = z.enum(["value", "notApplicable", "blank"]);

export const quantitySchema = z.strictObject({
  /** The cell as written, trimmed. */
  raw: z.string(),
  status: quantityStatusSchema,
  /** The number; null unless status is "value" and the cell holds a number. */
  value: z.number().nullable(),
  /** Unit taken from the NFKC copy of the cell ("%", "人", "千円"). */
  unit: z.string().nullable(),
  /**
   * For money units (円, 千円, 万円, 百万円, 億円, 兆円): the amount in yen. Omitted unless status is
   * "value". Within ±(2^53 − 1), where every integer is exact: a larger amount is an invalid cell.
   */
  yen: z.number().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).optional(),
  line,
  ...place,
});

export const positionSchema = z.strictObject({
  /** 施策の大綱 */
  outline: z.string().nullable(),
  /** 施策の目的 or 施策の目標 */
  objective: z.string().nullable(),
  /** 施策 */
  policy: z.string().nullable(),
  /** 施策の方向 */
  direction: z.string().nullable(),
  line,
  ...place,
});

export const extraSchema = z.strictObject({
  label: z.string(),
  value: z.string(),
  /** 1-based line of the label. */
  line: z.number().int().positive(),
});

export const mainProjectSchema = z.strictObject({
  direction: z.string().nullable(),
  project: z.string().nullable(),
  department: z.string().nullable(),
  line,
  ...place,
});

export const targetValueSchema = z.strictObject({
  /** Western year of the column (2017 for `2017年`, 2022 for `令和4年度`). */
  year: z.number().int(),
  /** The column heading as written. */
  label: z.string(),
  value: quantitySchema,
  line,
  ...place,
});

export const targetSchema = z.strictObject({
  indicator: z.string().nullable(),
  basis: z.string().nullable(),
  direction: z.string().nullable(),
  values: z.array(targetValueSchema),
  line,
  ...place,
});

export const opinionSchema = z.strictObject({
  /** Fiscal year named by the section marker (令和2年度 → 2020). */
  fiscalYear: z.number().int().nullable(),
  /** The text before `からの意見`. */
  source: z.string().nullable(),
  text: z.string(),
  line,
  ...place,
});

export const policySheetSchema = z.strictObject({
  position: positionSchema,
  mainProjects: z.array(mainProjectSchema),
  targets: z.array(targetSchema),
  opinions: z.array(opinionSchema),
  achievementStatus: z.string().nullable(),
  extras: z.array(extraSchema),
  line,
  ...place,
});

/** actual: 決算; estimate: 決算見込; current: this year's budget; plan: a later year's (SPEC §3, §7.3). */
export const phaseSchema = z.enum(["actual", "estimate", "current", "plan"]);

/** A per-year measure the record has no key for (人件費, 一般財源 …), under its label as written. */
export const yearExtraSchema = z.strictObject({
  label: z.string(),
  value: quantitySchema,
  line,
  ...place,
});

export const fiscalYearRecordSchema = z.strictObject({
  /** Starting Western year of the Japanese fiscal year (April–March). */
  fiscalYear: z.number().int(),
  /** The year as written ("令和3年度"). */
  label: z.string(),
  phase: phaseSchema,
  budget: quantitySchema.nullable(),
  settlement: quantitySchema.nullable(),
  specificRevenue: quantitySchema.nullable(),
  outcomeTarget: quantitySchema.nullable(),
  outcomeActual: quantitySchema.nullable(),
  initialTarget: quantitySchema.nullable(),
  /** outcomeActual ÷ (initialTarget, else outcomeTarget) when both are values and the divisor is not 0. */
  achievementRate: z.number().nullable(),
  activities: z.string().nullable(),
  /** Per-year measures of a grid with no key above, label as written. */
  extras: z.array(yearExtraSchema),
  line,
  ...place,
});

export const checkSectionSchema = z.strictObject({
  fiscalYear: z.number().int().nullable(),
  evaluation: z.string().nullable(),
  analysis: z.string().nullable(),
  line,
  ...place,
});

export const actionSectionSchema = z.strictObject({
  /** 方針 */
  approach: z.string().nullable(),
  line,
  ...place,
});

export const indicatorSchema = z.strictObject({
  name: z.string().nullable(),
  unit: z.string().nullable(),
  line,
  ...place,
});

export const futureTargetSchema = z.strictObject({
  fiscalYear: z.number().int(),
  label: z.string(),
  value: quantitySchema,
  line,
  ...place,
});

export const projectSheetSchema = z.strictObject({
  name: z.string().nullable(),
  department: z.string().nullable(),
  purpose: z.string().nullable(),
  budgetAccount: z.string().nullable(),
  /** 施策 of the sheet's position; links to PolicySheet.position.policy. */
  policy: z.string().nullable(),
  /**
   * Index in `policies[]` of the 施策 sheet this 事業 belongs to (SPEC §5): the one of the same
   * 施策 name anywhere in the file, else the one before it; null when there is none.
   */
  policyIndex: z.number().int().nonnegative().nullable(),
  position: positionSchema,
  /** Ascending fiscalYear, one record per year. */
  years: z.array(fiscalYearRecordSchema),
  check: checkSectionSchema.nullable(),
  action: actionSectionSchema.nullable(),
  indicator: indicatorSchema.nullable(),
  futureTargets: z.array(futureTargetSchema),
  extras: z.array(extraSchema),
  line,
  ...place,
});

export const severitySchema = z.enum(["error", "warning", "info"]);

export const diagnosticSchema = z.strictObject({
  /** Never null: unreadable input uses the pseudo-rule `fatal`. */
  ruleId: z.string(),
  /** Stable id of the message kind within the rule. */
  messageId: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** 1-based line. */
  line: z.number().int().nonnegative(),
  /** 1-based column in UTF-16 code units. */
  column: z.number().int().nonnegative(),
  endLine: z.number().int().nonnegative().optional(),
  endColumn: z.number().int().nonnegative().optional(),
  /** The input's path, or null for standard input. */
  path: z.string().nullable(),
  ...place,
});

/** What the input was read as (SPEC §8); `text` is a plain-text sheet. */
export const inputFormatSchema = z.enum(INPUT_FORMATS);

export const encodingNameSchema = z.enum(ENCODING_NAMES);

export const sourceSchema = z.strictObject({
  path: z.string().nullable(),
  encoding: encodingNameSchema,
  bom: z.boolean(),
  /** Number of lines; a final line ending does not start another line. */
  lineCount: z.number().int().nonnegative(),
  /** Name of the template profile used. */
  profile: z.string(),
  /** How its lines were split into cells (SPEC §7.2); absent when the input could not be read. */
  layout: z.enum(["tab", "spaces", "pipes", "tokens"]).optional(),
  /** What the input was read as: `text`, or the format its rows were extracted from. */
  format: inputFormatSchema.optional(),
});

export const unrecognizedLineSchema = z.strictObject({
  line: z.number().int().positive(),
  text: z.string(),
});

export const documentSchema = z.strictObject({
  schemaVersion: z.literal(1),
  source: sourceSchema,
  policies: z.array(policySheetSchema),
  projects: z.array(projectSheetSchema),
  unrecognized: z.array(unrecognizedLineSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Quantity = z.infer<typeof quantitySchema>;
export type QuantityStatus = z.infer<typeof quantityStatusSchema>;
export type Position = z.infer<typeof positionSchema>;
export type Extra = z.infer<typeof extraSchema>;
export type MainProject = z.infer<typeof mainProjectSchema>;
export type TargetValue = z.infer<typeof targetValueSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Opinion = z.infer<typeof opinionSchema>;
export type PolicySheet = z.infer<typeof policySheetSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type FiscalYearRecord = z.infer<typeof fiscalYearRecordSchema>;
export type YearExtra = z.infer<typeof yearExtraSchema>;
export type CheckSection = z.infer<typeof checkSectionSchema>;
export type ActionSection = z.infer<typeof actionSectionSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type FutureTarget = z.infer<typeof futureTargetSchema>;
export type ProjectSheet = z.infer<typeof projectSheetSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type { EncodingName };
export type { InputFormat };
export type Source = z.infer<typeof sourceSchema>;
export type UnrecognizedLine = z.infer<typeof unrecognizedLineSchema>;
export type Document = z.infer<typeof documentSchema>;
