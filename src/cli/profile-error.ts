/**
 * `--profile` errors in the user's language. Profile loading (src/profile) words its errors
 * in English; the two a person meets most (a name that is no profile, several profiles
 * without auto) are recognised by equality with the English catalogue's wording and said
 * again, and any other (a YAML or shape error at path:line:column) keeps its detail inside
 * a localised frame. When the loader's wording changes, the frame still says what failed.
 */
import { builtinProfiles } from "../profile/registry.js";
import type { Lang } from "../messages/types.js";
import { usageMessages } from "../messages/usage.js";

const UNKNOWN_PROFILE = /^unknown profile "([\s\S]*)" \(built-in profiles: /;

export function profileErrorMessage(message: string, lang: Lang): string {
  if (lang === "en") return message;
  const en = usageMessages.en;
  const say = usageMessages[lang];
  if (message === en.oneProfile) return say.oneProfile;
  const name = UNKNOWN_PROFILE.exec(message)?.[1];
  const builtins = [...builtinProfiles.keys()];
  if (name !== undefined && message === en.unknownProfile(name, builtins)) return say.unknownProfile(name, builtins);
  return say.profileError(message);
}
