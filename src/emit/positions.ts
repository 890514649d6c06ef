/**
 * `--positions`: a copy of the document where every model object carries `line`, and, for
 * input read from a PDF or workbook, its `page` or `sheet` and `cell` (SPEC §8).
 */
import type { Locations } from "../model/locations.js";
import type { Document } from "../model/schema.js";
import type { Origins } from "../input/origins.js";

function withLines(value: unknown, locations: Locations, origins: Origins | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => withLines(item, locations, origins));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withLines(item, locations, origins);
  const span = locations.get(value);
  if (span && !("line" in copy)) {
    copy["line"] = span.start.line;
    Object.assign(copy, origins?.at(span.start.line, span.start.column));
  }
  return copy;
}

/** One sheet (or any model object) with its positions, as `addPositions` gives it: for a sheet written on its own (issue 13). */
export function withPositions<T extends object>(value: T, locations: Locations, origins?: Origins): T {
  return withLines(value, locations, origins) as T;
}

export function addPositions(document: Document, locations: Locations, origins?: Origins): Document {
  return {
    ...document,
    policies: withLines(document.policies, locations, origins) as Document["policies"],
    projects: withLines(document.projects, locations, origins) as Document["projects"],
  };
}
