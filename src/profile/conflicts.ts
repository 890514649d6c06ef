/**
 * Ambiguities a profile must not have: one word for two sections, or one label for two
 * keys where both can be read at the same place. Words compare after NFKC without spaces.
 */
import { matchKey } from "../source/normalize.js";
import type { LabelContext, Profile } from "./schema.js";

export interface ProfileConflict {
  /** Path of the second, conflicting word in the profile (`["labels", "yearBlock", "budget", 1]`). */
  path: (string | number)[];
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
  name: string;
}

function claim(seen: Map<string, Owner>, word: string, owner: Owner, conflicts: ProfileConflict[]): void {
  const key = matchKey(word);
  const previous = seen.get(key);
  if (previous && previous.name !== owner.name) {
    conflicts.push({ path: owner.path, message: `"${word}" is already the word for ${previous.name}; one word cannot stand for ${previous.name} and ${owner.name} (remove it from the one with { remove: [${word}] })` });
    return;
  }
  if (!previous) seen.set(key, owner);
}

export function findConflicts(profile: Profile): ProfileConflict[] {
  const conflicts: ProfileConflict[] = [];
  const markers = new Map<string, Owner>();
  for (const [section, variants] of Object.entries(profile.markers)) {
    variants.forEach((variant, index) => claim(markers, variant, { path: ["markers", section, index], name: `the ${section} section` }, conflicts));
  }
  const reported = new Set<string>();
  for (const group of READ_TOGETHER) {
    const seen = new Map<string, Owner>();
    for (const context of group) {
      for (const [key, variants] of Object.entries(profile.labels[context] as Record<string, string[]>)) {
        variants.forEach((variant, index) => {
          const before = conflicts.length;
          claim(seen, variant, { path: ["labels", context, key, index], name: `${context}.${key}` }, conflicts);
          // The year-block labels are read in four groups; report a clash once.
          const added = conflicts[before];
          if (added && reported.has(added.message)) conflicts.pop();
          else if (added) reported.add(added.message);
        });
      }
    }
    profile.extras.forEach((extra, index) => claim(seen, extra, { path: ["extras", index], name: "an extras label" }, conflicts));
  }
  return conflicts.filter((conflict, index) => conflicts.findIndex((other) => other.message === conflict.message) === index);
}
