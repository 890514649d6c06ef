/**
 * Resolves `--profile NAME|FILE`: a built-in profile by name, or a YAML file validated
 * against the profile schema. Errors are returned, not thrown.
 */
import { readFileSync } from "node:fs";
import { builtinProfiles } from "./registry.js";
import { profileSchema, type Profile } from "./schema.js";

export type ProfileLoad = { ok: true; profile: Profile } | { ok: false; message: string };

export async function loadProfile(nameOrPath: string): Promise<ProfileLoad> {
  const builtin = builtinProfiles.get(nameOrPath);
  if (builtin) return { ok: true, profile: builtin };
  let text: string;
  try {
    text = readFileSync(nameOrPath, "utf8");
  } catch {
    const names = [...builtinProfiles.keys()].join(", ");
    return { ok: false, message: `unknown profile "${nameOrPath}" (built-in profiles: ${names}; or give a YAML file)` };
  }
  const { parse } = await import("yaml");
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { ok: false, message: `${nameOrPath}: ${(error as Error).message.split("\n")[0] ?? "invalid YAML"}` };
  }
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `${nameOrPath}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid profile"}` };
  }
  return { ok: true, profile: parsed.data };
}
