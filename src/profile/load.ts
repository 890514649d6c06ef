/**
 * Resolves `--profile NAME|FILE`: a built-in profile by name, or a YAML profile file,
 * validated with zod; every error names the profile file's line and column.
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { builtinProfiles, DEFAULT_PROFILE } from "./registry.js";
import { findConflicts } from "./conflicts.js";
import { mergeProfile } from "./merge.js";
import type { Profile } from "./schema.js";

export type ProfileLoad = { ok: true; profile: Profile } | { ok: false; message: string };

/** How deep `extends` may chain; deeper is almost surely a cycle. */
const MAX_EXTENDS = 8;

type YamlModule = typeof import("yaml");
type YamlDocument = ReturnType<YamlModule["parseDocument"]>;

/** `file:line:column` of the node at `path` (or of the key `key` inside it). */
function locate(yaml: YamlModule, document: YamlDocument, lineCounter: InstanceType<YamlModule["LineCounter"]>, file: string, path: readonly PropertyKey[], key?: string): string {
  let node: unknown = document.getIn(path as unknown[], true);
  while (node === undefined && path.length > 0) {
    path = path.slice(0, -1);
    node = document.getIn(path as unknown[], true);
  }
  if (node === undefined) node = document.contents;
  let offset = 0;
  if (yaml.isMap(node) && key !== undefined) {
    const pair = node.items.find((item) => yaml.isScalar(item.key) && item.key.value === key);
    if (pair && yaml.isScalar(pair.key) && pair.key.range) offset = pair.key.range[0];
  } else if (yaml.isNode(node) && node.range) {
    offset = node.range[0];
  }
  const { line, col } = lineCounter.linePos(offset);
  return `${file}:${line}:${col}`;
}

async function loadFile(path: string, depth: number, visiting: readonly string[] = []): Promise<ProfileLoad> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    const names = [...builtinProfiles.keys()].join(", ");
    return { ok: false, message: `unknown profile "${path}" (built-in profiles: ${names}; or give a YAML profile file)` };
  }
  const yaml = await import("yaml");
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, uniqueKeys: true });
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const at = syntaxError.linePos?.[0];
    return { ok: false, message: `${path}:${at?.line ?? 1}:${at?.col ?? 1}: ${syntaxError.message.split("\n")[0] ?? "invalid YAML"}` };
  }
  // zod is loaded only for profile files: the built-in profiles are typed data.
  const { profileFileSchema } = await import("./schema.js");
  const parsed = profileFileSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return { ok: false, message: `${path}: invalid profile` };
    const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const where = locate(yaml, document, lineCounter, path, issue.path, unknownKey);
    const message = unknownKey === undefined ? issue.message : `unknown key "${unknownKey}"`;
    return { ok: false, message: `${where}: ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${message}` };
  }
  const file = parsed.data;
  let base: Profile = DEFAULT_PROFILE;
  if (file.extends !== undefined) {
    if (depth >= MAX_EXTENDS) return { ok: false, message: `${locate(yaml, document, lineCounter, path, ["extends"])}: extends chains more than ${MAX_EXTENDS} profiles` };
    const builtin = builtinProfiles.get(file.extends);
    if (builtin) {
      base = builtin;
    } else {
      const target = resolve(dirname(path), file.extends);
      if ([...visiting, resolve(path)].includes(target)) {
        return { ok: false, message: `${locate(yaml, document, lineCounter, path, ["extends"])}: extends ${file.extends}, which extends this profile again (a cycle)` };
      }
      const loaded = await loadFile(target, depth + 1, [...visiting, resolve(path)]);
      if (!loaded.ok) return { ok: false, message: `${locate(yaml, document, lineCounter, path, ["extends"])}: in extended profile: ${loaded.message}` };
      base = loaded.profile;
    }
  }
  const profile = mergeProfile(base, file);
  const conflict = findConflicts(profile)[0];
  if (conflict) return { ok: false, message: `${locate(yaml, document, lineCounter, path, fileOwnPath(conflict.path, base))}: ${conflict.message}` };
  return { ok: true, profile };
}

/** Converts a path in the merged profile to the path in the file (list indices shift by the base's length). */
function fileOwnPath(path: (string | number)[], base: Profile): (string | number)[] {
  const index = path[path.length - 1];
  if (typeof index !== "number") return path;
  let baseList: unknown = base;
  for (const step of path.slice(0, -1)) baseList = (baseList as Record<string, unknown> | undefined)?.[String(step)];
  const baseLength = Array.isArray(baseList) ? baseList.length : 0;
  return [...path.slice(0, -1), Math.max(0, index - baseLength)];
}

export async function loadProfile(nameOrPath: string): Promise<ProfileLoad> {
  const builtin = builtinProfiles.get(nameOrPath);
  if (builtin) return { ok: true, profile: builtin };
  return loadFile(nameOrPath, 0);
}
