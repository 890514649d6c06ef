/**
 * Ambiguities a profile must not have: one word for two sections, or one label for two
 * keys where both can be read at the same place. Words compare after NFKC without spaces.
 */
import { matchKey } from "../source/normalize.js";
import type { LabelContext, Profile } from "./schema.js";
import { renderProfileProblem, type ProfileProblem, type WordOwner } from "../messages/profile.js";

export interface ProfileConflict {
  /** Path of the second, conflicting word in the profile (`["labels", "yearBlock", "budget", 1]`). */
  path: (string | number)[];
  problem: ProfileProblem;
  /** The problem in English: what a clash is compared by, so that it is reported once. */
  message: string;
}

/** Label contexts read together: a 事業 section reads year-block labels and its own. */
const READ_TOGETHER: readonly (readonly LabelContext[])[] = [
  ["position"],
  ["mainProjects"],
  ["targets"],
  ["description"],
  ["yearBlock", "check"],
  ["yearBlock", "action"],
  ["yearBlock", "indicator"],
  ["yearBlock", "plan"],
];

interface Owner {
  path: (string | number)[];
  /** Compared to tell two owners apart. */
  name: string;
  owner: WordOwner;
}

function ownerAt(path: (string | number)[], who: WordOwner): Owner {
  const name = who.kind === "section" ? `section:${who.section}` : who.kind === "label" ? `${who.context}.${who.key}` : "extras";
  return { path, name, owner: who };
}

function claim(seen: Map<string, Owner>, word: string, owner: Owner, conflicts: ProfileConflict[]): void {
  const key = matchKey(word);
  const previous = seen.get(key);
  if (previous && previous.name !== owner.name) {
    const problem: ProfileProblem = { id: "wordConflict", data: { word, first: previous.owner, second: owner.owner } };
    conflicts.push({ path: owner.path, problem, message: renderProfileProblem("en", problem) });
    return;
  }
  if (!previous) seen.set(key, owner);
}

export function findConflicts(profile: Profile): ProfileConflict[] {
  const conflicts: ProfileConflict[] = [];
  const markers = new Map<string, Owner>();
  for (const [section, variants] of Object.entries(profile.markers)) {
    variants.forEach((variant, index) => claim(markers, variant, ownerAt(["markers", section, index], { kind: "section", section }), conflicts));
  }
  const reported = new Set<string>();
  for (const group of READ_TOGETHER) {
    const seen = new Map<string, Owner>();
    for (const context of group) {
      for (const [key, variants] of Object.entries(profile.labels[context] as Record<string, string[]>)) {
        variants.forEach((variant, index) => {
          const before = conflicts.length;
          claim(seen, variant, ownerAt(["labels", context, key, index], { kind: "label", context, key }), conflicts);
          // The year-block labels are read in four groups; report a clash once.
          const added = conflicts[before];
          if (added && reported.has(added.message)) conflicts.pop();
          else if (added) reported.add(added.message);
        });
      }
    }
    profile.extras.forEach((extra, index) => claim(seen, extra, ownerAt(["extras", index], { kind: "extra" }), conflicts));
  }
  return conflicts.filter((conflict, index) => conflicts.findIndex((other) => other.message === conflict.message) === index);
}
