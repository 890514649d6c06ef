/** `--positions`: a copy of the document where every model object carries `line`. */
import type { Locations } from "../model/locations.js";
import type { Document } from "../model/schema.js";

function withLines(value: unknown, locations: Locations): unknown {
  if (Array.isArray(value)) return value.map((item) => withLines(item, locations));
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withLines(item, locations);
  const span = locations.get(value);
  if (span && !("line" in copy)) copy["line"] = span.start.line;
  return copy;
}

export function addPositions(document: Document, locations: Locations): Document {
  return {
    ...document,
    policies: withLines(document.policies, locations) as Document["policies"],
    projects: withLines(document.projects, locations) as Document["projects"],
  };
}
