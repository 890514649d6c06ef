/** Built-in profiles by name. */
import type { Profile } from "./schema.js";
import { referenceProfile } from "./reference.js";

export const builtinProfiles: ReadonlyMap<string, Profile> = new Map([[referenceProfile.name, referenceProfile]]);

export const DEFAULT_PROFILE = referenceProfile;
