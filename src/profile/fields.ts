/**
 * The template as data (issue 11 part 5): every field the model has, by the context its
 * label is read in, with its kind. The parser (which values may come from the next line,
 * which run on as prose), the model (which cells are amounts), the rules and the CSV
 * writer read this one table; the profile names the words of each field.
 *
 * - `text`: one value, in its row or on the next line;
 * - `prose`: a text that may run over several lines;
 * - `quantity`: a number with its unit; `money`: a quantity in yen units;
 * - `years`: a row of year headings with a row of values under it (今後の成果目標).
 */
export type FieldKind = "text" | "prose" | "quantity" | "money" | "years";

export const FIELDS = {
  position: { outline: "text", objective: "text", policy: "text", direction: "text" },
  mainProjects: { direction: "text", project: "text", department: "text" },
  targets: { indicator: "text", basis: "text", direction: "text" },
  description: { name: "text", department: "text", purpose: "prose", budgetAccount: "text" },
  yearBlock: {
    budget: "money",
    settlement: "money",
    specificRevenue: "money",
    outcomeTarget: "quantity",
    outcomeActual: "quantity",
    initialTarget: "quantity",
    activities: "prose",
  },
  check: { evaluation: "prose", analysis: "prose" },
  action: { approach: "prose" },
  indicator: { unit: "text" },
  plan: { futureTargets: "years" },
} as const satisfies Record<string, Record<string, FieldKind>>;

export type FieldContext = keyof typeof FIELDS;

/** The keys of a context, in the table's order. */
export function fieldKeys<C extends FieldContext>(context: C): (keyof (typeof FIELDS)[C] & string)[] {
  return Object.keys(FIELDS[context]) as (keyof (typeof FIELDS)[C] & string)[];
}

function keysOfKind(...kinds: FieldKind[]): ReadonlySet<string> {
  const keys = new Set<string>();
  for (const fields of Object.values(FIELDS)) for (const [key, kind] of Object.entries(fields)) if (kinds.includes(kind)) keys.add(key);
  return keys;
}

/** Fields whose value is prose: it runs to the end of its cell, and may go on over lines. */
export const PROSE_KEYS = keysOfKind("prose");

/** Fields whose value is a quantity or a row of them: in the reference's tabs, in their own row. */
export const QUANTITY_KEYS = keysOfKind("quantity", "money", "years");

/** Amounts: yen units, a default money unit, and a table's unit note apply to them. */
export const MONEY_KEYS = keysOfKind("money");

/** The quantity fields of a fiscal-year record, in the table's order. */
export const YEAR_QUANTITY_KEYS = ["budget", "settlement", "specificRevenue", "outcomeTarget", "outcomeActual", "initialTarget"] as const satisfies readonly (keyof typeof FIELDS.yearBlock)[];

/** The measures of a grid: the year's quantity keys, and `cost`, whose key is the column's phase's. */
export const MEASURE_KEYS = ["budget", "settlement", "cost", "specificRevenue", "outcomeTarget", "outcomeActual", "initialTarget"] as const;
