/**
 * Lookups the rules share: the markers of a sheet's sections, where a sheet starts, and
 * how a message names the 事業 or 施策 concerned.
 */
import type { SectionKey } from "../profile/schema.js";
import type { MarkerNode, SheetNode, Span } from "../syntax/ast.js";
import type { PolicySheet, ProjectSheet } from "../model/schema.js";
import type { Who } from "../messages/types.js";
import type { SheetPlace } from "./types.js";

/** The marker of the sheet's first section with this key, or null when the section is absent. */
export function markerOf(node: SheetNode, key: SectionKey): MarkerNode | null {
  for (const section of node.children) {
    if (section.key !== key) continue;
    const marker = section.children[0];
    return marker?.type === "marker" ? marker : null;
  }
  return null;
}

/** The span of a marker's own cell (the marker text, not the section it opens). */
export function markerSpan(marker: MarkerNode): Span {
  return marker.cells.find((cell) => cell.text !== "")?.position ?? marker.position;
}

/** The first line of a sheet, as a span of its first cell: where sheet-wide problems are reported. */
function sheetStartSpan(node: SheetNode): Span {
  const first = node.children[0]?.children[0];
  return first?.type === "marker" ? markerSpan(first) : { start: node.position.start, end: node.position.start };
}

/** Where a sheet starts: all that messages need of its tree once it is dropped. */
export function placeOf(node: SheetNode): SheetPlace {
  return { line: node.position.start.line, start: sheetStartSpan(node) };
}

/** The 事業 a message is about: its 事業名 as written, or where the sheet starts when it has none. */
export function nameProject(project: ProjectSheet, place: SheetPlace): Who {
  return { sheet: "project", name: project.name, line: place.line };
}

/** The same for a 事業 or 施策 sheet of which only its name and first line were kept (cross-sheet rules). */
export function nameSheet(sheet: Who["sheet"], name: string | null, line: number): Who {
  return { sheet, name, line };
}

/** The 施策 sheet a message is about: its 施策 as written, or where the sheet starts when it states none. */
export function namePolicy(policy: PolicySheet, place: SheetPlace): Who {
  return { sheet: "policy", name: policy.position.policy, line: place.line };
}
