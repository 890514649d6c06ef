/**
 * Resolves `--profile NAME|FILE`: a built-in profile by name, or a YAML profile file,
 * validated with zod; every error names the profile file's line and column, and comes as a
 * message id with its data (messages/profile.ts) for the CLI to word in the user's language.
 */
import { dirname, resolve } from "node:path";
import { builtinProfiles, DEFAULT_PROFILE } from "./registry.js";
import { findConflicts } from "./conflicts.js";
import { readTextFile } from "../source/read-text.js";
import { toJsBounded } from "./yaml-to-js.js";
import { emptyProfile, mergeProfile } from "./merge.js";
import type { ListEdit, Profile, ProfileFile } from "./schema.js";
import { renderProfileError, type ProfileError, type ProfileProblem } from "../messages/profile.js";

/** `message`: `error` in English, as library callers have always read it. */
export type ProfileLoad = { ok: true; profile: Profile } | { ok: false; message: string; error: ProfileError };

/** A failed load: `problem` at `at` (and `key`, the setting's dotted path). */
export function profileFailure(at: string | null, problem: ProfileProblem, key?: string): { ok: false; message: string; error: ProfileError } {
  const error: ProfileError = key === undefined ? { at, problem } : { at, key, problem };
  return { ok: false, message: renderProfileError("en", error), error };
}

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
  const read = readTextFile(path, "profile");
  if (!read.ok) {
    if (read.code === "ENOENT") return profileFailure(null, { id: "unknownProfile", data: { name: path, builtins: [...builtinProfiles.keys()] } });
    if (read.code === "EISDIR") return profileFailure(path, { id: "isDirectory", data: {} });
    const { failure } = read;
    return failure.id === "unreadable"
      ? profileFailure(path, { id: "unreadable", data: { reason: failure.reason } })
      : profileFailure(`${path}:${failure.line}:${failure.column}`, { id: "undecodable", data: { detail: failure.detail } });
  }
  const yaml = await import("yaml");
  const lineCounter = new yaml.LineCounter();
  let document: YamlDocument;
  try {
    document = yaml.parseDocument(read.text, { lineCounter, uniqueKeys: true });
  } catch (error) {
    // A parser limit (nesting deeper than the stack allows) is a bad file, not our bug.
    return profileFailure(path, { id: "cannotReadYaml", data: { detail: (error as Error).message } });
  }
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const at = syntaxError.linePos?.[0];
    return profileFailure(`${path}:${at?.line ?? 1}:${at?.col ?? 1}`, { id: "yamlSyntax", data: { detail: syntaxError.message.split("\n")[0] ?? "invalid YAML" } });
  }
  const data = toJsBounded(yaml, document, lineCounter, path);
  if (!data.ok) return { ok: false, message: data.message, error: data.error };
  // zod is loaded only for profile files: the built-in profiles are typed data.
  const { profileFileSchema } = await import("./schema.js");
  const parsed = profileFileSchema.safeParse(data.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return profileFailure(path, { id: "invalidProfile", data: {} });
    const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const where = locate(yaml, document, lineCounter, path, issue.path, unknownKey);
    const missingBase = issue.path.length === 1 && issue.path[0] === "extends" && issue.code === "invalid_type";
    const problem: ProfileProblem = missingBase
      ? { id: "missingBase", data: {} }
      : unknownKey === undefined
        ? { id: "badShape", data: { detail: issue.message } }
        : { id: "unknownKey", data: { key: unknownKey } };
    return profileFailure(where, problem, issue.path.length > 0 ? issue.path.join(".") : undefined);
  }
  const file = parsed.data;
  const at = (where: readonly PropertyKey[]) => locate(yaml, document, lineCounter, path, where);
  let base: Profile;
  if (file.extends === "none") {
    base = emptyProfile(file.name);
  } else if (builtinProfiles.has(file.extends)) {
    base = builtinProfiles.get(file.extends) ?? DEFAULT_PROFILE;
  } else {
    if (depth >= MAX_EXTENDS) return profileFailure(at(["extends"]), { id: "extendsTooDeep", data: { max: MAX_EXTENDS } });
    const target = resolve(dirname(path), file.extends);
    if ([...visiting, resolve(path)].includes(target)) {
      return profileFailure(at(["extends"]), { id: "extendsCycle", data: { target: file.extends } });
    }
    const loaded = await loadFile(target, depth + 1, [...visiting, resolve(path)]);
    if (!loaded.ok) return profileFailure(at(["extends"]), { id: "inExtended", data: { inner: loaded.error } });
    base = loaded.profile;
  }
  const { profile, errors } = mergeProfile(base, file);
  const mergeError = errors[0];
  if (mergeError) return profileFailure(at(mergeError.path), mergeError.problem, mergeError.path.join("."));
  const conflict = findConflicts(profile)[0];
  if (conflict) return profileFailure(at(fileOwnPath(conflict.path, profile, parsed.data)), conflict.problem);
  return { ok: true, profile };
}

/**
 * Where a word of the merged profile stands in the file: `[..., key, index]` of the merged
 * list becomes the word's place in the file's plain list, `add` or `replace`; a word that
 * came from the base points at the list's key.
 */
function fileOwnPath(path: (string | number)[], merged: Profile, file: ProfileFile): (string | number)[] {
  const index = path[path.length - 1];
  if (typeof index !== "number") return path;
  const listPath = path.slice(0, -1);
  const dig = (from: unknown, steps: readonly (string | number)[]): unknown => steps.reduce<unknown>((node, step) => (node as Record<string, unknown> | undefined)?.[String(step)], from);
  const word = (dig(merged, listPath) as string[] | undefined)?.[index];
  const edit = dig(file, listPath) as ListEdit | undefined;
  if (word === undefined || edit === undefined) return listPath;
  if (Array.isArray(edit)) return edit.includes(word) ? [...listPath, edit.indexOf(word)] : listPath;
  if ("replace" in edit) return [...listPath, "replace", Math.max(0, edit.replace.indexOf(word))];
  const added = edit.add?.indexOf(word) ?? -1;
  return added >= 0 ? [...listPath, "add", added] : listPath;
}

export async function loadProfile(nameOrPath: string): Promise<ProfileLoad> {
  const builtin = builtinProfiles.get(nameOrPath);
  if (builtin) return { ok: true, profile: builtin };
  return loadFile(nameOrPath, 0);
}
