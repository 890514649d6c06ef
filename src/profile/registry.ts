/** Built-in profiles by name. */
import type { Profile } from "./schema.js";
import { commonProfile } from "./common.js";
import { referenceProfile } from "./reference.js";

/** In `--profile auto`'s order: a tie goes to the earlier one, so the reference template keeps its sheets. */
export const builtinProfiles: ReadonlyMap<string, Profile> = new Map([
  [referenceProfile.name, referenceProfile],
  [commonProfile.name, commonProfile],
]);

export const DEFAULT_PROFILE = referenceProfile;
