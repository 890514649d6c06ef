/**
 * The shape of the command line's own errors (output, reading, profiles): like a rule's
 * diagnostic, an id with typed data, worded only when printed, in the language asked for.
 * Made in library code that knows no language; the CLI renders them where it prints.
 */
import type { Lang } from "./types.js";

/** One id of a params table with its data: `{ id: "tooLarge", data: { limit, what } }`. */
export type Problem<P> = { [K in keyof P]: { id: K; data: P[K] } }[keyof P];

/** One language's wording of every id of a params table. */
export type ProblemCatalogue<P> = { readonly [K in keyof P]: (data: P[K]) => string };

/** Nothing to say beyond the id. */
export type Empty = Record<string, never>;

/** The problem in one language of `catalogues`. */
export function renderProblem<P>(catalogues: Readonly<Record<Lang, ProblemCatalogue<P>>>, lang: Lang, problem: Problem<P>): string {
  // The union of { id, data } pairs loses the pairing when indexed; the type of Problem guarantees it.
  const entry = catalogues[lang][problem.id] as (data: unknown) => string;
  return entry(problem.data);
}
