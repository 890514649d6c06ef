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

/**
 * Sets `policyIndex` of every project. `policiesBefore[i]` is how many 施策 sheets precede
 * project i in the file. Names match as the rules compare them (NFKC, `，、` folded). When
 * several 施策 sheets share the name (a file holding two years' sheets), the nearest one
 * before the 事業 wins, else the first one after it.
 */
export function linkPolicies(policies: readonly PolicySheet[], projects: readonly ProjectSheet[], policiesBefore: readonly number[]): void {
  const byName = new Map<string, number[]>();
  policies.forEach((policy, index) => {
    const name = policy.position.policy === null ? "" : comparable(policy.position.policy);
    if (name === "") return;
    const list = byName.get(name);
    if (list) list.push(index);
    else byName.set(name, [index]);
  });
  projects.forEach((project, index) => {
    const before = policiesBefore[index] ?? 0;
    const named = project.policy === null ? undefined : byName.get(comparable(project.policy));
    if (named) project.policyIndex = lastBelow(named, before) ?? named[0] ?? null;
    else project.policyIndex = before > 0 ? before - 1 : null;
  });
}
