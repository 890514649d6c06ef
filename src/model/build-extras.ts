/** Labels a profile keeps that the model has no key for (`extras`). */
import type { SheetNode } from "../syntax/ast.js";
import type { Locations } from "./locations.js";
import type { Extra } from "./schema.js";
import { entriesIn, entryText } from "./tree-read.js";

export function collectExtras(sheet: SheetNode, locations: Locations, profileHasExtras: boolean): Extra[] {
  const extras: Extra[] = [];
  // Most profiles keep no extras: skip walking every field of the sheet for none.
  if (!profileHasExtras) return extras;
  for (const section of sheet.children) {
    const scopes = [section, ...section.children.filter((child) => child.type === "yearBlock")];
    for (const scope of scopes) {
      for (const ref of entriesIn(scope)) {
        const { entry, field } = ref;
        if (entry.context !== "extras") continue;
        const extra: Extra = { label: entry.key, value: entryText(ref) ?? "", line: field.position.start.line };
        locations.set(extra, field.position);
        extras.push(extra);
      }
    }
  }
  return extras.sort((a, b) => a.line - b.line);
}
