/**
 * Which 施策 sheet each 事業 sheet belongs to (SPEC §5): the 施策 sheet of the same 施策
 * name anywhere in the file, else the 施策 sheet before it. Decided once, here, as
 * `ProjectSheet.policyIndex`; the rules and the HTML report read it and never decide again.
 */
import { comparable } from "./compare-text.js";
import type { PolicySheet, ProjectSheet } from "./schema.js";

/** Of ascending `indices`, the last one below `limit`, or null. */
function lastBelow(indices: readonly number[], limit: number): number | null {
  let low = 0;
  let high = indices.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((indices[middle] ?? limit) < limit) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : (indices[low - 1] ?? null);
}

/** What linking needs of a 施策 sheet: its 施策 name as the rules compare names ("" when it states none). */
export function policyKeyOf(policy: PolicySheet): string {
  return policy.position.policy === null ? "" : comparable(policy.position.policy);
}

/** What linking needs of a 事業 sheet: the 施策 it names, compared likewise (null when none). */
export function projectKeyOf(project: ProjectSheet): string | null {
  return project.policy === null ? null : comparable(project.policy);
}

/**
 * The `policyIndex` of every project, from the keys above alone, so that the sheets
 * themselves need not be kept until the end of the file (issue 13). `policiesBefore[i]` is
 * how many 施策 sheets precede project i in the file. When several 施策 sheets share the
 * name (a file holding two years' sheets), the nearest one before the 事業 wins, else the
 * first one after it; a 事業 naming no known 施策 belongs to the 施策 sheet before it.
 */
export function policyLinks(policyKeys: readonly string[], projectKeys: readonly (string | null)[], policiesBefore: readonly number[]): (number | null)[] {
  const byName = new Map<string, number[]>();
  policyKeys.forEach((name, index) => {
    if (name === "") return;
    const list = byName.get(name);
    if (list) list.push(index);
    else byName.set(name, [index]);
  });
  return projectKeys.map((key, index) => {
    const before = policiesBefore[index] ?? 0;
    const named = key === null ? undefined : byName.get(key);
    if (named) return lastBelow(named, before) ?? named[0] ?? null;
    return before > 0 ? before - 1 : null;
  });
}
