/**
 * One-line reasons for the errors of the system a user can act on (a full disk, a file
 * where a folder should be, a failing disk), shared by opening (output.ts) and writing
 * (io.ts), so that none of them ends as "internal error". The words are in the reason
 * catalogue (messages/reasons.ts), by code, in both languages.
 */
import { renderReason, type Reason } from "../messages/reasons.js";

/** The error's code when it is one of the system's (`EIO`), else undefined: anything else is a bug of ours. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/**
 * The reason as data, or null for an error that is not the system's. A code without an entry
 * in the catalogue keeps the system's own words from Node's message (`EXDEV: cross-device
 * link not permitted, rename …` → `cross-device link not permitted`).
 */
export function systemReasonOf(error: unknown): Reason | null {
  const code = systemErrorCode(error);
  if (code === undefined) return null;
  const message = String((error as Error).message ?? "");
  const words = message.startsWith(`${code}: `) ? (message.slice(code.length + 2).split(",")[0]?.trim() ?? "") : "";
  return { id: "system", data: { code, words: words === "" ? null : words } };
}

/** The reason in a few English words, or null for an error that is not the system's. */
export function systemReason(error: unknown): string | null {
  const reason = systemReasonOf(error);
  return reason === null ? null : renderReason("en", reason);
}
