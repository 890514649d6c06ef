/** 総合計画上の位置付け → Position, for both sheet kinds. */
import type { SheetNode } from "../syntax/ast.js";
import type { Locations } from "./locations.js";
import { ignoreSecondValue, type UnclaimedCell } from "./build-context.js";
import type { Position } from "./schema.js";
import { entriesIn, entrySpan, entryText, sectionsOf, valueSpan } from "./tree-read.js";

const POSITION_KEYS = ["outline", "objective", "policy", "direction"] as const;
type PositionKey = (typeof POSITION_KEYS)[number];

function isPositionKey(key: string): key is PositionKey {
  return (POSITION_KEYS as readonly string[]).includes(key);
}

/** A value written for a key already read is named in `unclaimed`, not dropped silently. */
export function buildPosition(sheet: SheetNode, locations: Locations, context?: { unclaimed: UnclaimedCell[] }): Position {
  const position: Position = { outline: null, objective: null, policy: null, direction: null };
  for (const section of sectionsOf(sheet, "position")) {
    locations.set(position, section.position);
    for (const ref of entriesIn(section)) {
      const { entry, field } = ref;
      if (entry.context !== "position" || !isPositionKey(entry.key)) continue;
      if (position[entry.key] !== null) {
        ignoreSecondValue(context, entry.label, entryText(ref), position[entry.key], entrySpan(ref));
        continue;
      }
      position[entry.key] = entryText(ref);
      locations.set(position, field.position);
      locations.setField(position, entry.key, valueSpan(entry));
    }
  }
  return position;
}
