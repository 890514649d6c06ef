/** Applies a profile file to its base: lists are added to, scalar settings replaced. */
import type { Profile, ProfileFile } from "./schema.js";

function union(base: readonly string[], added: readonly string[] | undefined): string[] {
  return [...new Set([...base, ...(added ?? [])])];
}

function mergeRecord<T extends Record<string, string[]>>(base: T, added: { [K in keyof T]?: string[] | undefined } | undefined): T {
  const out = { ...base };
  for (const key of Object.keys(base) as (keyof T)[]) out[key] = union(base[key] ?? [], added?.[key]) as T[keyof T];
  return out;
}

export function mergeProfile(base: Profile, file: ProfileFile): Profile {
  const labels = file.labels;
  const description = file.description ?? base.description;
  return {
    name: file.name,
    ...(description === undefined ? {} : { description }),
    markers: mergeRecord(base.markers, file.markers),
    labels: {
      position: mergeRecord(base.labels.position, labels?.position),
      mainProjects: mergeRecord(base.labels.mainProjects, labels?.mainProjects),
      targets: mergeRecord(base.labels.targets, labels?.targets),
      description: mergeRecord(base.labels.description, labels?.description),
      yearBlock: mergeRecord(base.labels.yearBlock, labels?.yearBlock),
      check: mergeRecord(base.labels.check, labels?.check),
      action: mergeRecord(base.labels.action, labels?.action),
      indicator: mergeRecord(base.labels.indicator, labels?.indicator),
      plan: mergeRecord(base.labels.plan, labels?.plan),
    },
    opinionSourceSuffixes: union(base.opinionSourceSuffixes, file.opinionSourceSuffixes),
    artifacts: {
      lines: union(base.artifacts.lines, file.artifacts?.lines),
      pageNumbers: file.artifacts?.pageNumbers ?? base.artifacts.pageNumbers,
    },
    extras: union(base.extras, file.extras),
    notApplicableMarks: union(base.notApplicableMarks, file.notApplicableMarks),
    defaultMoneyUnit: file.defaultMoneyUnit === undefined ? base.defaultMoneyUnit : file.defaultMoneyUnit,
  };
}
