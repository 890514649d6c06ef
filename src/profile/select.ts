/**
 * `--profile` values → the profile to use, or the candidates of `--profile auto`
 * (the built-in profiles first, then every profile file given beside `auto`).
 */
import { loadProfile, profileFailure } from "./load.js";
import { builtinProfiles, DEFAULT_PROFILE } from "./registry.js";
import type { Profile } from "./schema.js";
import type { ProfileError } from "../messages/profile.js";

export type ProfileSelection =
  | { ok: true; profile: Profile; autoProfiles?: Profile[] }
  /** `message`: `error` in English. */
  | { ok: false; message: string; error: ProfileError };

export async function selectProfiles(values: readonly string[]): Promise<ProfileSelection> {
  const auto = values.includes("auto");
  const named = values.filter((value) => value !== "auto");
  if (!auto && named.length > 1) return profileFailure(null, { id: "oneProfile", data: {} });
  const loaded: Profile[] = [];
  for (const value of named) {
    const result = await loadProfile(value);
    if (!result.ok) return result;
    loaded.push(result.profile);
  }
  if (!auto) return { ok: true, profile: loaded[0] ?? DEFAULT_PROFILE };
  const candidates = [...builtinProfiles.values()];
  for (const profile of loaded) if (!candidates.includes(profile)) candidates.push(profile);
  return { ok: true, profile: DEFAULT_PROFILE, autoProfiles: candidates };
}
