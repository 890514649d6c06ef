/**
 * Applies a profile file to its base: each list is edited (words added, removed or the
 * list replaced), scalar settings replaced. A word to remove that the base does not have
 * is an error, so a typo cannot silently keep the base's word.
 */
import type { ListEdit, Profile, ProfileFile } from "./schema.js";
import { matchKey } from "../source/normalize.js";
import { fieldKeys, MEASURE_KEYS } from "./fields.js";

/** A word the file asks to remove that its base list does not hold; `path` is where it stands in the file. */
export interface MergeError {
  path: (string | number)[];
  message: string;
}

/** The profile `extends: none` starts from: no words, no page numbers, no settings. */
export function emptyProfile(name: string): Profile {
  const none = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, []])) as unknown as Record<K, string[]>;
  return {
    name,
    markers: none(["position", "mainProjects", "targets", "opinions", "achievementStatus", "description", "do", "check", "action", "indicator", "plan"]),
    labels: {
      position: none(fieldKeys("position")),
      mainProjects: none(fieldKeys("mainProjects")),
      targets: none(fieldKeys("targets")),
      description: none(fieldKeys("description")),
      yearBlock: none(fieldKeys("yearBlock")),
      check: none(fieldKeys("check")),
      action: none(fieldKeys("action")),
      indicator: none(fieldKeys("indicator")),
      plan: none(fieldKeys("plan")),
    },
    opinionSourceSuffixes: [],
    artifacts: { lines: [], pageNumbers: false },
    extras: [],
    notApplicableMarks: [],
    defaultMoneyUnit: null,
    detect: [],
    layout: "auto",
    measures: none(MEASURE_KEYS),
    titles: none(["policy", "project"]),
    era: null,
    requiredSections: [],
  };
}

function applyEdit(base: readonly string[], edit: ListEdit | undefined, path: (string | number)[], errors: MergeError[]): string[] {
  if (edit === undefined) return [...base];
  if (Array.isArray(edit)) return [...new Set([...base, ...edit])];
  if ("replace" in edit) return [...new Set(edit.replace)];
  const removed = new Set<string>();
  (edit.remove ?? []).forEach((word, index) => {
    const key = matchKey(word);
    if (!base.some((kept) => matchKey(kept) === key)) {
      errors.push({ path: [...path, "remove", index], message: `cannot remove "${word}": the base profile has no such word here (it has ${base.length === 0 ? "none" : base.map((w) => `"${w}"`).join(", ")})` });
    }
    removed.add(key);
  });
  const kept = base.filter((word) => !removed.has(matchKey(word)));
  return [...new Set([...kept, ...(edit.add ?? [])])];
}

function editRecord<T extends Record<string, string[]>>(base: T, edits: { [K in keyof T]?: ListEdit | undefined } | undefined, path: string[], errors: MergeError[]): T {
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof T & string)[]) out[key] = applyEdit(base[key] ?? [], edits?.[key], [...path, key], errors) as T[keyof T & string];
  return out;
}

export function mergeProfile(base: Profile, file: ProfileFile): { profile: Profile; errors: MergeError[] } {
  const errors: MergeError[] = [];
  const labels = file.labels;
  const description = file.description ?? base.description;
  const profile: Profile = {
    name: file.name,
    ...(description === undefined ? {} : { description }),
    markers: editRecord(base.markers, file.markers, ["markers"], errors),
    labels: {
      position: editRecord(base.labels.position, labels?.position, ["labels", "position"], errors),
      mainProjects: editRecord(base.labels.mainProjects, labels?.mainProjects, ["labels", "mainProjects"], errors),
      targets: editRecord(base.labels.targets, labels?.targets, ["labels", "targets"], errors),
      description: editRecord(base.labels.description, labels?.description, ["labels", "description"], errors),
      yearBlock: editRecord(base.labels.yearBlock, labels?.yearBlock, ["labels", "yearBlock"], errors),
      check: editRecord(base.labels.check, labels?.check, ["labels", "check"], errors),
      action: editRecord(base.labels.action, labels?.action, ["labels", "action"], errors),
      indicator: editRecord(base.labels.indicator, labels?.indicator, ["labels", "indicator"], errors),
      plan: editRecord(base.labels.plan, labels?.plan, ["labels", "plan"], errors),
    },
    opinionSourceSuffixes: applyEdit(base.opinionSourceSuffixes, file.opinionSourceSuffixes, ["opinionSourceSuffixes"], errors),
    artifacts: {
      lines: applyEdit(base.artifacts.lines, file.artifacts?.lines, ["artifacts", "lines"], errors),
      pageNumbers: file.artifacts?.pageNumbers ?? base.artifacts.pageNumbers,
    },
    extras: applyEdit(base.extras, file.extras, ["extras"], errors),
    notApplicableMarks: applyEdit(base.notApplicableMarks, file.notApplicableMarks, ["notApplicableMarks"], errors),
    defaultMoneyUnit: file.defaultMoneyUnit === undefined ? base.defaultMoneyUnit : file.defaultMoneyUnit,
    detect: applyEdit(base.detect, file.detect, ["detect"], errors),
    layout: file.layout ?? base.layout,
    measures: editRecord(base.measures, file.measures, ["measures"], errors),
    titles: editRecord(base.titles, file.titles, ["titles"], errors),
    era: file.era === undefined ? base.era : file.era,
    requiredSections: file.requiredSections ?? base.requiredSections,
  };
  return { profile, errors };
}
