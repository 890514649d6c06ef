/**
 * The template profile format: which words a city's sheets use for each section
 * marker and field label. The grammar lives in data (STYLE §5), validated when loaded.
 */
import { z } from "zod";

const variants = z.array(z.string().min(1)).min(1);

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

export const labelsSchema = z.object({
  position: z.object({ outline: variants, objective: variants, policy: variants, direction: variants }).strict(),
  mainProjects: z.object({ direction: variants, project: variants, department: variants }).strict(),
  targets: z.object({ indicator: variants, basis: variants, direction: variants }).strict(),
  description: z.object({ name: variants, department: variants, purpose: variants, budgetAccount: variants }).strict(),
  yearBlock: z.object({
    budget: variants,
    settlement: variants,
    specificRevenue: variants,
    outcomeTarget: variants,
    outcomeActual: variants,
    initialTarget: variants,
    activities: variants,
  }).strict(),
  check: z.object({ evaluation: variants, analysis: variants }).strict(),
  action: z.object({ approach: variants }).strict(),
  indicator: z.object({ unit: variants }).strict(),
  plan: z.object({ futureTargets: variants }).strict(),
}).strict();

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
}).strict();

export type Profile = z.infer<typeof profileSchema>;

/** Every list of a context, optional: a profile that `extends` another states only its differences. */
function partialContexts<T extends z.ZodRawShape>(shape: z.ZodObject<T>) {
  return shape.partial();
}

/**
 * The profile file format (YAML). Lists are added to the base profile's lists; scalar
 * settings replace the base's. Without `extends`, the base is the reference profile.
 */
export const profileFileSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  /** The built-in profile (or profile file, relative to this one) whose words this one adds to. */
  extends: z.string().min(1).optional(),
  markers: markersSchema.partial().optional(),
  labels: z.object({
    position: partialContexts(labelsSchema.shape.position).optional(),
    mainProjects: partialContexts(labelsSchema.shape.mainProjects).optional(),
    targets: partialContexts(labelsSchema.shape.targets).optional(),
    description: partialContexts(labelsSchema.shape.description).optional(),
    yearBlock: partialContexts(labelsSchema.shape.yearBlock).optional(),
    check: partialContexts(labelsSchema.shape.check).optional(),
    action: partialContexts(labelsSchema.shape.action).optional(),
    indicator: partialContexts(labelsSchema.shape.indicator).optional(),
    plan: partialContexts(labelsSchema.shape.plan).optional(),
  }).strict().optional(),
  opinionSourceSuffixes: variants.optional(),
  artifacts: z.object({ lines: z.array(z.string().min(1)).optional(), pageNumbers: z.boolean().optional() }).strict().optional(),
  extras: z.array(z.string().min(1)).optional(),
  notApplicableMarks: z.array(z.string().min(1)).optional(),
  defaultMoneyUnit: z.string().min(1).nullable().optional(),
}).strict();

export type ProfileFile = z.infer<typeof profileFileSchema>;
export type SectionKey = keyof Profile["markers"];
export type LabelContext = keyof Profile["labels"];
export type LabelKey<C extends LabelContext> = keyof Profile["labels"][C] & string;
